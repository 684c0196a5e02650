using PostLint.Text;

namespace PostLint.Training.Language;

/// <summary>
/// Trains the language model: multinomial naive Bayes over the hashed character n-grams of
/// <see cref="LanguageModel.ForEachBucket"/>. Each bucket's weight is log p(bucket|nl) − log p(bucket|en) with
/// add-<see cref="Smoothing"/> smoothing; the two languages get equal prior weight, so the bias is 0.
/// </summary>
internal static class LanguageTrainer
{
    /// <summary>Additive smoothing of the bucket counts.</summary>
    public const double Smoothing = 0.5;

    /// <summary>Trains on <paramref name="examples"/> (the caller has taken out the held-out part).</summary>
    public static LanguageModel Train(IEnumerable<LanguageExample> examples)
    {
        var dimension = 1 << LanguageModel.Bits;
        var dutch = new double[dimension];
        var english = new double[dimension];
        foreach (var example in examples)
        {
            var counts = example.Language == PostLanguage.Dutch ? dutch : english;
            LanguageModel.ForEachBucket(example.Text, bucket => counts[bucket]++);
        }

        var dutchTotal = dutch.Sum() + (Smoothing * dimension);
        var englishTotal = english.Sum() + (Smoothing * dimension);
        var weights = new float[dimension];
        for (var k = 0; k < dimension; k++)
        {
            weights[k] = (float)(Math.Log((dutch[k] + Smoothing) / dutchTotal) - Math.Log((english[k] + Smoothing) / englishTotal));
        }

        return new LanguageModel(weights, 0);
    }
}

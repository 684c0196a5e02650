using PostLint.Text;

namespace PostLint.Rules.Tone;

/// <summary>
/// The shipped tone classifier (<c>rules/models/tone-model.bin</c>, trained by
/// <c>src/PostLint.Training</c>; data, metrics and threshold in <c>rules/models/tone-model.md</c>).
/// Loaded once, on first use, so a linter with the classifier rule switched off never pays for it.
/// Scoring is a dot product over the hashed features: no ML.NET at run time, AOT-friendly.
/// </summary>
internal static class ToneClassifier
{
    /// <summary>Embedded path of the model under <c>rules/</c>.</summary>
    public const string ModelPath = "models/tone-model.bin";

    /// <summary>The four letters that open the tone model's file.</summary>
    public const string Magic = "PLTM";

    private static readonly Lazy<LinearTextModel> LazyModel = new(() => LinearTextModel.ReadEmbedded(ModelPath, Magic));

    /// <summary>The loaded model.</summary>
    public static LinearTextModel Model => LazyModel.Value;

    /// <summary>The probability that <paramref name="text"/> is hostile, insulting or toxic.</summary>
    public static float Score(string text) => Model.Score(TextFeaturizer.Featurize(text));

    /// <summary>
    /// The words of <paramref name="text"/> that push the score up most, strongest first: each word is
    /// scored on its own features (word and character n-grams), so the author sees what drove the verdict.
    /// </summary>
    public static IReadOnlyList<string> DrivingWords(string text, int count) =>
        Tokenizer.Tokenize(text)
            .DistinctBy(t => t.Normalized)
            .Select(t => (t.Value, Push: Model.Margin(TextFeaturizer.Featurize(t.Value))))
            .Where(w => w.Push > 0)
            .OrderByDescending(w => w.Push)
            .Take(count)
            .Select(w => w.Value)
            .ToList();
}

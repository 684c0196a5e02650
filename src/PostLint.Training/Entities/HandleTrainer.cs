using PostLint.Text.Entities;

namespace PostLint.Training.Entities;

/// <summary>
/// Trains the handle classifier (person or organisation) as a two-class logistic regression by stochastic gradient
/// descent with L2 over <see cref="HandleFeaturizer"/> features, the two classes weighted equally: a few thousand handles, so it takes a second.
/// </summary>
internal static class HandleTrainer
{
    private const int Epochs = 30;
    private const float LearningRate = 0.2f;
    private const float L2 = 1e-4f;

    /// <summary>Trains on <paramref name="examples"/> (features, true for an organisation).</summary>
    public static HashedLinearModel Train(IReadOnlyList<(List<int> Features, bool Organisation)> examples)
    {
        var weights = new float[1 << HandleFeaturizer.Bits];
        var bias = 0f;
        // BTC has about three person handles to one organisation's: each class gets half the weight, so that an
        // organisation's handle is not outvoted by the prior (a 0.5 cut then separates the classes, not the base rate).
        var organisations = examples.Count(e => e.Organisation);
        var classWeight = (Organisation: examples.Count / (2f * organisations), Person: examples.Count / (2f * (examples.Count - organisations)));
        var random = new Random(1);
        var order = Enumerable.Range(0, examples.Count).ToArray();
        for (var epoch = 0; epoch < Epochs; epoch++)
        {
            random.Shuffle(order);
            var rate = LearningRate / (1 + epoch);
            foreach (var index in order)
            {
                var (features, organisation) = examples[index];
                var margin = bias + features.Sum(f => weights[f]);
                var gradient = ((float)(1 / (1 + Math.Exp(-margin))) - (organisation ? 1 : 0)) * (organisation ? classWeight.Organisation : classWeight.Person);
                bias -= rate * gradient;
                foreach (var f in features)
                {
                    weights[f] -= rate * (gradient + (L2 * weights[f]));
                }
            }
        }

        // Two-class softmax with the person scores at zero is the logistic regression itself.
        var buckets = Enumerable.Range(0, weights.Length).Where(b => weights[b] != 0).ToArray();
        return new HashedLinearModel(
            HandleFeaturizer.Bits, ["PER", "ORG"], [0, bias], buckets, [.. buckets.SelectMany(b => new[] { 0f, weights[b] })]);
    }
}

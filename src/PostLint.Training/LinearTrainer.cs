using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using PostLint.Text;

namespace PostLint.Training;

/// <summary>The outcome of training: the exported model, the rows it never saw, and ML.NET's own scorer.</summary>
/// <param name="Model">Weights and bias exported from ML.NET, with the chosen threshold.</param>
/// <param name="HeldOut">The held-out examples with their features.</param>
/// <param name="Train">The training examples (without validation) with their weights, for the card.</param>
/// <param name="MlNetScore">ML.NET's probability for a text, for the check file.</param>
/// <param name="ValidationThreshold">The threshold with the best F1 on the validation split.</param>
internal sealed record TrainingRun(LinearTextModel Model, IReadOnlyList<Example> HeldOut, IReadOnlyList<(Example Example, float Weight)> Train, Func<string, float> MlNetScore, float ValidationThreshold);

/// <summary>How strongly the learner is regularised: L1 keeps the shipped weight file small; L2 keeps single rare n-grams from dominating.</summary>
/// <param name="L1">L1 regularisation.</param>
/// <param name="L2">L2 regularisation.</param>
internal sealed record Regularisation(float L1, float L2);

/// <summary>Trains a logistic regression with ML.NET over <see cref="TextFeaturizer"/> vectors and exports its weights as a <see cref="LinearTextModel"/>.</summary>
internal static class LinearTrainer
{
    /// <summary>Trains a model of kind <paramref name="magic"/> on the non-held-out, non-validation examples, weighted as <see cref="Weigh"/> explains.</summary>
    public static TrainingRun Train(IReadOnlyList<Example> examples, string magic, Regularisation regularisation, float? threshold)
    {
        var ml = new MLContext(seed: 1);
        var train = Weigh(examples.Where(e => !e.IsHeldOut && !e.IsValidation).ToList());
        var validation = examples.Where(e => e.IsValidation).ToList();
        var heldOut = examples.Where(e => e.IsHeldOut).ToList();

        var schema = SchemaDefinition.Create(typeof(FeatureRow));
        var data = ml.Data.LoadFromEnumerable(train.Select(t => FeatureRow.Of(t.Example.Text, t.Example.Positive, t.Weight)).ToList(), schema);
        var trainer = ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
        {
            LabelColumnName = nameof(FeatureRow.Label),
            FeatureColumnName = nameof(FeatureRow.Features),
            ExampleWeightColumnName = nameof(FeatureRow.Weight),
            L1Regularization = regularisation.L1,
            L2Regularization = regularisation.L2,
            MaximumNumberOfIterations = 200,
            NumberOfThreads = 2,
        });
        var transformer = trainer.Fit(data);
        var linear = transformer.Model.SubModel;
        var weights = new float[TextFeaturizer.Dimension];
        var learned = linear.Weights;
        for (var i = 0; i < learned.Count; i++)
        {
            weights[i] = learned[i];
        }

        var engine = ml.Model.CreatePredictionEngine<FeatureRow, Prediction>(transformer, inputSchemaDefinition: schema);
        float MlNetScore(string text) => engine.Predict(FeatureRow.Of(text, false, 1)).Probability;

        var unthresholded = new LinearTextModel(magic, weights, linear.Bias, 0.5f);
        var best = Evaluation.BestF1Threshold(validation.Select(e => (unthresholded.Score(TextFeaturizer.Featurize(e.Text)), e.Positive)));
        return new TrainingRun(new LinearTextModel(magic, weights, linear.Bias, threshold ?? best), heldOut, train, MlNetScore, best);
    }

    // Inside each source the positive and negative rows carry equal weight, so that a source's style
    // (subtitles, tweets, templates) does not itself predict the label: without this, ordinary Dutch
    // prose looked toxic because most realistic Dutch rows (RTP-LX, XED anger) are toxic and most
    // non-toxic ones are short templates. Sources with one class keep their natural weight. Then each
    // language is scaled to half the total weight, so English does not drown Dutch.
    private static List<(Example Example, float Weight)> Weigh(List<Example> train)
    {
        var classCounts = train.GroupBy(e => (e.Language, e.Source, e.Positive)).ToDictionary(g => g.Key, g => g.Count());
        var sourceCounts = train.GroupBy(e => (e.Language, e.Source)).ToDictionary(g => g.Key, g => g.Count());
        float SourceWeight(Example e) =>
            classCounts.ContainsKey((e.Language, e.Source, !e.Positive))
                ? sourceCounts[(e.Language, e.Source)] / 2f / classCounts[(e.Language, e.Source, e.Positive)]
                : 1f;

        var weighted = train.Select(e => (Example: e, Weight: SourceWeight(e) * e.Emphasis)).ToList();
        var languageTotals = weighted.GroupBy(w => w.Example.Language).ToDictionary(g => g.Key, g => g.Sum(w => w.Weight));
        var target = (float)train.Count / languageTotals.Count;
        return weighted.Select(w => (w.Example, w.Weight * target / languageTotals[w.Example.Language])).ToList();
    }

    /// <summary>A training row as ML.NET sees it: the label, its weight and the hashed sparse features.</summary>
    internal sealed class FeatureRow
    {
        public bool Label { get; set; }

        public float Weight { get; set; }

        [VectorType(TextFeaturizer.Dimension)]
        public VBuffer<float> Features { get; set; }

        public static FeatureRow Of(string text, bool positive, float weight)
        {
            var features = TextFeaturizer.Featurize(text);
            return new FeatureRow
            {
                Label = positive,
                Weight = weight,
                Features = new VBuffer<float>(TextFeaturizer.Dimension, features.Indices.Length, features.Values, features.Indices),
            };
        }
    }

    /// <summary>ML.NET's output columns.</summary>
    internal sealed class Prediction
    {
        public float Probability { get; set; }

        public float Score { get; set; }
    }
}

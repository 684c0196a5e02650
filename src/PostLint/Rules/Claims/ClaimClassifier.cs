using PostLint.Text;

namespace PostLint.Rules.Claims;

/// <summary>
/// The shipped health-claim classifier (<c>rules/models/claim-model.bin</c>, trained by <c>src/PostLint.Training</c>;
/// data, held-out figures and threshold in <c>rules/models/claim-model.md</c>): p(sentence asserts what causes,
/// prevents, cures, harms or is safe). Loaded once, on first use; scoring is a dot product over the hashed features
/// the tone model also uses, so no ML.NET at run time.
/// </summary>
internal static class ClaimClassifier
{
    /// <summary>Embedded path of the model under <c>rules/</c>.</summary>
    public const string ModelPath = "models/claim-model.bin";

    /// <summary>The four letters that open the claim model's file.</summary>
    public const string Magic = "PLCM";

    private static readonly Lazy<LinearTextModel> LazyModel = new(() => LinearTextModel.ReadEmbedded(ModelPath, Magic));

    /// <summary>The loaded model.</summary>
    public static LinearTextModel Model => LazyModel.Value;

    /// <summary>The probability that <paramref name="sentence"/> asserts a health claim.</summary>
    public static float Score(string sentence) => Model.Score(TextFeaturizer.Featurize(sentence));

    /// <summary>True when <paramref name="sentence"/> scores at or above the model's threshold.</summary>
    public static bool IsClaim(string sentence) => Score(sentence) >= Model.Threshold;
}

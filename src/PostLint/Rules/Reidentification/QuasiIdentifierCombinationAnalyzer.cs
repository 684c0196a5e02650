using PostLint.Analysis;
using PostLint.Diagnostics;

namespace PostLint.Rules.Reidentification;

/// <summary>
/// PL2001: details that are harmless one by one (an age, a village, "last night", a rare condition) together
/// point at so few people that the patient is recognisable. Reports when the estimated crowd (see
/// <see cref="CrowdEstimator"/>) falls below <see cref="ReidentificationOptions.WarningBelow"/> (an error below
/// <see cref="ReidentificationOptions.ErrorBelow"/>), underlines the detail that narrows most, explains the
/// arithmetic and offers generalisations that each bring the estimate back above the threshold.
/// </summary>
internal sealed class QuasiIdentifierCombinationAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "PL2001",
        "Details that together single out a patient",
        DiagnosticCategory.Reidentification,
        DiagnosticSeverity.Warning,
        "KNMG Artsen en social media A2 (anoniem is niet hetzelfde als niet herleidbaar); GMC Using social media §19; NCSBN White Paper (2011)",
        "Age, place, time, condition, occupation and events combine: a post without a name can still point at one person.");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    // A post that already names or addresses the patient gets the Privacy finding, which is the bigger problem;
    // once its fix removes the identifier, the edited post is analysed afresh and this rule speaks if needed.
    public override IEnumerable<DiagnosticSuppression> Suppressions { get; } = [DiagnosticSuppression.InPostWith(Rule, DiagnosticCategory.Privacy)];

    public override void Analyze(AnalysisContext context)
    {
        var options = context.Options.Reidentification;
        if (context.Author.Role == "patient" && ClinicalContext.IsFirstPerson(context.Text))
        {
            return;
        }

        var assessment = CrowdEstimator.Estimate(context.Entities, context.Text, context.Language, context.Author, options);
        if (assessment is null || assessment.Low >= options.WarningBelow)
        {
            return;
        }

        var dutch = context.IsDutch;
        var candidates = assessment.Details
            .Where(d => d.Entity is not null)
            .Select(d => Generalizer.For(d.Entity!, context.Text, dutch))
            .OfType<Generalization>()
            .ToArray();
        var fixes = GeneralizationSearch.Find(candidates, context.Text, options.WarningBelow, (edits, edited) => EstimateAfter(context, edits, edited));

        var strongest = assessment.Strongest.Entity ?? assessment.Entities[0];
        var severity = assessment.Low < options.ErrorBelow ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning;
        context.Report(new Diagnostic(
            Rule,
            severity,
            strongest.Span,
            strongest.Text,
            Message(assessment, fixes, dutch),
            fixes.Select(f => ToCodeFix(f, dutch)).ToArray(),
            new CrowdEstimate(assessment.Low, assessment.High, assessment.Entities)));
    }

    private static double? EstimateAfter(AnalysisContext context, IReadOnlyList<TextEdit> edits, string edited)
    {
        var entities = Reanalysis.Recognize(context.Post, context.Entities, edits, edited, context.Language, context.Options, context.CancellationToken);
        return CrowdEstimator.Estimate(entities, edited, context.Language, context.Author, context.Options.Reidentification)?.Low;
    }

    private static string Message(CrowdAssessment assessment, IReadOnlyList<GeneralizationFix> fixes, bool dutch)
    {
        var details = string.Join(" + ", assessment.Details.Where(d => d.Entity is not null || d.Low < CrowdEstimator.Country).Select(d => d.Name(dutch)));
        var estimate = CrowdText.Range(assessment.Low, assessment.High, dutch);
        var advice = fixes.Count == 0
            ? (dutch ? "Laat details weg of maak ze algemener." : "Leave details out or make them more general.")
            : (dutch ? (fixes[0].Steps.Count == 1 ? "Maak één detail algemener: " : "Maak details algemener: ") : (fixes[0].Steps.Count == 1 ? "Make one detail more general: " : "Make details more general: "))
              + string.Join(", ", fixes.SelectMany(f => f.Steps).DistinctBy(s => s.Edit).Select(s => Arrow(s, dutch))) + ".";
        return dutch
            ? $"{details} wijzen samen naar {CrowdText.Crowd(assessment.Low, dutch: true)} (schatting {estimate}). Anoniem is niet hetzelfde als niet herleidbaar. {advice}"
            : $"{details} together point to {CrowdText.Crowd(assessment.Low, dutch: false)} (estimate {estimate}). Anonymous is not the same as not re-identifiable. {advice}";
    }

    private static CodeFix ToCodeFix(GeneralizationFix fix, bool dutch)
    {
        var steps = string.Join(dutch ? " en " : " and ", fix.Steps.Select(s => Arrow(s, dutch)));
        var after = fix.LowAfter is { } low
            ? (dutch ? $" (daarna ≈ {CrowdText.Number(low, dutch: true)} mensen)" : $" (then ≈ {CrowdText.Number(low, dutch: false)} people)")
            : string.Empty;
        return new CodeFix((dutch ? "Maak algemener: " : "Generalise: ") + steps + after, fix.Steps.Select(s => s.Edit).ToArray());
    }

    private static string Arrow(Generalization step, bool dutch) =>
        step.To.Length == 0 ? (dutch ? $"'{step.From}' weglaten" : $"drop '{step.From}'") : $"'{step.From}' → '{step.To}'";
}

using System.Text.RegularExpressions;
using PostLint.Analysis;
using PostLint.Diagnostics;

namespace PostLint.Rules.Reidentification;

/// <summary>
/// PL2002: a description that fits one person on its own ("de enige tandarts van Ameland", "our oldest
/// resident", "the first case here in forty years") in a post about care. No arithmetic is needed: the crowd
/// is one by definition, which is why <see cref="CrowdEstimator"/> leaves these details to this rule.
/// </summary>
internal sealed partial class UniqueDescriptionAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "PL2002",
        "Description that fits only one person",
        DiagnosticCategory.Reidentification,
        DiagnosticSeverity.Warning,
        "KNMG Artsen en social media A2 (anoniem is niet hetzelfde als niet herleidbaar); GMC Using social media §19",
        "'The only GP on the island' or 'our oldest resident' names a person as surely as their name does.");

    private static readonly EntityType[] UniqueKinds = [EntityType.Occupation, EntityType.Trait, EntityType.Event];

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    // A named patient is already the bigger problem (Privacy); the unique description is reported once the name is gone.
    public override IEnumerable<DiagnosticSuppression> Suppressions { get; } = [DiagnosticSuppression.InPostWith(Rule, DiagnosticCategory.Privacy)];

    public override void Analyze(AnalysisContext context)
    {
        // Few posts hold a unique description, and finding one is cheaper than scanning the text for care words.
        if (!context.Entities.Any(IsUniqueDescription) || !IsAboutCare(context))
        {
            return;
        }

        foreach (var entity in context.Entities.Where(IsUniqueDescription))
        {
            var replacement = MatchCase(entity.Attribute("general") ?? context.Localize("iemand", "someone"), entity.Text);
            context.Report(
                Rule,
                entity.Span,
                context.Localize(
                    $"'{entity.Text}' past maar op één persoon: wie de omgeving kent, weet over wie dit gaat. Anoniem is niet hetzelfde als niet herleidbaar.",
                    $"'{entity.Text}' fits only one person: anyone who knows the place knows who this is. Anonymous is not the same as not re-identifiable."),
                CodeFix.Replace(context.Localize($"Maak algemener: '{replacement}'", $"Make it general: '{replacement}'"), entity.Span, replacement));
        }
    }

    private static bool IsUniqueDescription(Entity entity) =>
        Array.IndexOf(UniqueKinds, entity.Type) >= 0 && entity.Attribute("unique") == "true" && entity.Attribute("subject") != "author";

    // Stricter than ClinicalContext.HasEncounter, which also counts "resident" or "patient": the oldest resident
    // opening a garden is local news, the oldest resident admitted with pneumonia is a patient.
    // A national team's captain visiting a ward is a public appearance: a person who also appears in public is a patient
    // only through a care event. The first to receive a treatment is a patient by definition.
    private static bool IsAboutCare(AnalysisContext context)
    {
        if (CareEvent().IsMatch(context.Text) || context.Entities.Any(e => e.Attribute("care") == "true"))
        {
            return true;
        }

        return !context.Entities.Any(e => IsUniqueDescription(e) && e.Attribute("public") == "true")
            && context.Entities.Any(e => e.Type == EntityType.Condition || e.Type == EntityType.Ward);
    }

    [GeneratedRegex(@"\b(?:opgenomen|opname|binnengebracht|kwam\s+(?:\w+\s+){0,3}binnen|behandeld|geopereerd|gehecht|gegipst|verzorgd|\w*operatie|\w*transplant\w*|ontslagen|discharged|gereanimeerd|overleden|bevallen|diagnose|gediagnosticeerd|griepprik|vaccinatie|gevaccineerd|spreekuur|consult|ambulance|admitted|brought\s+in|came\s+in|treated|operated|stitched|plastered|cared\s+for|looked\s+after|surgery|resuscitated|passed\s+away|died|diagnosed|vaccinated|flu\s+jab|clinic|appointment)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex CareEvent();

    private static string MatchCase(string replacement, string original) =>
        original.Length > 0 && char.IsUpper(original[0]) && replacement.Length > 0 ? char.ToUpperInvariant(replacement[0]) + replacement[1..] : replacement;
}

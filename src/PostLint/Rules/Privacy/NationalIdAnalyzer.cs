using PostLint.Analysis;
using PostLint.Diagnostics;

namespace PostLint.Rules.Privacy;

/// <summary>
/// PL1004: a national identification number — a Dutch BSN that passes the elfproef, an NHS number with a
/// valid check digit, a US social security number, a Belgian rijksregisternummer, a UK National Insurance or Canadian
/// social insurance number, or a passport, driving-licence or tax number given with its label. Each belongs to one
/// person for life and unlocks their records, so all of them are errors. The recognizers already drop
/// numbers that fail their check and checksum-valid numbers named as something else.
/// </summary>
internal sealed class NationalIdAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "PL1004",
        "National identification number (BSN, NHS, SSN, rijksregisternummer)",
        DiagnosticCategory.Privacy,
        DiagnosticSeverity.Error,
        "KNMG-SM2011-A2 (Garandeer vertrouwelijkheid); VVN-SM-2 (NBC 2.10); Wabb art. 10 (gebruik BSN); GMC-USM24-§18",
        "A national identification number is unique to one person and unlocks their medical and financial records; it never belongs in a post.");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Analyze(AnalysisContext context)
    {
        foreach (var bsn in context.EntitiesOf(EntityType.Bsn))
        {
            var named = bsn.Attribute("confidence") == "high";
            Report(
                context,
                bsn,
                context.Localize(
                    named
                        ? $"BSN '{bsn.Text}' klopt volgens de elfproef: dit nummer hoort bij precies één persoon en geeft toegang tot diens gegevens. Een BSN hoort nooit in een bericht."
                        : $"'{bsn.Text}' klopt volgens de elfproef en kan een BSN zijn, dat bij precies één persoon hoort. Een BSN hoort nooit in een bericht.",
                    named
                        ? $"BSN '{bsn.Text}' passes the elfproef check: it belongs to exactly one person and unlocks their records. A BSN never belongs in a post."
                        : $"'{bsn.Text}' passes the elfproef check and may be a Dutch citizen service number (BSN), which belongs to exactly one person. A BSN never belongs in a post."),
                "BSN");
        }

        foreach (var nhs in context.EntitiesOf(EntityType.IdNumber).Where(n => n.Attribute("kind") == "nhs"))
        {
            Report(
                context,
                nhs,
                context.Localize(
                    $"NHS-nummer '{nhs.Text}' (controlecijfer klopt) hoort bij precies één patiënt en opent diens dossier. Een NHS-nummer hoort nooit in een bericht.",
                    $"NHS number '{nhs.Text}' (valid check digit) belongs to exactly one patient and opens their record. An NHS number never belongs in a post."),
                context.Localize("NHS-nummer", "NHS number"));
        }

        foreach (var id in context.EntitiesOf(EntityType.NationalId))
        {
            var (message, name) = id.Attribute("scheme") switch
            {
                "ssn" => (context.Localize(
                    $"Social security number '{id.Text}' hoort bij precies één persoon en geeft toegang tot diens gegevens. Een SSN hoort nooit in een bericht.",
                    $"Social security number '{id.Text}' belongs to exactly one person and unlocks their records. An SSN never belongs in a post."), "SSN"),
                "rrn" => (context.Localize(
                    $"Rijksregisternummer '{id.Text}' (controlegetal klopt) hoort bij precies één persoon en geeft toegang tot diens gegevens. Het hoort nooit in een bericht.",
                    $"Belgian national register number '{id.Text}' (valid check digits) belongs to exactly one person and unlocks their records. It never belongs in a post."),
                    context.Localize("rijksregisternummer", "national register number")),
                var scheme => DocumentMessage(context, id, scheme),
            };
            Report(context, id, message, name);
        }
    }

    // National Insurance, social insurance, passport, driving-licence and tax numbers: each is one person's for years and
    // is what identity thieves ask for.
    private static (string Message, string Name) DocumentMessage(AnalysisContext context, Entity id, string? scheme)
    {
        var name = scheme switch
        {
            "nino" => context.Localize("National Insurance-nummer", "National Insurance number"),
            "sin" => context.Localize("social insurance number", "social insurance number"),
            "passport" => context.Localize("paspoortnummer", "passport number"),
            "licence" => context.Localize("rijbewijsnummer", "driving licence number"),
            _ => context.Localize("fiscaal nummer", "tax number"),
        };
        return (context.Localize(
            $"Het {name} '{id.Text}' hoort bij precies één persoon en is genoeg om diens identiteit te misbruiken. Het hoort nooit in een bericht.",
            $"The {name} '{id.Text}' belongs to exactly one person and is enough to misuse their identity. It never belongs in a post."), name);
    }

    private static void Report(AnalysisContext context, Entity number, string message, string name) =>
        context.Report(
            Rule,
            number.Span,
            message,
            CodeFix.Replace(context.Localize($"Verwijder het {name}", $"Remove the {name}"), number.Span, context.Localize($"[{name} verwijderd]", $"[{name} removed]")));
}

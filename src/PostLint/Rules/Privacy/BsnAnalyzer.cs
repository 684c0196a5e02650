using PostLint.Analysis;
using PostLint.Diagnostics;

namespace PostLint.Rules.Privacy;

/// <summary>
/// PL1004: a Dutch citizen service number (BSN) that passes the elfproef. The recognizer already drops
/// numbers that fail the check and checksum-valid numbers named as order, batch or lottery numbers, so
/// every BSN entity is reported.
/// </summary>
internal sealed class BsnAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "PL1004",
        "Citizen service number (BSN)",
        DiagnosticCategory.Privacy,
        DiagnosticSeverity.Error,
        "KNMG-SM2011-A2 (Garandeer vertrouwelijkheid); VVN-SM-2 (NBC 2.10); Wabb art. 10 (gebruik BSN); GMC-USM24-§18",
        "A BSN is unique to one person and unlocks their medical and financial records; it never belongs in a post.");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Analyze(AnalysisContext context)
    {
        foreach (var bsn in context.EntitiesOf(EntityType.Bsn))
        {
            var named = bsn.Attribute("confidence") == "high";
            context.Report(
                Rule,
                bsn.Span,
                context.Localize(
                    named
                        ? $"BSN '{bsn.Text}' klopt volgens de elfproef: dit nummer hoort bij precies één persoon en geeft toegang tot diens gegevens. Een BSN hoort nooit in een bericht."
                        : $"'{bsn.Text}' klopt volgens de elfproef en kan een BSN zijn, dat bij precies één persoon hoort. Een BSN hoort nooit in een bericht.",
                    named
                        ? $"BSN '{bsn.Text}' passes the elfproef check: it belongs to exactly one person and unlocks their records. A BSN never belongs in a post."
                        : $"'{bsn.Text}' passes the elfproef check and may be a Dutch citizen service number (BSN), which belongs to exactly one person. A BSN never belongs in a post."),
                CodeFix.Replace(context.Localize("Verwijder het BSN", "Remove the BSN"), bsn.Span, context.Localize("[BSN verwijderd]", "[BSN removed]")));
        }
    }
}

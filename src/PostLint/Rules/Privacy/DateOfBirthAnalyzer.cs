using System.Globalization;
using PostLint.Analysis;
using PostLint.Diagnostics;
using PostLint.Text;

namespace PostLint.Rules.Privacy;

/// <summary>
/// PL1010: a patient's date of birth. With a name or a place it singles out one person, and it is one of
/// the two facts (with the BSN) that call centres use to check identity. The author's own birth date
/// (<c>ik ben geboren op</c>, <c>I was born on</c>) and dates more than 120 years ago (historical figures)
/// do not fire.
/// </summary>
internal sealed class DateOfBirthAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "PL1010",
        "Date of birth",
        DiagnosticCategory.Privacy,
        DiagnosticSeverity.Warning,
        "KNMG-SM2011-A2 (Garandeer vertrouwelijkheid); VVN-SM-2 (NBC 2.10); GMC-USM24-§19 (the sum of details identifies); AMA-2.3.2(a)",
        "A full date of birth narrows a population to a handful of people and is used to verify identity.");

    private static readonly ContextCues OwnBirth = new("ik ben geboren", "ben ik geboren", "i was born", "i m born", "my birthday", "mijn verjaardag", "mijn geboortedatum", "my date of birth");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Analyze(AnalysisContext context)
    {
        var text = context.Text;
        foreach (var birth in context.EntitiesOf(EntityType.DateOfBirth))
        {
            // The rule stops at its cap (PostLinter.MaxDiagnosticsPerRule): the rest would not be reported.
            if (!context.IsEnabled(Rule))
            {
                break;
            }

            var sentenceStart = context.Index.ContextSentenceStart(birth.Span.Start);
            if (OwnBirth.In(text, sentenceStart, birth.Span.Start) || IsHistorical(birth))
            {
                continue;
            }

            context.Report(
                Rule,
                birth.Span,
                context.Localize(
                    $"Geboortedatum '{birth.Text}': samen met een naam, plaats of aandoening wijst die één persoon aan, en hij wordt gebruikt om iemands identiteit te controleren.",
                    $"Date of birth '{birth.Text}': with a name, place or condition it singles out one person, and it is used to verify someone's identity."),
                CodeFix.Replace(context.Localize("Verwijder de geboortedatum", "Remove the date of birth"), birth.Span, context.Localize("[geboortedatum verwijderd]", "[date of birth removed]")));
        }
    }

    private static bool IsHistorical(Entity birth) =>
        DateOnly.TryParseExact(birth.Attribute("value"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
        && date.Year < DateTime.UtcNow.Year - 120;
}

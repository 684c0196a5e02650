using PostLint.Analysis;
using PostLint.Diagnostics;

namespace PostLint.Rules.Tone;

/// <summary>
/// PL4006: written in anger: strong negative emotion aimed at someone ("ik word er gek van", "ik ben er
/// klaar mee", "sick of these people", "ik hoop dat je wegrot", 🤬). The moment "tel tot tien" is for:
/// nothing may be wrong with the facts, but a post written in the heat of the moment is read long after.
/// </summary>
internal sealed class WrittenInAngerAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "PL4006",
        "Written in anger",
        DiagnosticCategory.Tone,
        DiagnosticSeverity.Info,
        "KNMG Artsen en social media A4 (venting example), A5 (denk aan de reikwijdte); KNMP social media code 5 (don't react hastily); SFZ Respect (geen impulsieve berichten)",
        "Posts written in anger are read long after the anger has passed, by the people they were aimed at.");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Analyze(AnalysisContext context)
    {
        var text = ToneText.Of(context.Index);
        foreach (var match in ToneLexicons.Anger.Matches(text))
        {
            if (text.IsRejected(match.Span))
            {
                continue;
            }

            var words = context.Text[match.Span.Start..match.Span.End];
            context.ReportOnce(Rule, match.Span, context.Localize(
                $"'{words}' klinkt als geschreven in boosheid. Tel tot tien: lees het morgen nog eens voordat je het plaatst.",
                $"'{words}' reads as written in anger. Count to ten: read it again tomorrow before you post it."));
        }
    }
}

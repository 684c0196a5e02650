using PostLint.Analysis;
using PostLint.Diagnostics;
using PostLint.Text;

namespace PostLint.Rules.Tone;

/// <summary>
/// PL4007: a hateful statement about a group: a group of people called vermin or waste ("asielzoekers zijn net
/// ongedierte", "drug users are human garbage"), herded like cattle, or shut out ("horen hier niet", "send them back").
/// The statement is reported whole. Criticism of a policy, facts about a group and a stereotype named in order to
/// reject it stay silent (see <see cref="GroupDerogationFinder"/>).
/// </summary>
internal sealed class GroupHateAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "PL4007",
        "Hateful statement about a group",
        DiagnosticCategory.Tone,
        DiagnosticSeverity.Warning,
        "KNMG Artsen en social media A6 (toon respect); V&VN handreiking 4 (respectvol); GMC social media §14 and Good medical practice §56 (no discrimination); NMC Code 20.7; Ahpra B4",
        "A statement that demeans a whole group tells every patient and colleague who belongs to it what their carer thinks of them.");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override IEnumerable<WordList> WordLists => ToneLexicons.All;

    // "die vrouw is een vieze vuile heks" is an insult aimed at one person (PL4001), reported whole: one phrase, one finding.
    public override IEnumerable<DiagnosticSuppression> Suppressions { get; } = [DiagnosticSuppression.WhereOverlapping(Rule, InsultAnalyzer.Rule)];

    public override void Analyze(AnalysisContext context)
    {
        var text = ToneText.Of(context.Index);
        foreach (var statement in GroupDerogationFinder.Find(text))
        {
            var words = context.Text[statement.Start..statement.End];
            context.ReportOnce(Rule, statement, context.Localize(
                $"'{words}' zet een hele groep mensen weg. Wie zich tot die groep rekent, leest minachting; beschrijf het gedrag of het probleem, niet de mensen.",
                $"'{words}' demeans a whole group of people. Anyone who belongs to it reads contempt; describe the behaviour or the problem, not the people."));
        }
    }
}

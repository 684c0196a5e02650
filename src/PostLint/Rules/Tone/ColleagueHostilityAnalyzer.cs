using PostLint.Analysis;
using PostLint.Diagnostics;
using PostLint.Text;

namespace PostLint.Rules.Tone;

/// <summary>
/// PL4003: hostility toward colleagues, other professions, managers or institutions: a belittling word
/// before a colleague group ("die arrogante chirurgen", "the clueless A&amp;E registrar"), a belittling
/// statement after one ("de gynaecologen kunnen er niks van", "nurses are useless"), a demeaning trait
/// pinned on the whole group ("radiologists are the laziest doctors", "huisartsen zijn geldwolven"), stand-alone
/// phrases ("did you even go to medical school?"), and sarcasm aimed at a colleague. Firm criticism of
/// policy that names no one with a belittling word does not fire, and neither does a joke about the
/// author's own group ("wij chirurgen zijn soms echte cowboys").
/// </summary>
internal sealed class ColleagueHostilityAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "PL4003",
        "Hostility toward colleagues or other professions",
        DiagnosticCategory.Tone,
        DiagnosticSeverity.Warning,
        "KNMG Artsen en social media A6 (toon respect), A7 (spreek uw collega aan); V&VN handreiking 4, 5; GMC social media §14, Good medical practice §48; NMC Code 8.2, 20.2; Ahpra B4",
        "Belittling colleagues in public is bullying, undermines trust in care, and settles nothing: raise it with the colleague.");

    /// <summary>How many words may stand between a colleague group and what is said about it ("die gynaecologen van het streekziekenhuis kunnen ...").</summary>
    private const int MaxPredicateDistance = 6;

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override IEnumerable<WordList> WordLists => ToneLexicons.All;

    public override void Analyze(AnalysisContext context)
    {
        var text = ToneText.Of(context.Index);
        var colleagues = ToneLexicons.Targets.Matches(text).Where(t => t.FirstToken >= 0 && t.Term.Column(0) == "colleague").ToList();
        foreach (var group in colleagues.Where(g => !text.IsOwnGroupAt(g.Span.Start)))
        {
            // Only a post that names a colleague group needs these lists; ToneText keeps them for the next group.
            var modifiers = ToneLexicons.ColleagueModifiers.Matches(text);
            var predicates = ToneLexicons.ColleaguePredicates.Matches(text);

            if (modifiers.Cast<TermMatch?>().FirstOrDefault(m => m!.Value.FirstToken >= 0 && m.Value.FirstToken + m.Value.TokenCount == group.FirstToken) is { } modifier)
            {
                Report(context, text, new TextSpan(modifier.Span.Start, group.Span.End));
            }

            var sentence = text.SentenceAt(group.Span.Start);
            if (predicates.Cast<TermMatch?>().FirstOrDefault(p => IsSaidOf(p!.Value, group, sentence)) is { } predicate)
            {
                Report(context, text, new TextSpan(group.Span.Start, predicate.Span.End));
            }

            if (GroupGeneralisationFinder.Find(text, group) is { } generalisation)
            {
                Report(context, text, generalisation);
            }
        }

        foreach (var phrase in ToneLexicons.ColleaguePhrases.Matches(text))
        {
            Report(context, text, phrase.Span);
        }

        foreach (var finding in DirectedInsultFinder.Find(text).Where(f => f.TargetKind == "colleague" && !text.IsOwnGroupAt(f.Span.Start)))
        {
            Report(context, text, finding.Span);
        }

        if (SarcasmFinder.Find(text) is { TargetKind: "colleague" } sarcasm && !text.IsRejected(sarcasm.Span))
        {
            var markers = string.Join("', '", sarcasm.Markers);
            context.ReportOnce(Rule, sarcasm.Span, context.Localize(
                $"Sarcasme ('{markers}') gericht op '{sarcasm.Target}'. Publieke spot over collega's of andere beroepen lost niets op; spreek de ander direct aan.",
                $"Sarcasm ('{markers}') aimed at '{sarcasm.Target}'. Public mockery of colleagues or other professions settles nothing; talk to them directly."));
        }
    }

    // A predicate a few words after the group, in the same sentence: "die gynaecologen van het streekziekenhuis kunnen er niks van".
    private static bool IsSaidOf(TermMatch predicate, TermMatch group, TextSpan sentence) =>
        predicate.FirstToken > group.FirstToken &&
        predicate.FirstToken - (group.FirstToken + group.TokenCount) <= MaxPredicateDistance &&
        predicate.Span.End <= sentence.End;

    private static void Report(AnalysisContext context, ToneText text, TextSpan span)
    {
        if (text.IsRejected(span) || text.IsReportedSpeech(span))
        {
            return;
        }

        var words = context.Text[span.Start..span.End];
        context.ReportOnce(Rule, span, context.Localize(
            $"'{words}' kleineert collega's of een andere beroepsgroep in het openbaar. Bespreek kritiek met de collega zelf of via de daarvoor bedoelde weg.",
            $"'{words}' belittles colleagues or another profession in public. Raise criticism with the colleague directly or through the proper channel."));
    }
}

using PostLint.Diagnostics;
using PostLint.Text;

namespace PostLint.Rules.Tone;

/// <summary>
/// Finds violence called for against a group of people: a call ("should", "deserve to", "moeten", "beter als") and,
/// a few words on, violence done to the group ("X should all be locked up or shot", "better if X were wiped out") or
/// violence someone is to do to it ("someone should put a bullet in all X", "iemand moet die X afschieten"). The group
/// has to stand where such a sentence puts its victim, so "polio should be eradicated among refugees", "refugees should
/// get their flu shot" and "X should kill time" stay silent, as does a call denied before the act ("X should never be
/// beaten"). An act that opens its sentence is an order in itself ("kill all X", "vergas de X"); "kill all germs" and
/// "don't shoot the X" stay silent.
/// </summary>
internal static class CalledForViolenceFinder
{
    /// <summary>How many words may stand between the call and the act ("moeten allemaal opgesloten of afgeschoten").</summary>
    private const int MaxWordsToAct = 5;

    /// <summary>How many words may stand between a group and the call after it ("X and their children should").</summary>
    private const int MaxWordsGroupToCall = 2;

    // What may stand between the act and its victim: "kill all those X", "shoot every one of those X", "al die X".
    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal) { "those", "these", "the", "some", "every", "each", "one", "of", "al", "alle", "elke", "die", "deze", "de", "van" };

    // A pronoun names no group: "lice? they should be killed with permethrin".
    private static readonly HashSet<string> Pronouns = new(StringComparer.Ordinal) { "they" };

    /// <summary>Each call with its act, where a group from <paramref name="groups"/> (in text order) is the victim.</summary>
    public static IEnumerable<TextSpan> Find(ToneText text, IReadOnlyList<TermMatch> groups)
    {
        var done = ToneLexicons.ViolenceDone.Matches(text).Where(m => m.FirstToken >= 0).ToList();
        var doing = ToneLexicons.ViolenceDoing.Matches(text).Where(m => m.FirstToken >= 0).ToList();
        if (done.Count == 0 && doing.Count == 0)
        {
            yield break;
        }

        groups = [.. groups.Where(g => !Pronouns.Contains(g.Term.Term))];

        foreach (var call in ToneLexicons.ViolenceCalls.Matches(text).Where(c => c.FirstToken >= 0))
        {
            var from = call.FirstToken + call.TokenCount;
            var sentence = text.SentenceAt(call.Span.Start);
            var act = VictimIsGroup(FirstAct(done, from, sentence), passive: true) ?? VictimIsGroup(FirstAct(doing, from, sentence), passive: false);
            if (act is { } found && !text.Index.IsNegatedBefore(text.Index.FirstTokenAtOrAfter(found.Span.Start), found.FirstToken - from + 1))
            {
                yield return new TextSpan(call.Span.Start, found.Span.End);
            }

            // Violence done to the group names it before the call or between call and act; violence to be done names
            // it between them or right after the act.
            TermMatch? VictimIsGroup(TermMatch? candidate, bool passive) =>
                candidate is { } a && (GroupBetween(groups, call, a) || (passive ? GroupJustBefore(groups, call) : GroupJustAfter(text, groups, a) is not null)) ? a : null;
        }

        foreach (var order in doing.Where(act => OpensSentence(text, act)))
        {
            if (GroupJustAfter(text, groups, order) is { } victim)
            {
                yield return new TextSpan(order.Span.Start, victim.Span.End);
            }
        }
    }

    private static bool OpensSentence(ToneText text, TermMatch act) =>
        act.FirstToken == 0 || text.Words[act.FirstToken - 1].Span.End <= text.SentenceAt(act.Span.Start).Start;

    private static TermMatch? FirstAct(List<TermMatch> acts, int from, TextSpan sentence)
    {
        foreach (var act in acts)
        {
            if (act.FirstToken >= from && act.FirstToken - from <= MaxWordsToAct && act.Span.End <= sentence.End)
            {
                return act;
            }
        }

        return null;
    }

    private static bool GroupBetween(IReadOnlyList<TermMatch> groups, TermMatch call, TermMatch act) =>
        groups.Any(g => g.FirstToken >= call.FirstToken + call.TokenCount && g.FirstToken + g.TokenCount <= act.FirstToken);

    private static bool GroupJustBefore(IReadOnlyList<TermMatch> groups, TermMatch call) =>
        groups.Any(g => g.FirstToken + g.TokenCount <= call.FirstToken && call.FirstToken - (g.FirstToken + g.TokenCount) <= MaxWordsGroupToCall);

    private static TermMatch? GroupJustAfter(ToneText text, IReadOnlyList<TermMatch> groups, TermMatch act)
    {
        var at = act.FirstToken + act.TokenCount;
        while (at < text.Words.Count && Determiners.Contains(text.Words[at].Normalized))
        {
            at++;
        }

        foreach (var group in groups)
        {
            if (group.FirstToken == at)
            {
                return group;
            }
        }

        return null;
    }
}

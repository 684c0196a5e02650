using PostLint.Diagnostics;
using PostLint.Text;

namespace PostLint.Rules.Tone;

/// <summary>
/// Finds what is said to demean a group of people or of patients (targets.txt: kind group, or patients in the plural): a
/// demeaning or dehumanising trait pinned on the whole group ("asielzoekers zijn net ongedierte", "drug users are
/// human garbage", "Roma: tuig"; see <see cref="GroupGeneralisationFinder"/>), or a phrase that shuts it out in the
/// sentence that names it ("transgenders horen hier niet", "send them back"), hatred the author declares for it ("I can't
/// stand immigrants"; <see cref="DeclaredHatredFinder"/>), or violence called for against it ("X should all be shot";
/// <see cref="CalledForViolenceFinder"/>). Colleagues are PL4003's. A negated
/// trait ("zijn geen ongedierte"), a question, a statement quoted to reject it ("de mythe dat daklozen lui zijn") and
/// the author's own group ("wij ouders zijn soms net beesten") do not count.
/// </summary>
internal static class GroupDerogationFinder
{
    private static readonly Func<ToneText, IReadOnlyList<TextSpan>> FindOnce = text =>
    {
        var groups = ToneLexicons.Targets.Matches(text)
            .Where(t => t.FirstToken >= 0 && (t.Term.Column(0) == "group" || (t.Term.Column(0) == "patient" && IsPlural(text, t))) && !text.IsOwnGroupAt(t.Span.Start))
            .ToList();
        if (groups.Count == 0)
        {
            return [];
        }

        var traits = groups.Select(g => GroupGeneralisationFinder.Find(text, g)).OfType<TextSpan>();
        var sentencesNamingGroups = groups.Select(g => text.SentenceAt(g.Span.Start).Start).ToHashSet();
        var exclusions = ToneLexicons.Exclusion.Matches(text)
            .Where(e => e.FirstToken >= 0 && !text.Index.IsNegatedBefore(text.Index.FirstTokenAtOrAfter(e.Span.Start)))
            .Where(e => sentencesNamingGroups.Contains(text.SentenceAt(e.Span.Start).Start))
            .Select(e => e.Span);
        var identityGroupStarts = groups.Where(g => g.Term.Column(0) == "group").Select(g => g.FirstToken).ToHashSet();
        var labels = ToneLexicons.Labelling.Matches(text)
            .Where(l => l.FirstToken >= 0 && identityGroupStarts.Contains(l.FirstToken + l.TokenCount))
            .Select(l => l.Span);
        var declaredHatred = DeclaredHatredFinder.Find(text, groups);
        var calledForViolence = CalledForViolenceFinder.Find(text, groups);
        return traits.Concat(exclusions).Concat(labels).Concat(declaredHatred).Concat(calledForViolence).Where(span => !text.IsRejected(span) && !text.IsReportedSpeech(span)).ToList();
    };

    // "patiënten", "bewoners", "relatives": a group. A single person ("jij", "die vrouw", "Mrs") is PL4001's aimed insult.
    private static bool IsPlural(ToneText text, TermMatch target)
    {
        var last = text.Words[target.FirstToken + target.TokenCount - 1].Normalized;
        return last.Length > 3 && last[^1] is 'n' or 's';
    }

    /// <summary>Every demeaning statement about a group in <paramref name="text"/>, found once per post.</summary>
    public static IReadOnlyList<TextSpan> Find(ToneText text) => text.Memo(FindOnce);
}

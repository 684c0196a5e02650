using PostLint.Diagnostics;
using PostLint.Text;

namespace PostLint.Rules.Tone;

/// <summary>
/// Finds the author declaring hatred or disgust for a group of people: "I can't stand immigrants", "ik walg van al die
/// moslims", "nothing disgusts me more than refugees". The group must follow the declaration directly (after "all",
/// "those", "die" and the like), so "I hate seeing refugees suffer" and "I can't stand by while …" stay silent. A group
/// narrowed by what its members do ("I hate people who park in the ambulance bay") is behaviour, not identity, and a
/// declaration denied after the group ("ik haat vrouwen niet") does not count.
/// </summary>
internal static class DeclaredHatredFinder
{
    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal) { "those", "these", "the", "al", "alle", "die", "deze", "de" };

    private static readonly HashSet<string> Restrictors = new(StringComparer.Ordinal) { "who", "that", "which", "die", "dat" };

    /// <summary>Each declaration with the group it is about, from <paramref name="groups"/> (the post's groups, in text order).</summary>
    public static IEnumerable<TextSpan> Find(ToneText text, IReadOnlyList<TermMatch> groups)
    {
        var words = text.Words;
        var groupsByStart = groups.GroupBy(g => g.FirstToken).ToDictionary(g => g.Key, g => g.First());
        foreach (var hatred in ToneLexicons.Hatred.Matches(text).Where(h => h.FirstToken >= 0))
        {
            var at = hatred.FirstToken + hatred.TokenCount;
            while (at < words.Count && Determiners.Contains(words[at].Normalized))
            {
                at++;
            }

            if (!groupsByStart.TryGetValue(at, out var group))
            {
                continue;
            }

            var after = group.FirstToken + group.TokenCount;
            var narrowed = after < words.Count && Restrictors.Contains(words[after].Normalized);
            var lastToken = text.Index.FirstTokenAtOrAfter(group.Span.End) - 1;
            if (!narrowed && !text.Index.IsNegatedAfter(lastToken))
            {
                yield return new TextSpan(hatred.Span.Start, group.Span.End);
            }
        }
    }
}

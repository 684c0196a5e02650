using PostLint.Diagnostics;
using PostLint.Text;

namespace PostLint.Rules.Tone;

/// <summary>
/// Finds a demeaning trait pinned on a whole colleague group: "radiologists are the laziest doctors",
/// "huisartsen zijn allemaal geldwolven", "die verpleegkundigen van de SEH zijn echt dom", or, without
/// a verb, "anesthesiologists? glorified sleep technicians", "Surgeons: the biggest egos and the smallest
/// brains". A trait that also describes a shift ("een ramp") counts only after a colleague who is a
/// person ("die arts-assistent is een ramp", not "de nachtdienst was een ramp"). The trait must follow the verb directly
/// (after an article, "most" or "nothing but"), so a negation ("are not lazy"), a question ("nurses are
/// lazy? think again") or a trait that is not demeaning ("the busiest specialists", "the unsung
/// heroes") does not match.
/// </summary>
internal static class GroupGeneralisationFinder
{
    /// <summary>How many words may stand between the group and its verb ("die verpleegkundigen van de SEH zijn").</summary>
    private const int MaxDistanceToVerb = 6;

    private static readonly HashSet<string> Copulas = new(StringComparer.Ordinal) { "zijn", "is", "was", "waren", "are", "re", "were" };

    // "the biggest egos and the smallest brains": traits joined by these are one put-down.
    private static readonly HashSet<string> Conjunctions = new(StringComparer.Ordinal) { "en", "and" };

    // Where each group that is a subject starts, once per post: every group asks about the words after it.
    private static readonly Func<ToneText, HashSet<int>> SubjectGroupStarts =
        text => ToneLexicons.Targets.Matches(text).Where(text.IsSubject).Select(t => t.FirstToken).ToHashSet();

    // Words that may stand between the verb and the trait without changing what is said of the group.
    private static readonly HashSet<string> Leads = new(StringComparer.Ordinal)
    {
        "de", "het", "een", "van", "die", "meest", "meeste", "niets", "niks", "meer", "dan", "anders", "slechts", "soms", "vaak", "altijd", "regelrechte", "regelrecht", "pure", "zulke", "net", "als",
        "the", "a", "an", "most", "nothing", "but", "little", "more", "than", "only", "sometimes", "often", "always", "such", "so", "absolute", "mere", "like", "just",

        // quantifiers and intensifiers: "zijn allemaal leugenaars", "zijn te dom", "are all thieves", "are too stupid"
        "allemaal", "alle", "te", "gewoon", "echt", "all", "too", "simply", "really",
    };

    // "Why do nurses have to be such …", "waarom moeten verpleegkundigen zulke …": the verbs a why-question puts between the group and the trait it takes as given.
    private static readonly HashSet<string> RhetoricalVerbs = new(StringComparer.Ordinal) { "have", "has", "got", "to", "be", "moeten", "blijven" };

    private static readonly HashSet<string> WhyWords = new(StringComparer.Ordinal) { "why", "waarom" };

    // "anesthesiologists? glorified …", "Verloskundigen: veredelde kraamhulpen".
    private const string EllipsisMarks = "?:=–—-";

    /// <summary>The span from the group to the end of the trait said of it, or null.</summary>
    public static TextSpan? Find(ToneText text, TermMatch group)
    {
        var words = text.Words;
        var traits = group.Term.Column(2) == "collective" ? Traits(text) : PersonTraits(text);
        var afterGroup = group.FirstToken + group.TokenCount;
        if (afterGroup < words.Count && IsEllipsis(text, group.Span.End, words[afterGroup].Span.Start) && TraitFrom(text, traits, afterGroup) is { } elliptic)
        {
            return new TextSpan(group.Span.Start, elliptic);
        }

        // "Nurses are lazy? Think again.": a question puts the claim up for rejection, it does not make it. "Why are nurses
        // so lazy?" does not: it takes the trait as given and asks only for its cause.
        var sentence = text.SentenceAt(group.Span.Start);
        if (text.IsQuestion(sentence))
        {
            return IsWhyQuestion(text, sentence) && TraitFrom(text, traits, afterGroup, RhetoricalVerbs) is { } given && given <= sentence.End
                ? new TextSpan(group.Span.Start, given)
                : null;
        }

        if (!text.IsSubject(group))
        {
            return null;
        }

        // "a colleague say 'old people are stupid'": the verb belongs to the group nearest before it, unless that one
        // stands after a preposition ("consultants at this trust are").
        var groupStarts = text.Memo(SubjectGroupStarts);
        for (var i = afterGroup; i < words.Count && i - afterGroup <= MaxDistanceToVerb && words[i].Span.End <= sentence.End && !groupStarts.Contains(i); i++)
        {
            if (Copulas.Contains(words[i].Normalized))
            {
                return TraitFrom(text, traits, i + 1) is { } end && end <= sentence.End ? new TextSpan(group.Span.Start, end) : null;
            }
        }

        return null;
    }

    private static readonly Func<ToneText, Dictionary<int, TermMatch>> TraitsOnce = text =>
        ToneLexicons.ColleagueTraits.Matches(text)
            .Concat(ToneLexicons.DirectedAdjectives.Matches(text))
            .Concat(ToneLexicons.DirectedNouns.Matches(text))
            .Concat(ToneLexicons.Dehumanising.Matches(text))
            .Where(m => m.FirstToken >= 0 && !DirectedInsultFinder.IsFondness(text.Words, m.FirstToken + m.TokenCount - 1))
            .GroupBy(m => m.FirstToken)
            .ToDictionary(g => g.Key, g => g.MaxBy(m => m.TokenCount));

    private static readonly Func<ToneText, Dictionary<int, TermMatch>> PersonTraitsOnce = text =>
        ToneLexicons.ColleaguePersonTraits.Matches(text)
            .Where(m => m.FirstToken >= 0)
            .Concat(Traits(text).Values)
            .GroupBy(m => m.FirstToken)
            .ToDictionary(g => g.Key, g => g.MaxBy(m => m.TokenCount));

    // Every demeaning trait by its first word, found once per post.
    private static Dictionary<int, TermMatch> Traits(ToneText text) => text.Memo(TraitsOnce);

    // The traits said of a colleague who is a person: the traits, and what demeans only a person ("een ramp").
    private static Dictionary<int, TermMatch> PersonTraits(ToneText text) => text.Memo(PersonTraitsOnce);

    private static bool IsWhyQuestion(ToneText text, TextSpan sentence)
    {
        var first = SortedOffsets.CountBefore(text.Words, w => w.Span.Start, sentence.Start);
        return first < text.Words.Count && text.Words[first].Span.Start < sentence.End && WhyWords.Contains(text.Words[first].Normalized);
    }

    // The end of a trait that starts at word index (after leading articles and the like, and the verbs in
    // alsoSkipping), or null.
    private static int? TraitFrom(ToneText text, Dictionary<int, TermMatch> traits, int index, HashSet<string>? alsoSkipping = null)
    {
        for (var i = index; i < text.Words.Count; i++)
        {
            if (traits.TryGetValue(i, out var trait))
            {
                var next = trait.FirstToken + trait.TokenCount;
                var joined = next < text.Words.Count && Conjunctions.Contains(text.Words[next].Normalized) ? TraitFrom(text, traits, next + 1) : null;
                return joined ?? trait.Span.End;
            }

            if (!Leads.Contains(text.Words[i].Normalized) && alsoSkipping?.Contains(text.Words[i].Normalized) != true)
            {
                return null;
            }
        }

        return null;
    }

    private static bool IsEllipsis(ToneText text, int from, int to)
    {
        // A space after the mark: "SEH-artsen" is one compound, not a group with a remark after it.
        var between = text.Text.AsSpan(from, to - from);
        var marks = between.Trim();
        return marks.Length > 0 && marks.Trim(EllipsisMarks).Length == 0 && char.IsWhiteSpace(between[^1]);
    }
}

using PostLint.Diagnostics;
using PostLint.Text;

namespace PostLint.Rules.Tone;

/// <summary>
/// Tells when a curse is aimed at a thing (<c>objects.txt</c>) rather than at a person: "dat kreng van
/// een printer", "die kutcomputer", "stupid printer", "deze laptop is een kreng". Venting about a
/// printer insults nobody; the same words aimed at a person ("wat een kreng van een collega",
/// "die kutcollega") still do. So does an exclamation that swears at the moment ("Shit, badge vergeten").
/// </summary>
internal static class ObjectVentFinder
{
    private static readonly HashSet<string> Copulas = new(StringComparer.Ordinal) { "is", "zijn", "was", "waren", "are", "were" };

    private static readonly HashSet<string> Articles = new(StringComparer.Ordinal) { "een", "n", "a", "an" };

    /// <summary>How many words may stand between "van een" and the thing ("kreng van een oude printer").</summary>
    private const int MaxWordsBeforeThing = 1;

    // The curse lists are matched for PL4001 anyway; the thing list is read only when the post curses.
    private static readonly Func<ToneText, IReadOnlyList<TextSpan>> VentedOnce = text =>
    {
        var curses = Curses(text);
        if (curses.Count == 0)
        {
            return [];
        }

        var curseStarts = curses.Select(c => c.FirstToken).ToHashSet();
        var things = ToneLexicons.Things.Matches(text).Where(t => t.FirstToken >= 0).ToList();
        return curses.Where(c => IsAimedAtThing(text, c, curseStarts, things)).Select(c => c.Span).ToList();
    };

    private static readonly Func<ToneText, SpanLookup> VentedLookup = text => new SpanLookup(Vented(text));

    /// <summary>Every curse in the post that is aimed at a thing, found once per post (PL4001 and PL4005 both ask).</summary>
    public static IReadOnlyList<TextSpan> Vented(ToneText text) => text.Memo(VentedOnce);

    /// <summary>True when <paramref name="span"/> holds a curse aimed at a thing.</summary>
    public static bool IsVented(ToneText text, TextSpan span) => text.Memo(VentedLookup).Overlaps(span);

    /// <summary>
    /// The post with every curse aimed at a thing blanked out, for the tone model: "stupid printer"
    /// is read as "printer". Returns the post itself when it curses at no thing.
    /// </summary>
    public static string WithoutVenting(ToneText text)
    {
        var vented = Vented(text);
        if (vented.Count == 0)
        {
            return text.Text;
        }

        var chars = text.Text.ToCharArray();
        foreach (var span in vented)
        {
            chars.AsSpan(span.Start, span.End - span.Start).Fill(' ');
        }

        return new string(chars);
    }

    // Insults and the words that insult only when aimed ("stupid", "useless"): the classifier reads both.
    private static List<TermMatch> Curses(ToneText text) =>
        ToneLexicons.Insults.Matches(text)
            .Concat(ToneLexicons.DirectedAdjectives.Matches(text))
            .Concat(ToneLexicons.DirectedNouns.Matches(text))
            .Concat(DisguisedInsultFinder.Find(text))
            .Where(m => m.FirstToken >= 0)
            .ToList();

    // The thing matches are in word order: those starting in a range of words are found by binary search, and the curse
    // starts are a set, so that the question costs the same for every curse however many a post holds.
    private static bool IsAimedAtThing(ToneText text, TermMatch curse, HashSet<int> curseStarts, List<TermMatch> things)
    {
        var words = text.Words;
        if (IsCompoundWithThing(words[curse.FirstToken].Normalized, curse))
        {
            return true;
        }

        if (IsInterjection(text, curse, things))
        {
            return true;
        }

        var last = curse.FirstToken + curse.TokenCount - 1;
        if (things.Count == 0)
        {
            return false;
        }

        // "fucking stupid printer": other curses may stand between this one and the thing.
        var next = last + 1;
        while (next < words.Count && curseStarts.Contains(next))
        {
            next++;
        }

        if (ThingsStartingIn(things, next, next).Any())
        {
            return true;
        }

        // "dat kreng van een printer": the Dutch "X van een Y" says Y is an X.
        if (last + 2 < words.Count && words[last + 1].Normalized == "van" && Articles.Contains(words[last + 2].Normalized) &&
            ThingsStartingIn(things, last + 3, last + 3 + MaxWordsBeforeThing).Any())
        {
            return true;
        }

        // "deze laptop is een kreng": the thing is the subject of the copula before the curse. Matches do not overlap,
        // so only the last thing that starts before the copula can end right at it.
        var copula = curse.FirstToken - 1;
        if (copula >= 0 && Articles.Contains(words[copula].Normalized))
        {
            copula--;
        }

        return copula >= 1 && Copulas.Contains(words[copula].Normalized) &&
            ThingsStartingIn(things, 0, copula - 1).Take(1).Any(t => t.FirstToken + t.TokenCount == copula && text.IsSubject(t));
    }

    // "Kut, alweer de verkeerde pieper", "Shit, de scanner is weer stuk": a one-word curse that opens its sentence and
    // is cut off by a comma or "!" swears at what the sentence goes on to name, not at a person; an exclamation
    // ("Shit, badge vergeten", "Godverdomme, de subsidie is binnen!") swears at the moment, whatever follows.
    private static bool IsInterjection(ToneText text, TermMatch curse, List<TermMatch> things)
    {
        var sentence = text.SentenceAt(curse.Span.Start);
        var opens = text.OnlyBetween(sentence.Start, curse.Span.Start, string.Empty);
        var rest = text.Text.AsSpan(curse.Span.End).TrimStart();
        var cutOff = rest.Length > 0 && rest[0] is ',' or '!';
        if (curse.TokenCount != 1 || !opens || !cutOff)
        {
            return false;
        }

        return ToneLexicons.Interjections.HasWord(curse.Term.Term) || things.Any(t => t.Span.Start > curse.Span.End && t.Span.End <= sentence.End);
    }

    // The things whose first word lies in first..last, the last one first.
    private static IEnumerable<TermMatch> ThingsStartingIn(List<TermMatch> things, int first, int last)
    {
        for (var i = SortedOffsets.CountBefore(things, t => t.FirstToken, last + 1) - 1; i >= 0 && things[i].FirstToken >= first; i--)
        {
            yield return things[i];
        }
    }

    // "kutcomputer": a swear stem entry ("kut*") whose word goes on with a thing.
    private static bool IsCompoundWithThing(string word, TermMatch curse)
    {
        var term = curse.Term.Term;
        if (curse.TokenCount != 1 || !term.EndsWith('*'))
        {
            return false;
        }

        var stem = term[..^1];
        return word.Length > stem.Length && ToneLexicons.Things.HasWord(word[stem.Length..]);
    }
}

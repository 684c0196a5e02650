using PostLint.Diagnostics;
using PostLint.Text;

namespace PostLint.Rules.Tone;

/// <summary>
/// Tells when a curse is aimed at a thing (<c>objects.txt</c>) rather than at a person: "dat kreng van
/// een printer", "die kutcomputer", "stupid printer", "deze laptop is een kreng". Venting about a
/// printer insults nobody; the same words aimed at a person ("wat een kreng van een collega",
/// "die kutcollega") still do.
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
        return curses.Where(c => IsAimedAtThing(text, c, curses)).Select(c => c.Span).ToList();
    };

    /// <summary>Every curse in the post that is aimed at a thing, found once per post (PL4001 and PL4005 both ask).</summary>
    public static IReadOnlyList<TextSpan> Vented(ToneText text) => text.Memo(VentedOnce);

    /// <summary>True when <paramref name="span"/> holds a curse aimed at a thing.</summary>
    public static bool IsVented(ToneText text, TextSpan span) => Vented(text).Any(v => v.Start < span.End && span.Start < v.End);

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
            .Where(m => m.FirstToken >= 0)
            .ToList();

    private static bool IsAimedAtThing(ToneText text, TermMatch curse, List<TermMatch> curses)
    {
        var words = text.Words;
        if (IsCompoundWithThing(words[curse.FirstToken].Normalized, curse))
        {
            return true;
        }

        var last = curse.FirstToken + curse.TokenCount - 1;
        var things = ToneLexicons.Things.Matches(text).Where(t => t.FirstToken >= 0).ToList();
        if (things.Count == 0)
        {
            return false;
        }

        // "fucking stupid printer": other curses may stand between this one and the thing.
        var next = last + 1;
        while (next < words.Count && curses.Any(c => c.FirstToken == next))
        {
            next++;
        }

        if (things.Any(t => t.FirstToken == next))
        {
            return true;
        }

        // "dat kreng van een printer": the Dutch "X van een Y" says Y is an X.
        if (last + 2 < words.Count && words[last + 1].Normalized == "van" && Articles.Contains(words[last + 2].Normalized) &&
            things.Any(t => t.FirstToken > last + 2 && t.FirstToken <= last + 3 + MaxWordsBeforeThing))
        {
            return true;
        }

        // "deze laptop is een kreng": the thing is the subject of the copula before the curse.
        var copula = curse.FirstToken - 1;
        if (copula >= 0 && Articles.Contains(words[copula].Normalized))
        {
            copula--;
        }

        return copula >= 1 && Copulas.Contains(words[copula].Normalized) &&
            things.Any(t => t.FirstToken + t.TokenCount == copula && text.IsSubject(t));
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

using PostLint.Diagnostics;
using PostLint.Text;

namespace PostLint.Rules.Claims;

/// <summary>
/// Splits a post into sentences and clauses. Claims, advice and boundary rules judge words together
/// only when they stand in the same sentence: a post is often three unrelated one-liners.
/// </summary>
internal static class PostSentences
{
    /// <summary>The sentences of <paramref name="text"/>, trimmed, in order.</summary>
    public static IReadOnlyList<TextSpan> Split(string text)
    {
        var sentences = new List<TextSpan>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (EndsSentence(text, i))
            {
                Add(text, start, i + 1, sentences);
                start = i + 1;
            }
        }

        Add(text, start, text.Length, sentences);
        return sentences;
    }

    /// <summary>The sentence that contains <paramref name="position"/>.</summary>
    public static TextSpan Containing(IReadOnlyList<TextSpan> sentences, int position)
    {
        // Rules ask this for every match: a binary search keeps a post of many sentences linear.
        var at = SortedOffsets.CountBefore(sentences, s => s.End, position + 1);
        return at < sentences.Count ? sentences[at] : sentences.Count > 0 ? sentences[^1] : default;
    }

    /// <summary>True when clause punctuation (<c>, ; :</c> or a sentence end) stands between two offsets.</summary>
    public static bool ClauseBreakBetween(string text, int from, int to)
    {
        for (var i = from; i < to && i < text.Length; i++)
        {
            if (text[i] is ',' or ';' or ':' or '.' or '!' or '?' or '\n' or '(' or ')' or '—' or '–')
            {
                return true;
            }
        }

        return false;
    }

    private static bool EndsSentence(string text, int i)
    {
        var c = text[i];
        if (c == '\n')
        {
            return true;
        }

        if (c is not ('.' or '!' or '?' or '…'))
        {
            return false;
        }

        var next = i + 1 < text.Length ? text[i + 1] : ' ';
        if (c == '.' && char.IsDigit(next))
        {
            return false; // 4.000, 2.5
        }

        // "dr. Jansen", "bijv. bij": a short lower-case word before a full stop is an abbreviation.
        if (c == '.' && IsAbbreviation(text, i))
        {
            return false;
        }

        return char.IsWhiteSpace(next) || next is '"' or '\'' or ')' || char.IsSurrogate(next);
    }

    private static bool IsAbbreviation(string text, int dot)
    {
        var start = dot;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        var word = text[start..dot];
        return word.Length is > 0 and <= 4 && word is "dr" or "Dr" or "prof" or "Prof" or "dhr" or "mw" or "mr" or "Mr" or "Mrs" or "Ms" or "bijv" or "o" or "a" or "e" or "g" or "i" or "vs" or "ca" or "nr" or "St";
    }

    private static void Add(string text, int start, int end, List<TextSpan> sentences)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            sentences.Add(new TextSpan(start, end));
        }
    }
}

namespace PostLint.Text;

/// <summary>
/// Finds the sentence around an offset, good enough for context windows: a sentence ends at a line break,
/// at <c>!</c> or <c>?</c>, and at a full stop followed by a capital, unless the full stop closes a short
/// abbreviation or an initial (<c>mw.</c>, <c>dhr.</c>, <c>J.</c>, <c>no.</c>). A run of text with no such end
/// is cut at the first space after <see cref="MaxLength"/> characters (or at <see cref="MaxLength"/> times 1.25 when
/// there is none), so that the work rules do per sentence stays bounded however a post is written.
/// </summary>
public static class SentenceBounds
{
    /// <summary>
    /// Longest sentence before it is cut: four times the longest sentence in the dev corpora, and far beyond what
    /// people write without a full stop or a line break. Only machine-made or pasted text reaches it.
    /// </summary>
    public const int MaxLength = 1_000;

    /// <summary>Offset where the sentence containing <paramref name="index"/> starts.</summary>
    public static int StartOf(string text, int index)
    {
        return SortedOffsets.LastBefore(BoundariesOf(text), Math.Min(index, text.Length)) + 1;
    }

    /// <summary>Offset one past where the sentence containing <paramref name="index"/> ends (its closing punctuation included).</summary>
    public static int EndOf(string text, int index)
    {
        return SortedOffsets.FirstAtOrAfter(BoundariesOf(text), Math.Max(index, 0)) is var end and >= 0 ? end + 1 : text.Length;
    }

    // Every rule asks for the sentence around each of its matches. Scanning from the match to the nearest boundary
    // costs the length of the sentence, and a post with no boundary at all (100,000 characters of "@ab @ab") made
    // that the length of the post for every match. So the boundaries of the last texts asked about are found once,
    // in one pass, and each question is a binary search. Per thread, keyed by the string instance, as the words are.
    [ThreadStatic]
    private static (string? Text, int[] Boundaries) t_last;

    [ThreadStatic]
    private static (string? Text, int[] Boundaries) t_beforeLast;

    private static int[] BoundariesOf(string text)
    {
        if (ReferenceEquals(t_last.Text, text))
        {
            return t_last.Boundaries;
        }

        if (ReferenceEquals(t_beforeLast.Text, text))
        {
            (t_last, t_beforeLast) = (t_beforeLast, t_last);
            return t_last.Boundaries;
        }

        var boundaries = new List<int>();
        var sentenceStart = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var length = i - sentenceStart;
            if (IsBoundary(text, i) || (length >= MaxLength && char.IsWhiteSpace(text[i])) || length >= MaxLength + (MaxLength / 4))
            {
                boundaries.Add(i);
                sentenceStart = i + 1;
            }
        }

        t_beforeLast = t_last;
        t_last = (text, [.. boundaries]);
        return t_last.Boundaries;
    }

    private static bool IsBoundary(string text, int i)
    {
        var c = text[i];
        if (c is '\n' or '!' or '?')
        {
            return true;
        }

        if (c != '.' || i + 2 >= text.Length || !char.IsWhiteSpace(text[i + 1]))
        {
            return false;
        }

        var next = i + 1;
        while (next < text.Length && char.IsWhiteSpace(text[next]))
        {
            next++;
        }

        if (next >= text.Length || !char.IsUpper(text[next]))
        {
            return false;
        }

        var wordStart = i;
        while (wordStart > 0 && char.IsLetter(text[wordStart - 1]))
        {
            wordStart--;
        }

        return i - wordStart > 3;
    }
}

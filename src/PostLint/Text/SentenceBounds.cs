namespace PostLint.Text;

/// <summary>
/// Finds the sentence around an offset, good enough for context windows: a sentence ends at a line break,
/// at <c>!</c> or <c>?</c>, and at a full stop followed by a capital, unless the full stop closes a short
/// abbreviation or an initial (<c>mw.</c>, <c>dhr.</c>, <c>J.</c>, <c>no.</c>).
/// </summary>
public static class SentenceBounds
{
    /// <summary>Offset where the sentence containing <paramref name="index"/> starts.</summary>
    public static int StartOf(string text, int index)
    {
        for (var i = Math.Min(index, text.Length) - 1; i >= 0; i--)
        {
            if (IsBoundary(text, i))
            {
                return i + 1;
            }
        }

        return 0;
    }

    /// <summary>Offset one past where the sentence containing <paramref name="index"/> ends (its closing punctuation included).</summary>
    public static int EndOf(string text, int index)
    {
        for (var i = Math.Max(index, 0); i < text.Length; i++)
        {
            if (IsBoundary(text, i))
            {
                return i + 1;
            }
        }

        return text.Length;
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

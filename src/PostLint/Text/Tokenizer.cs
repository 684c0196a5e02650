using System.Globalization;
using System.Text;
using PostLint.Diagnostics;

namespace PostLint.Text;

/// <summary>
/// Splits text into words. Deliberately simple and identical for posts and lexicon entries, so that a
/// lexicon phrase matches exactly the words it names and never a substring of a longer word.
/// </summary>
public static class Tokenizer
{
    /// <summary>The words of <paramref name="text"/>, in order.</summary>
    public static IReadOnlyList<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            if (!IsWordChar(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && IsWordChar(text[i]))
            {
                i++;
            }

            var value = text[start..i];
            tokens.Add(new Token(new TextSpan(start, i), value, Normalize(value)));
        }

        return tokens;
    }

    /// <summary>True for characters that belong to a word: letters, digits and combining marks.</summary>
    public static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    /// <summary>Lower-cases and removes diacritics (<c>Patiënt</c> → <c>patient</c>).</summary>
    public static string Normalize(string word)
    {
        var ascii = true;
        foreach (var c in word)
        {
            if (c > 0x7F)
            {
                ascii = false;
                break;
            }
        }

        if (ascii)
        {
            return word.ToLowerInvariant();
        }

        var decomposed = word.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }
}

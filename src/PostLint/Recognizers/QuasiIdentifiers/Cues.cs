using System.Text.RegularExpressions;
using PostLint.Analysis;
using PostLint.Diagnostics;

namespace PostLint.Recognizers.QuasiIdentifiers;

/// <summary>Context checks the quasi-identifier recognizers share.</summary>
internal static partial class Cues
{
    /// <summary>
    /// True when the words just before <paramref name="start"/> make the detail the author's own
    /// ("ik ben Joost (45)", "I'm Graham, 61"): patients and professionals may say that about themselves.
    /// </summary>
    public static bool IsSelfReference(string text, int start)
    {
        var from = Math.Max(0, start - 28);
        return SelfReference().IsMatch(text.AsSpan(from, start - from));
    }

    /// <summary>The word before <paramref name="start"/>, lower-cased, or an empty string.</summary>
    public static string PreviousWord(string text, int start)
    {
        var end = start;
        while (end > 0 && !Text.Tokenizer.IsWordChar(text[end - 1]))
        {
            end--;
        }

        var begin = end;
        while (begin > 0 && (Text.Tokenizer.IsWordChar(text[begin - 1]) || text[begin - 1] == '\''))
        {
            begin--;
        }

        return text[begin..end].ToLowerInvariant();
    }

    [GeneratedRegex(@"\b(?:ik\s+ben|ben\s+ik|i'm|i\s+am|ik\s+word|ik\s+werd|i\s+turned?|mijzelf|myself)\b[^.!?\n]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex SelfReference();
}

using System.Text;
using PostLint.Diagnostics;

namespace PostLint.Text;

/// <summary>
/// A word written in disguise and the plain spellings it may stand for: "k4nker" (digits for letters), "kl*tzak",
/// "a$$hole", "tw@t" (masks and symbols for letters), "k l o o t z a k", "I.D.I.O.O.T." (spaced letters) and
/// "idioooot" (stretched letters).
/// </summary>
/// <param name="Span">The disguised text, from its first to its last word.</param>
/// <param name="FirstToken">Index of its first word in <see cref="PostIndex.Tokens"/>.</param>
/// <param name="TokenCount">Number of tokens it spans.</param>
/// <param name="Readings">Normalised plain spellings to look up in a word list, most likely first.</param>
public readonly record struct DisguisedWord(TextSpan Span, int FirstToken, int TokenCount, IReadOnlyList<string> Readings);

/// <summary>
/// Finds the disguised words of a post. Only the spelling is repaired, never the meaning: a reading counts when a word
/// list knows it, so "covid19", "F1" or "a b c" yield readings that no list contains.
/// </summary>
internal static class DisguisedWords
{
    // What a digit or symbol stands for inside a word ("sh1t", "k@nker", "a$$").
    private const string LeetDigits = "oi eas t  ";
    private const char Mask = '\0';

    // What a masked letter run ("f*ck", "f**k", "kl*tzak", "f***ing") most often hides.
    private static readonly string[] MaskFills = ["a", "e", "i", "o", "u", "oo", "uc", "uck", "ck"];

    private const int MinSpacedLetters = 3;
    private const int MaxGap = 3;

    public static IReadOnlyList<DisguisedWord> Find(string text, IReadOnlyList<Token> tokens)
    {
        var found = new List<DisguisedWord>();
        var i = 0;
        while (i < tokens.Count)
        {
            var last = SpacedLettersEnd(text, tokens, i);
            if (last < 0)
            {
                last = MaskedEnd(text, tokens, i);
            }

            var spelled = last >= 0 ? Joined(text, tokens, i, last) : tokens[i].Normalized;
            last = Math.Max(last, i);
            var readings = Readings(spelled);
            if (last > i || readings.Count > 0)
            {
                if (readings.Count == 0)
                {
                    readings = [spelled];
                }

                found.Add(new DisguisedWord(new TextSpan(tokens[i].Span.Start, tokens[last].Span.End), i, last - i + 1, readings));
            }

            i = last + 1;
        }

        return found;
    }

    // "k l o o t z a k", "I.D.I.O.O.T.": at least three one-letter words, each one space or one dot from the next.
    private static int SpacedLettersEnd(string text, IReadOnlyList<Token> tokens, int first)
    {
        var last = first;
        while (last + 1 < tokens.Count && IsLetter(tokens[last]) && IsLetter(tokens[last + 1]) && Gap(text, tokens, last) is " " or ".")
        {
            last++;
        }

        return last - first + 1 >= MinSpacedLetters ? last : -1;
    }

    // "kl*tzak", "a$$hole", "b!tch", "tw@t": words joined by a short run of mask symbols, with no space.
    private static int MaskedEnd(string text, IReadOnlyList<Token> tokens, int first)
    {
        var last = first;
        while (last + 1 < tokens.Count && Gap(text, tokens, last) is { Length: > 0 and <= MaxGap } gap && gap.All(IsMaskSymbol))
        {
            last++;
        }

        // "f***" at the end of a word: a trailing mask.
        return last > first || TrailingMask(text, tokens[first].Span.End) > 0 ? last : -1;
    }

    private static string Joined(string text, IReadOnlyList<Token> tokens, int first, int last)
    {
        var joined = new StringBuilder();
        for (var k = first; k <= last; k++)
        {
            joined.Append(tokens[k].Normalized);
            var gap = k < last ? Gap(text, tokens, k) : text.Substring(tokens[k].Span.End, TrailingMask(text, tokens[k].Span.End));
            foreach (var c in gap)
            {
                if (IsMaskSymbol(c))
                {
                    joined.Append(c switch { '@' => 'a', '$' => 's', '!' => 'i', _ => Mask });
                }
            }
        }

        return joined.ToString();
    }

    // The plain spellings of one word: digits read as letters, stretched letters shortened to two and to one, masks
    // filled. Empty when the word shows no disguise.
    private static List<string> Readings(string word)
    {
        var leet = word.Any(char.IsLetter) && word.Any(char.IsAsciiDigit);
        if (!leet && word.IndexOf(Mask, StringComparison.Ordinal) < 0 && !HasStretch(word))
        {
            return [];
        }

        var plain = leet ? new string([.. word.Select(c => char.IsAsciiDigit(c) && LeetDigits[c - '0'] != ' ' ? LeetDigits[c - '0'] : c)]) : word;
        if (plain.Any(char.IsAsciiDigit))
        {
            return [];
        }

        var readings = new List<string>();
        foreach (var shortened in new[] { plain, Shortened(plain, 2), Shortened(plain, 1) }.Distinct())
        {
            readings.AddRange(Filled(shortened));
        }

        return [.. readings.Distinct()];
    }

    private static bool HasStretch(string word)
    {
        for (var k = 2; k < word.Length; k++)
        {
            if (char.IsLetter(word[k]) && word[k] == word[k - 1] && word[k] == word[k - 2])
            {
                return true;
            }
        }

        return false;
    }

    // Every run of three or more equal letters cut to at most `keep`.
    private static string Shortened(string word, int keep)
    {
        var result = new StringBuilder(word.Length);
        for (var k = 0; k < word.Length; k++)
        {
            var run = 1;
            while (k + run < word.Length && word[k + run] == word[k])
            {
                run++;
            }

            result.Append(word[k], run >= 3 ? keep : run);
            k += run - 1;
        }

        return result.ToString();
    }

    // A masked run filled with each usual hidden letter group; at most two masked runs are filled.
    private static IEnumerable<string> Filled(string word)
    {
        var at = word.IndexOf(Mask, StringComparison.Ordinal);
        if (at < 0)
        {
            return [word];
        }

        var end = at;
        while (end < word.Length && word[end] == Mask)
        {
            end++;
        }

        if (word.AsSpan(end).Count(Mask) > end - at)
        {
            return [];
        }

        return MaskFills.SelectMany(fill => Filled(string.Concat(word.AsSpan(0, at), fill, word.AsSpan(end))));
    }

    private static bool IsLetter(Token token) => token.Normalized.Length == 1 && char.IsLetter(token.Normalized[0]);

    private static bool IsMaskSymbol(char c) => c is '*' or '@' or '$' or '!' or '#' or '%';

    private static string Gap(string text, IReadOnlyList<Token> tokens, int k) => text[tokens[k].Span.End..tokens[k + 1].Span.Start];

    // "f***": asterisks right after a word, followed by no letter.
    private static int TrailingMask(string text, int end)
    {
        var length = 0;
        while (end + length < text.Length && text[end + length] == '*' && length < MaxGap)
        {
            length++;
        }

        return length;
    }
}

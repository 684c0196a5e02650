using System.Globalization;
using PostLint.Diagnostics;

namespace PostLint.Text;

/// <summary>
/// Splits text into words. Deliberately simple and identical for posts and lexicon entries, so that a
/// lexicon phrase matches exactly the words it names and never a substring of a longer word.
/// </summary>
public static class Tokenizer
{
    /// <summary>The words of <paramref name="text"/>, in order. The list is shared: do not cast it back and change it.</summary>
    /// <remarks>
    /// Recognizers and analyzers each ask for the words of the same post text, dozens of times per analysis.
    /// The words of the last few texts are remembered per thread, keyed by the string instance rather than
    /// its contents, so asking again costs one reference comparison and no allocation.
    /// </remarks>
    public static IReadOnlyList<Token> Tokenize(string text) => Remembered(text);

    /// <summary>
    /// What <see cref="Tokenize"/> returns, as the array the post index keeps. The index splits its text through here,
    /// so the rules that tokenise the post text again (context cues, whole-text questions) find its words remembered
    /// instead of splitting it once more.
    /// </summary>
    internal static Token[] Remembered(string text)
    {
        var recent = t_recent ??= new RecentTokenizations();
        if (recent.Find(text) is { } tokens)
        {
            return tokens;
        }

        tokens = Split(text);
        recent.Remember(text, tokens);
        return tokens;
    }

    [ThreadStatic]
    private static RecentTokenizations? t_recent;

    /// <summary>Splits <paramref name="text"/> into words afresh.</summary>
    internal static Token[] Split(string text)
    {
        // Counted first, so the words go straight into an array of their number: growing a list and copying it out
        // allocated about three times what the words take, for every post and every edited text PL2001 reads again.
        var tokens = new Token[CountWords(text)];
        var count = 0;
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
            tokens[count++] = new Token(new TextSpan(start, i), value, Normalize(value));
        }

        return tokens;
    }

    /// <summary>
    /// The <see cref="Token.Normalized"/> forms of the words of <paramref name="text"/>, as <see cref="Split"/> would give them:
    /// for the terms of word lists, compiled by the thousand at start, with no token, substring or iterator per word.
    /// </summary>
    internal static string[] NormalizedWords(ReadOnlySpan<char> text)
    {
        var words = new string[CountWords(text)];
        Span<char> buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        var position = 0;
        for (var k = 0; k < words.Length; k++)
        {
            words[k] = new string(buffer[..NextNormalizedWord(text, ref position, buffer)]);
        }

        return words;
    }

    /// <summary>
    /// Writes the normalised form of the next word of <paramref name="text"/> from <paramref name="position"/> into
    /// <paramref name="destination"/> (as long as the text will do) and moves past it; -1 when no word is left.
    /// </summary>
    internal static int NextNormalizedWord(ReadOnlySpan<char> text, ref int position, Span<char> destination)
    {
        while (position < text.Length && !IsWordChar(text[position]))
        {
            position++;
        }

        if (position == text.Length)
        {
            return -1;
        }

        var start = position;
        while (position < text.Length && IsWordChar(text[position]))
        {
            position++;
        }

        return NormalizeInto(text[start..position], destination);
    }

    private static int CountWords(ReadOnlySpan<char> text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var wordChar = IsWordChar(c);
            count += wordChar && !inWord ? 1 : 0;
            inWord = wordChar;
        }

        return count;
    }

    /// <summary>True for characters that belong to a word: letters, digits and combining marks.</summary>
    public static bool IsWordChar(char c) =>
        // No ASCII character is a combining mark, so ASCII spaces and punctuation need no category lookup.
        c < 0x80 ? char.IsAsciiLetterOrDigit(c)
        : char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    /// <summary>Lower-cases and removes diacritics (<c>Patiënt</c> → <c>patient</c>).</summary>
    /// <remarks>
    /// Folds Latin letters through a table instead of Unicode decomposition: hosts that run with
    /// invariant globalization (the CLI, the server) do not decompose with <see cref="string.Normalize()"/>,
    /// and a lexicon must match the same words in every host.
    /// </remarks>
    public static string Normalize(string word)
    {
        if (System.Text.Ascii.IsValid(word))
        {
            return word.ToLowerInvariant();
        }

        Span<char> normalized = word.Length <= 256 ? stackalloc char[word.Length] : new char[word.Length];
        return new string(normalized[..NormalizeInto(word, normalized)]);
    }

    // Writes the normalised form of word into destination, which is at least as long; returns its length.
    private static int NormalizeInto(ReadOnlySpan<char> word, Span<char> destination)
    {
        if (System.Text.Ascii.IsValid(word))
        {
            return word.ToLowerInvariant(destination);
        }

        var length = 0;
        foreach (var c in word)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue; // a combining accent of already decomposed text
            }

            var lower = char.ToLowerInvariant(c);
            destination[length++] = lower is >= LatinFoldStart and < LatinFoldEnd && LatinFold[lower - LatinFoldStart] != '\0' ? LatinFold[lower - LatinFoldStart] : lower;
        }

        return length;
    }

    private const char LatinFoldStart = '\u00C0';
    private const char LatinFoldEnd = '\u0180';

    /// <summary>Base letter of each character from U+00C0 to U+017F (Latin-1 Supplement, Latin Extended-A); \0 where there is none.</summary>
    private const string LatinFold =
        "aaaaaa\0ceeeeiiii\0nooooo\0\0uuuuy\0\0aaaaaa\0ceeeeiiii\0nooooo\0\0uuuuy\0y" +
        "aaaaaaccccccccdd\0\0eeeeeeeeeegggggggghh\0\0iiiiiiiii\0\0\0jjkk\0llllll\0\0\0\0nnnnnn\0\0\0oooooo\0\0rrrrrrsssssssstttt\0\0uuuuuuuuuuuuwwyyyzzzzzz\0";

    /// <summary>
    /// The most recently used (text instance, words) pairs, newest first; one per thread, so it needs no locking.
    /// The least recently used is dropped first, so the post text, asked for again and again, survives the one-off
    /// tokenisations of lexicon terms and context windows in between.
    /// </summary>
    private sealed class RecentTokenizations
    {
        // The post text, a re-analysed variant of it (PL2001's fix search) and a few windows and terms.
        private const int Capacity = 6;

        private readonly string?[] _texts = new string?[Capacity];
        private readonly Token[][] _tokens = new Token[Capacity][];

        public Token[]? Find(string text)
        {
            for (var i = 0; i < Capacity; i++)
            {
                if (ReferenceEquals(_texts[i], text))
                {
                    var tokens = _tokens[i];
                    MoveToFront(i, text, tokens);
                    return tokens;
                }
            }

            return null;
        }

        public void Remember(string text, Token[] tokens) => MoveToFront(Capacity - 1, text, tokens);

        private void MoveToFront(int index, string text, Token[] tokens)
        {
            Array.Copy(_texts, 0, _texts, 1, index);
            Array.Copy(_tokens, 0, _tokens, 1, index);
            _texts[0] = text;
            _tokens[0] = tokens;
        }
    }
}

using System.Buffers;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace PostLint.Text;

/// <summary>
/// The words of a text as <see cref="TextFeaturizer"/> reads them (see <see cref="TextFeaturizer.Words"/>),
/// kept back to back in one pooled buffer so that reading a post allocates no string per word.
/// Dispose it to return the buffers to the pool.
/// </summary>
internal sealed partial class TextWords : IDisposable
{
    private readonly char[] _chars;
    private readonly (int Start, int Length, bool IsEmoji)[] _words;
    private int _used;

    // Normalising and folding never lengthen a word, and every word or emoji takes at least one character.
    private TextWords(int capacity)
    {
        _chars = ArrayPool<char>.Shared.Rent(capacity);
        _words = ArrayPool<(int, int, bool)>.Shared.Rent(capacity);
    }

    /// <summary>Number of words and emoji.</summary>
    public int Count { get; private set; }

    /// <summary>Word or emoji <paramref name="index"/>, normalised (an emoji as written, without <c>e|</c>).</summary>
    public ReadOnlySpan<char> this[int index] => _chars.AsSpan(_words[index].Start, _words[index].Length);

    /// <summary>Reads <paramref name="text"/>.</summary>
    public static TextWords Read(string text)
    {
        var cleaned = Clean(text);
        var words = new TextWords(cleaned.Length);
        var i = 0;
        while (i < cleaned.Length)
        {
            if (Tokenizer.IsWordChar(cleaned[i]))
            {
                var start = i;
                while (i < cleaned.Length && Tokenizer.IsWordChar(cleaned[i]))
                {
                    i++;
                }

                words.AddWord(cleaned.AsSpan(start, i - start));
                continue;
            }

            if (IsEmoji(cleaned, i, out var length))
            {
                words.AddEmoji(cleaned.AsSpan(i, length));
                i += length;
                continue;
            }

            i++;
        }

        return words;
    }

    /// <summary>True when item <paramref name="index"/> is an emoji, not a word.</summary>
    public bool IsEmoji(int index) => _words[index].IsEmoji;

    /// <inheritdoc/>
    public void Dispose()
    {
        ArrayPool<char>.Shared.Return(_chars);
        ArrayPool<(int, int, bool)>.Shared.Return(_words);
    }

    // Links, mentions and entities need "://" or "www.", an '@' or "<user>", or an '&'. Most posts have
    // none, and skipping the decoder and both patterns for them is most of what cleaning costs.
    private static string Clean(string text) =>
        text.AsSpan().IndexOfAny('&', '@', '<') >= 0 || text.Contains("://", StringComparison.Ordinal) || text.Contains("www.", StringComparison.OrdinalIgnoreCase)
            ? MentionPattern().Replace(LinkPattern().Replace(WebUtility.HtmlDecode(text), " urlplaceholder "), " userplaceholder ")
            : text;

    private static bool IsEmoji(string text, int index, out int length)
    {
        length = char.IsSurrogatePair(text, index) ? 2 : 1;
        var category = CharUnicodeInfo.GetUnicodeCategory(text, index);
        return category == UnicodeCategory.OtherSymbol;
    }

    // Tokenizer.Normalize only lower-cases an ASCII word; doing that here spares a string for nearly every word.
    private void AddWord(ReadOnlySpan<char> word)
    {
        var start = _used;
        if (Ascii.IsValid(word))
        {
            foreach (var c in word)
            {
                AppendFolded(char.ToLowerInvariant(c), start);
            }
        }
        else
        {
            foreach (var c in Tokenizer.Normalize(word.ToString()))
            {
                AppendFolded(c, start);
            }
        }

        _words[Count++] = (start, _used - start, false);
    }

    private void AddEmoji(ReadOnlySpan<char> emoji)
    {
        emoji.CopyTo(_chars.AsSpan(_used));
        _words[Count++] = (_used, emoji.Length, true);
        _used += emoji.Length;
    }

    // Digits fold to 0, and a character already written twice in a row is not written a third time.
    private void AppendFolded(char c, int wordStart)
    {
        var folded = char.IsDigit(c) ? '0' : c;
        if (_used - wordStart >= 2 && _chars[_used - 1] == folded && _chars[_used - 2] == folded)
        {
            return;
        }

        _chars[_used++] = folded;
    }

    [GeneratedRegex(@"\b(?:https?://|www\.)\S+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex LinkPattern();

    [GeneratedRegex(@"(?<![\w@])@\w+|<user>", RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex MentionPattern();
}

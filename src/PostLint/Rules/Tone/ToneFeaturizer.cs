using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using PostLint.Text;

namespace PostLint.Rules.Tone;

/// <summary>
/// Turns a text into the sparse feature vector the tone classifier reads: word unigrams and bigrams,
/// character 3- to 5-grams inside words, and emoji, hashed with FNV-1a into <see cref="Dimension"/>
/// buckets, weighted by 1 + log(count) and scaled to unit length. Training
/// (<c>src/PostLint.Training</c>) and the engine call this same code, so a weight learned for a bucket
/// means the same thing in both. The hash is fixed (not <see cref="string.GetHashCode()"/>, which is
/// randomised per process); changing anything here invalidates the shipped model.
/// </summary>
internal static partial class ToneFeaturizer
{
    /// <summary>Number of hash bits.</summary>
    public const int Bits = 18;

    /// <summary>Number of buckets (length of the feature vector).</summary>
    public const int Dimension = 1 << Bits;

    private const uint FnvOffset = 2166136261;
    private const uint FnvPrime = 16777619;
    private const int MinCharGram = 3;
    private const int MaxCharGram = 5;

    /// <summary>The features of <paramref name="text"/>: bucket indices in ascending order and their values.</summary>
    public static ToneFeatures Featurize(string text)
    {
        var counts = new Dictionary<int, float>();
        var words = Words(text);
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (word.StartsWith("e|", StringComparison.Ordinal))
            {
                Add(counts, word);
                continue;
            }

            Add(counts, "w|" + word);
            if (i + 1 < words.Count && !words[i + 1].StartsWith("e|", StringComparison.Ordinal))
            {
                Add(counts, "b|" + word + " " + words[i + 1]);
            }

            AddCharGrams(counts, word);
        }

        return ToVector(counts);
    }

    /// <summary>
    /// The normalised words of <paramref name="text"/> (emoji as <c>e|</c> items): HTML entities decoded,
    /// links and @-mentions reduced to placeholders, lower-cased without diacritics, digits folded to 0,
    /// any character repeated three or more times cut to two ("sooooo" → "soo").
    /// </summary>
    public static IReadOnlyList<string> Words(string text)
    {
        var cleaned = MentionPattern().Replace(LinkPattern().Replace(WebUtility.HtmlDecode(text), " urlplaceholder "), " userplaceholder ");
        var words = new List<string>();
        var i = 0;
        while (i < cleaned.Length)
        {
            var c = cleaned[i];
            if (Tokenizer.IsWordChar(c))
            {
                var start = i;
                while (i < cleaned.Length && Tokenizer.IsWordChar(cleaned[i]))
                {
                    i++;
                }

                words.Add(Fold(Tokenizer.Normalize(cleaned[start..i])));
                continue;
            }

            if (IsEmoji(cleaned, i, out var length))
            {
                words.Add(string.Concat("e|", cleaned.AsSpan(i, length)));
                i += length;
                continue;
            }

            i++;
        }

        return words;
    }

    /// <summary>FNV-1a over the UTF-16 code units of <paramref name="feature"/>, folded into a bucket.</summary>
    public static int Bucket(string feature)
    {
        var hash = FnvOffset;
        foreach (var c in feature)
        {
            hash = (hash ^ (byte)c) * FnvPrime;
            hash = (hash ^ (byte)(c >> 8)) * FnvPrime;
        }

        return (int)(hash & (Dimension - 1));
    }

    private static void AddCharGrams(Dictionary<int, float> counts, string word)
    {
        var padded = "<" + word + ">";
        for (var n = MinCharGram; n <= MaxCharGram; n++)
        {
            for (var start = 0; start + n <= padded.Length; start++)
            {
                Add(counts, string.Concat("c|", padded.AsSpan(start, n)));
            }
        }
    }

    private static void Add(Dictionary<int, float> counts, string feature)
    {
        var bucket = Bucket(feature);
        counts[bucket] = counts.GetValueOrDefault(bucket) + 1;
    }

    private static ToneFeatures ToVector(Dictionary<int, float> counts)
    {
        var indices = counts.Keys.ToArray();
        Array.Sort(indices);
        var values = new float[indices.Length];
        double norm = 0;
        for (var k = 0; k < indices.Length; k++)
        {
            values[k] = 1 + MathF.Log(counts[indices[k]]);
            norm += values[k] * values[k];
        }

        var scale = norm > 0 ? (float)(1 / Math.Sqrt(norm)) : 0f;
        for (var k = 0; k < values.Length; k++)
        {
            values[k] *= scale;
        }

        return new ToneFeatures(indices, values);
    }

    private static string Fold(string word)
    {
        var builder = new StringBuilder(word.Length);
        foreach (var c in word)
        {
            var folded = char.IsDigit(c) ? '0' : c;
            if (builder.Length >= 2 && builder[^1] == folded && builder[^2] == folded)
            {
                continue;
            }

            builder.Append(folded);
        }

        return builder.ToString();
    }

    private static bool IsEmoji(string text, int index, out int length)
    {
        length = char.IsSurrogatePair(text, index) ? 2 : 1;
        var category = CharUnicodeInfo.GetUnicodeCategory(text, index);
        return category == UnicodeCategory.OtherSymbol;
    }

    [GeneratedRegex(@"\b(?:https?://|www\.)\S+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LinkPattern();

    [GeneratedRegex(@"(?<![\w@])@\w+|<user>", RegexOptions.CultureInvariant)]
    private static partial Regex MentionPattern();
}

/// <summary>A sparse feature vector: ascending bucket indices and their values.</summary>
/// <param name="Indices">Bucket indices, strictly ascending.</param>
/// <param name="Values">The value for each index.</param>
internal sealed record ToneFeatures(int[] Indices, float[] Values);

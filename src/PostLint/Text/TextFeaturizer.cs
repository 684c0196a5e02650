using System.Buffers;

namespace PostLint.Text;

/// <summary>
/// Turns a text into the sparse feature vector the tone classifier reads: word unigrams and bigrams,
/// character 3- to 5-grams inside words, and emoji, hashed with FNV-1a into <see cref="Dimension"/>
/// buckets, weighted by 1 + log(count) and scaled to unit length. Training
/// (<c>src/PostLint.Training</c>) and the engine call this same code, so a weight learned for a bucket
/// means the same thing in both. The hash is fixed (not <see cref="string.GetHashCode()"/>, which is
/// randomised per process); changing anything here invalidates the shipped model.
/// </summary>
internal static class TextFeaturizer
{
    /// <summary>Number of hash bits.</summary>
    public const int Bits = 18;

    /// <summary>Number of buckets (length of the feature vector).</summary>
    public const int Dimension = 1 << Bits;

    private const int MinCharGram = 3;
    private const int MaxCharGram = 5;

    /// <summary>Longest padded word whose character n-grams are built on the stack.</summary>
    private const int MaxStackWord = 64;

    /// <summary>Bits of a bucket index sorted per counting pass; two passes cover all <see cref="Bits"/>.</summary>
    private const int RadixBits = (Bits + 1) / 2;

    private static readonly Fnv WordFeature = Fnv.Of("w|");
    private static readonly Fnv BigramFeature = Fnv.Of("b|");
    private static readonly Fnv CharGramFeature = Fnv.Of("c|");
    private static readonly Fnv EmojiFeature = Fnv.Of("e|");

    /// <summary>The features of <paramref name="text"/>: bucket indices in ascending order and their values.</summary>
    /// <remarks>
    /// Each feature ("w|word", "b|word next", "c|gram", "e|emoji") is hashed as it is read rather than
    /// built as a string, and buckets are counted by sorting rather than in a dictionary: a post has
    /// hundreds of character n-grams, and a string and a dictionary entry for each were most of the cost.
    /// </remarks>
    public static TextFeatures Featurize(string text)
    {
        using var words = TextWords.Read(text);
        var maxCount = MaxFeatureCount(words);
        // The first half collects the buckets; the second is the sort's scratch space.
        var buckets = ArrayPool<int>.Shared.Rent(2 * maxCount);
        try
        {
            var count = 0;
            for (var i = 0; i < words.Count; i++)
            {
                var word = words[i];
                if (words.IsEmoji(i))
                {
                    buckets[count++] = EmojiFeature.Append(word).Bucket;
                    continue;
                }

                buckets[count++] = WordFeature.Append(word).Bucket;
                if (i + 1 < words.Count && !words.IsEmoji(i + 1))
                {
                    buckets[count++] = BigramFeature.Append(word).Append(' ').Append(words[i + 1]).Bucket;
                }

                count = AddCharGrams(buckets, count, word);
            }

            var sorted = buckets.AsSpan(0, count);
            SortBuckets(sorted, buckets.AsSpan(maxCount, count));
            return ToVector(sorted);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(buckets);
        }
    }

    /// <summary>
    /// The normalised words of <paramref name="text"/> (emoji as <c>e|</c> items): HTML entities decoded,
    /// links and @-mentions reduced to placeholders, lower-cased without diacritics, digits folded to 0,
    /// any character repeated three or more times cut to two ("sooooo" → "soo").
    /// </summary>
    public static IReadOnlyList<string> Words(string text)
    {
        using var words = TextWords.Read(text);
        var list = new List<string>(words.Count);
        for (var i = 0; i < words.Count; i++)
        {
            list.Add(words.IsEmoji(i) ? string.Concat("e|", words[i]) : words[i].ToString());
        }

        return list;
    }

    /// <summary>FNV-1a over the UTF-16 code units of <paramref name="feature"/>, folded into a bucket.</summary>
    public static int Bucket(string feature) => Fnv.Of(feature).Bucket;

    // An emoji has one feature; a word a unigram, a bigram and at most three character n-grams per character.
    private static int MaxFeatureCount(TextWords words)
    {
        var max = 0;
        for (var i = 0; i < words.Count; i++)
        {
            max += words.IsEmoji(i) ? 1 : 2 + (3 * words[i].Length);
        }

        return max;
    }

    // The 3- to 5-grams of "<word>": the hash of a 3-gram, extended by one character, is that of the 4-gram at the same start.
    private static int AddCharGrams(int[] buckets, int count, ReadOnlySpan<char> word)
    {
        Span<char> padded = word.Length + 2 <= MaxStackWord ? stackalloc char[word.Length + 2] : new char[word.Length + 2];
        padded[0] = '<';
        word.CopyTo(padded[1..]);
        padded[^1] = '>';
        for (var start = 0; start + MinCharGram <= padded.Length; start++)
        {
            var hash = CharGramFeature.Append(padded.Slice(start, MinCharGram - 1));
            for (var end = start + MinCharGram; end <= Math.Min(start + MaxCharGram, padded.Length); end++)
            {
                hash = hash.Append(padded[end - 1]);
                buckets[count++] = hash.Bucket;
            }
        }

        return count;
    }

    // Bucket indices are small (Bits bits), so two counting passes sort them: several times faster than a
    // comparison sort, which was the largest cost left once features were hashed without strings.
    private static void SortBuckets(Span<int> buckets, Span<int> scratch)
    {
        SortByDigit(buckets, scratch, 0);
        SortByDigit(scratch, buckets, RadixBits);
    }

    // A stable counting sort of 'from' into 'to' on the RadixBits bits above 'shift'.
    private static void SortByDigit(ReadOnlySpan<int> from, Span<int> to, int shift)
    {
        const int Mask = (1 << RadixBits) - 1;
        Span<int> next = stackalloc int[1 << RadixBits];
        foreach (var bucket in from)
        {
            next[(bucket >> shift) & Mask]++;
        }

        var position = 0;
        for (var digit = 0; digit < next.Length; digit++)
        {
            var count = next[digit];
            next[digit] = position;
            position += count;
        }

        foreach (var bucket in from)
        {
            to[next[(bucket >> shift) & Mask]++] = bucket;
        }
    }

    // 1 + log(count) per distinct bucket, in the buckets' ascending order, scaled to unit length.
    private static TextFeatures ToVector(ReadOnlySpan<int> buckets)
    {
        var distinct = 0;
        for (var k = 0; k < buckets.Length; k++)
        {
            if (k == 0 || buckets[k] != buckets[k - 1])
            {
                distinct++;
            }
        }

        var indices = new int[distinct];
        var values = new float[distinct];
        double norm = 0;
        var run = 0;
        for (var k = 0; k < distinct; k++)
        {
            var repeats = 1;
            while (run + repeats < buckets.Length && buckets[run + repeats] == buckets[run])
            {
                repeats++;
            }

            indices[k] = buckets[run];
            values[k] = 1 + MathF.Log(repeats);
            norm += values[k] * values[k];
            run += repeats;
        }

        var scale = norm > 0 ? (float)(1 / Math.Sqrt(norm)) : 0f;
        for (var k = 0; k < values.Length; k++)
        {
            values[k] *= scale;
        }

        return new TextFeatures(indices, values);
    }

    /// <summary>An FNV-1a hash being extended one UTF-16 code unit at a time, low byte then high byte.</summary>
    private readonly struct Fnv
    {
        private const uint Offset = 2166136261;
        private const uint Prime = 16777619;

        private readonly uint _hash;

        private Fnv(uint hash) => _hash = hash;

        /// <summary>The bucket of the text hashed so far.</summary>
        public int Bucket => (int)(_hash & (Dimension - 1));

        /// <summary>The hash of <paramref name="text"/>.</summary>
        public static Fnv Of(ReadOnlySpan<char> text) => new Fnv(Offset).Append(text);

        /// <summary>This hash extended by <paramref name="text"/>.</summary>
        public Fnv Append(ReadOnlySpan<char> text)
        {
            var hash = this;
            foreach (var c in text)
            {
                hash = hash.Append(c);
            }

            return hash;
        }

        /// <summary>This hash extended by <paramref name="c"/>.</summary>
        public Fnv Append(char c) => new((((_hash ^ (byte)c) * Prime) ^ (byte)(c >> 8)) * Prime);
    }
}

/// <summary>A sparse feature vector: ascending bucket indices and their values.</summary>
/// <param name="Indices">Bucket indices, strictly ascending.</param>
/// <param name="Values">The value for each index.</param>
internal sealed record TextFeatures(int[] Indices, float[] Values);

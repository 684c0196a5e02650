using System.Buffers.Binary;

namespace PostLint.Text;

/// <summary>
/// A character n-gram model that tells Dutch from English: the log-likelihood ratio log p(g|nl) − log p(g|en)
/// of every character 1- to 4-gram g (naive Bayes, trained offline by <c>src/PostLint.Training</c>), hashed
/// into 2^<see cref="Bits"/> buckets. A text's score is the sum over its n-grams: above zero it reads as
/// Dutch, below as English, and the size says how sure. Letters only, lower-cased, words separated by one
/// space; e-mail addresses, links and handles are left out, since they are names, not language.
/// File layout (little-endian): magic <c>PLLM</c>, int32 format version, int32 hash bits, int32 longest
/// n-gram, float32 bias, then 2^bits weights as IEEE half floats. Immutable and thread-safe.
/// </summary>
internal sealed class LanguageModel
{
    /// <summary>Hash bits: 65,536 buckets, 128 KiB of half floats.</summary>
    public const int Bits = 16;

    /// <summary>The longest n-gram.</summary>
    public const int MaxOrder = 4;

    private const int FormatVersion = 1;
    private const int Dimension = 1 << Bits;
    private static readonly byte[] Magic = "PLLM"u8.ToArray();

    // A model built in memory (training) keeps its weights; one read from its file reads them where the file lies.
    private readonly float[]? _weights;
    private readonly ModelBytes? _packed;
    private readonly int _packedAt;

    private LanguageModel(ModelBytes packed, int packedAt, float bias)
    {
        _packed = packed;
        _packedAt = packedAt;
        Bias = bias;
    }

    /// <summary>Creates a model from one weight per bucket.</summary>
    public LanguageModel(float[] weights, float bias)
    {
        if (weights.Length != Dimension)
        {
            throw new ArgumentException($"Expected {Dimension} weights, got {weights.Length}.", nameof(weights));
        }

        _weights = weights;
        Bias = bias;
    }

    /// <summary>The log prior ratio of Dutch to English.</summary>
    public float Bias { get; }

    /// <summary>How strongly <paramref name="text"/> reads as Dutch (positive) or English (negative); 0 when it has no letters.</summary>
    public double Score(ReadOnlySpan<char> text)
    {
        var sum = 0.0;
        var grams = 0;
        ForEachBucket(text, bucket =>
        {
            sum += Weight(bucket);
            grams++;
        });
        return grams == 0 ? 0 : sum + Bias;
    }

    /// <summary>
    /// Calls <paramref name="visit"/> with the bucket of every n-gram of the normalised text, in order:
    /// the same features at training and at run time.
    /// </summary>
    public static void ForEachBucket(ReadOnlySpan<char> text, Action<int> visit)
    {
        Span<char> window = stackalloc char[MaxOrder];
        var filled = 0;
        var pendingSpace = true;
        var wordStart = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && !char.IsWhiteSpace(text[i]))
            {
                continue;
            }

            var word = text[wordStart..i];
            wordStart = i + 1;
            if (word.IsEmpty || IsName(word))
            {
                continue;
            }

            foreach (var raw in word)
            {
                if (!char.IsLetter(raw))
                {
                    pendingSpace = true;
                    continue;
                }

                if (pendingSpace)
                {
                    Push(window, ref filled, ' ', visit);
                    pendingSpace = false;
                }

                Push(window, ref filled, char.ToLowerInvariant(raw), visit);
            }

            pendingSpace = true;
        }

        if (filled > 0)
        {
            Push(window, ref filled, ' ', visit);
        }
    }

    private float Weight(int bucket) =>
        _weights?[bucket] ?? (float)BinaryPrimitives.ReadHalfLittleEndian(_packed!.Span[(_packedAt + (2 * bucket))..]);

    /// <summary>Reads a model written by <see cref="Write"/>.</summary>
    /// <exception cref="InvalidDataException">The stream is not a language model of this format.</exception>
    public static LanguageModel Read(Stream stream) => Read(ModelBytes.Copy(stream));

    /// <summary>Reads a model written by <see cref="Write"/> from its bytes, which it keeps and scores from.</summary>
    /// <exception cref="InvalidDataException">The bytes are not a language model of this format.</exception>
    public static LanguageModel Read(ModelBytes bytes)
    {
        var header = bytes.Span;
        const int HeaderLength = 4 + (3 * sizeof(int)) + sizeof(float);
        if (header.Length < HeaderLength || !header[..Magic.Length].SequenceEqual(Magic)
            || BinaryPrimitives.ReadInt32LittleEndian(header[4..]) != FormatVersion
            || BinaryPrimitives.ReadInt32LittleEndian(header[8..]) != Bits || BinaryPrimitives.ReadInt32LittleEndian(header[12..]) != MaxOrder)
        {
            throw new InvalidDataException($"Not a PostLint language model (format {FormatVersion}, {Bits} bits, n-grams up to {MaxOrder}).");
        }

        if (header.Length - HeaderLength < Dimension * 2)
        {
            throw new InvalidDataException("The language model is truncated.");
        }

        return new LanguageModel(bytes, HeaderLength, BinaryPrimitives.ReadSingleLittleEndian(header[16..]));
    }

    /// <summary>Writes the model, its weights rounded to half precision.</summary>
    public void Write(Stream stream)
    {
        using var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(FormatVersion);
        writer.Write(Bits);
        writer.Write(MaxOrder);
        writer.Write(Bias);
        Span<byte> half = stackalloc byte[2];
        for (var bucket = 0; bucket < Dimension; bucket++)
        {
            BinaryPrimitives.WriteHalfLittleEndian(half, (Half)Weight(bucket));
            writer.Write(half);
        }
    }

    // E-mail addresses, links and handles spell names, not sentences.
    private static bool IsName(ReadOnlySpan<char> word) =>
        word.Contains('@') || word.Contains("://", StringComparison.Ordinal) || word.StartsWith("www.", StringComparison.OrdinalIgnoreCase);

    // Adds a character to the sliding window and reports the n-grams (n = 1..MaxOrder) that end at it;
    // a lone space is no n-gram.
    private static void Push(Span<char> window, ref int filled, char c, Action<int> visit)
    {
        if (filled == MaxOrder)
        {
            window[1..].CopyTo(window);
            filled--;
        }

        window[filled++] = c;
        for (var n = 1; n <= filled; n++)
        {
            var gram = window[(filled - n)..filled];
            if (n == 1 && c == ' ')
            {
                continue;
            }

            visit(Hash(gram));
        }
    }

    // FNV-1a over the UTF-16 code units, low byte then high byte, folded into the buckets.
    private static int Hash(ReadOnlySpan<char> gram)
    {
        var hash = 2166136261u;
        foreach (var c in gram)
        {
            hash = ((hash ^ (byte)c) * 16777619u ^ (byte)(c >> 8)) * 16777619u;
        }

        return (int)(hash & (Dimension - 1));
    }
}

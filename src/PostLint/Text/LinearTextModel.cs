using System.Buffers.Binary;

namespace PostLint.Text;

/// <summary>
/// The exported weights of a linear text classifier (tone, health claims): p = sigmoid(w · x + b) over the vector
/// from <see cref="TextFeaturizer"/>. Only non-zero weights are stored. File layout (little-endian):
/// a four-letter magic naming the model (<c>PLTM</c> tone, <c>PLCM</c> claims), so one model's file is never read as
/// another's, int32 format version, int32 hash bits, float32 bias, float32 decision threshold,
/// int32 count, then count bucket indices as LEB128 varints of the gap to the previous index, then count
/// weights as IEEE half floats. Half precision keeps the file small; the test against the training-time
/// scores bounds what it costs. A model read from its file scores straight from those bytes: a bit per bucket says
/// which have a weight, and the count of set bits before a bucket where its weight lies.
/// </summary>
internal sealed class LinearTextModel
{
    private const int FormatVersion = 1;

    // A model built in memory (training) keeps its dense weights; one read from its file keeps the others.
    private readonly float[]? _weights;
    private readonly ModelBytes? _packed;
    private readonly int _packedAt;
    private readonly ulong[] _present = [];
    private readonly int[] _presentBefore = [];

    /// <summary>Creates a model of kind <paramref name="magic"/> from a dense weight vector of length <see cref="TextFeaturizer.Dimension"/>.</summary>
    public LinearTextModel(string magic, float[] weights, float bias, float threshold)
    {
        if (magic.Length != 4 || !System.Text.Ascii.IsValid(magic))
        {
            throw new ArgumentException($"A model's magic is four ASCII letters, not '{magic}'.", nameof(magic));
        }

        if (weights.Length != TextFeaturizer.Dimension)
        {
            throw new ArgumentException($"Expected {TextFeaturizer.Dimension} weights, got {weights.Length}.", nameof(weights));
        }

        Magic = magic;
        _weights = weights;
        Bias = bias;
        Threshold = threshold;
    }

    /// <summary>The four letters that open the model's file and name its kind.</summary>
    public string Magic { get; }

    /// <summary>The intercept.</summary>
    public float Bias { get; }

    /// <summary>Probability from which a text counts as positive (chosen at training time, recorded in the model card).</summary>
    public float Threshold { get; }

    private LinearTextModel(string magic, float bias, float threshold, ModelBytes packed, int packedAt, ulong[] present)
    {
        Magic = magic;
        Bias = bias;
        Threshold = threshold;
        _packed = packed;
        _packedAt = packedAt;
        _present = present;
        _presentBefore = new int[present.Length];
        for (var w = 1; w < present.Length; w++)
        {
            _presentBefore[w] = _presentBefore[w - 1] + System.Numerics.BitOperations.PopCount(present[w - 1]);
        }
    }

    /// <summary>Number of non-zero weights.</summary>
    public int NonZeroCount => _weights?.Count(w => w != 0) ?? _present.Sum(System.Numerics.BitOperations.PopCount);

    /// <summary>The probability that <paramref name="features"/> belong to the positive class.</summary>
    public float Score(TextFeatures features) => (float)(1 / (1 + Math.Exp(-(Bias + Margin(features)))));

    /// <summary>The weighted sum w · x without the bias: how much these features push towards the positive class.</summary>
    public double Margin(TextFeatures features)
    {
        var sum = 0.0;
        if (_weights is { } weights)
        {
            for (var k = 0; k < features.Indices.Length; k++)
            {
                sum += weights[features.Indices[k]] * features.Values[k];
            }

            return sum;
        }

        // A bucket without a weight would add zero.
        var packed = _packed!.Span[_packedAt..];
        for (var k = 0; k < features.Indices.Length; k++)
        {
            if (StoredAt(features.Indices[k]) is var at and >= 0)
            {
                sum += (float)BinaryPrimitives.ReadHalfLittleEndian(packed[(2 * at)..]) * features.Values[k];
            }
        }

        return sum;
    }

    // Where the weight of bucket index lies among the stored ones, or -1 when it has none.
    private int StoredAt(int index)
    {
        var word = _present[index >> 6];
        var bit = 1UL << index;
        return (word & bit) == 0 ? -1 : _presentBefore[index >> 6] + System.Numerics.BitOperations.PopCount(word & (bit - 1));
    }

    private float Weight(int index) =>
        _weights is { } weights ? weights[index]
        : StoredAt(index) is var at and >= 0 ? (float)BinaryPrimitives.ReadHalfLittleEndian(_packed!.Span[(_packedAt + (2 * at))..])
        : 0;

    /// <summary>Reads the model of kind <paramref name="magic"/> shipped in the PostLint assembly at <c>rules/</c><paramref name="path"/>, using its weights where the assembly holds them.</summary>
    public static LinearTextModel ReadEmbedded(string path, string magic) =>
        Read(ModelBytes.OfResource(typeof(LinearTextModel).Assembly, "rules/" + path)
            ?? throw new FileNotFoundException($"Embedded model 'rules/{path}' is missing from the PostLint assembly."), magic);

    /// <summary>Reads a model of kind <paramref name="magic"/> written by <see cref="Write"/>.</summary>
    /// <exception cref="InvalidDataException">The stream is not a model of this kind, format and hash size.</exception>
    public static LinearTextModel Read(Stream stream, string magic) => Read(ModelBytes.Copy(stream), magic);

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static LinearTextModel Read(ModelBytes bytes, string magic)
    {
        var reader = new Entities.ModelReader(bytes);
        if (!reader.Take(magic.Length).SequenceEqual(System.Text.Encoding.ASCII.GetBytes(magic)) || reader.ReadInt32() != FormatVersion)
        {
            throw new InvalidDataException($"Not a PostLint {magic} model (format {FormatVersion}).");
        }

        if (reader.ReadInt32() != TextFeaturizer.Bits)
        {
            throw new InvalidDataException($"The {magic} model was trained for another hash size than {TextFeaturizer.Bits} bits.");
        }

        var bias = reader.ReadSingle();
        var threshold = reader.ReadSingle();
        var count = reader.ReadInt32();
        if (count is < 0 or > TextFeaturizer.Dimension)
        {
            throw new InvalidDataException($"The {magic} model has {count} weights.");
        }

        var present = new ulong[TextFeaturizer.Dimension / 64];
        var index = 0;
        for (var k = 0; k < count; k++)
        {
            var gap = reader.ReadVarint();
            index += gap;
            if ((k > 0 && gap == 0) || index >= TextFeaturizer.Dimension)
            {
                throw new InvalidDataException($"The {magic} model's bucket indices are out of order or range.");
            }

            present[index >> 6] |= 1UL << index;
        }

        var packedAt = reader.Position;
        reader.Take(2 * count);
        return new LinearTextModel(magic, bias, threshold, bytes, packedAt, present);
    }

    /// <summary>Writes the model; weights are rounded to half precision and zeros after rounding are dropped.</summary>
    public void Write(Stream stream)
    {
        var kept = Enumerable.Range(0, TextFeaturizer.Dimension).Where(i => (float)(Half)Weight(i) != 0).ToArray();
        using var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        writer.Write(System.Text.Encoding.ASCII.GetBytes(Magic));
        writer.Write(FormatVersion);
        writer.Write(TextFeaturizer.Bits);
        writer.Write(Bias);
        writer.Write(Threshold);
        writer.Write(kept.Length);
        var previous = 0;
        foreach (var index in kept)
        {
            writer.Write7BitEncodedInt(index - previous);
            previous = index;
        }

        Span<byte> half = stackalloc byte[2];
        foreach (var index in kept)
        {
            BinaryPrimitives.WriteHalfLittleEndian(half, (Half)Weight(index));
            writer.Write(half);
        }
    }
}

using System.Buffers.Binary;

namespace PostLint.Text;

/// <summary>
/// The exported weights of a linear text classifier (tone, health claims): p = sigmoid(w · x + b) over the vector
/// from <see cref="TextFeaturizer"/>. Only non-zero weights are stored. File layout (little-endian):
/// a four-letter magic naming the model (<c>PLTM</c> tone, <c>PLCM</c> claims), so one model's file is never read as
/// another's, int32 format version, int32 hash bits, float32 bias, float32 decision threshold,
/// int32 count, then count bucket indices as LEB128 varints of the gap to the previous index, then count
/// weights as IEEE half floats. Half precision keeps the file small; the test against the training-time
/// scores bounds what it costs.
/// </summary>
internal sealed class LinearTextModel
{
    private const int FormatVersion = 1;

    private readonly float[] _weights;

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

    /// <summary>Number of non-zero weights.</summary>
    public int NonZeroCount => _weights.Count(w => w != 0);

    /// <summary>The probability that <paramref name="features"/> belong to the positive class.</summary>
    public float Score(TextFeatures features) => (float)(1 / (1 + Math.Exp(-(Bias + Margin(features)))));

    /// <summary>The weighted sum w · x without the bias: how much these features push towards the positive class.</summary>
    public double Margin(TextFeatures features)
    {
        var sum = 0.0;
        for (var k = 0; k < features.Indices.Length; k++)
        {
            sum += _weights[features.Indices[k]] * features.Values[k];
        }

        return sum;
    }

    /// <summary>Reads the model of kind <paramref name="magic"/> shipped in the PostLint assembly at <c>rules/</c><paramref name="path"/>.</summary>
    public static LinearTextModel ReadEmbedded(string path, string magic)
    {
        using var stream = typeof(LinearTextModel).Assembly.GetManifestResourceStream("rules/" + path)
            ?? throw new FileNotFoundException($"Embedded model 'rules/{path}' is missing from the PostLint assembly.");
        return Read(stream, magic);
    }

    /// <summary>Reads a model of kind <paramref name="magic"/> written by <see cref="Write"/>.</summary>
    /// <exception cref="InvalidDataException">The stream is not a model of this kind, format and hash size.</exception>
    public static LinearTextModel Read(Stream stream, string magic)
    {
        using var reader = new BinaryReader(stream);
        if (!reader.ReadBytes(magic.Length).AsSpan().SequenceEqual(System.Text.Encoding.ASCII.GetBytes(magic)) || reader.ReadInt32() != FormatVersion)
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
        var indices = new int[count];
        var previous = 0;
        for (var k = 0; k < count; k++)
        {
            previous += (int)reader.Read7BitEncodedInt();
            indices[k] = previous;
        }

        var weights = new float[TextFeaturizer.Dimension];
        Span<byte> half = stackalloc byte[2];
        for (var k = 0; k < count; k++)
        {
            reader.BaseStream.ReadExactly(half);
            weights[indices[k]] = (float)BinaryPrimitives.ReadHalfLittleEndian(half);
        }

        return new LinearTextModel(magic, weights, bias, threshold);
    }

    /// <summary>Writes the model; weights are rounded to half precision and zeros after rounding are dropped.</summary>
    public void Write(Stream stream)
    {
        var kept = Enumerable.Range(0, _weights.Length).Where(i => (float)(Half)_weights[i] != 0).ToArray();
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
            BinaryPrimitives.WriteHalfLittleEndian(half, (Half)_weights[index]);
            writer.Write(half);
        }
    }
}

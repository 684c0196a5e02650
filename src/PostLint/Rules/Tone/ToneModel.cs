using System.Buffers.Binary;

namespace PostLint.Rules.Tone;

/// <summary>
/// The exported weights of the linear tone classifier: p(toxic) = sigmoid(w · x + b) over the vector
/// from <see cref="ToneFeaturizer"/>. Only non-zero weights are stored. File layout (little-endian):
/// magic <c>PLTM</c>, int32 format version, int32 hash bits, float32 bias, float32 decision threshold,
/// int32 count, then count bucket indices as LEB128 varints of the gap to the previous index, then count
/// weights as IEEE half floats. Half precision keeps the file small; the test against the training-time
/// scores bounds what it costs.
/// </summary>
internal sealed class ToneModel
{
    private const int FormatVersion = 1;
    private static readonly byte[] Magic = "PLTM"u8.ToArray();

    private readonly float[] _weights;

    /// <summary>Creates a model from a dense weight vector of length <see cref="ToneFeaturizer.Dimension"/>.</summary>
    public ToneModel(float[] weights, float bias, float threshold)
    {
        if (weights.Length != ToneFeaturizer.Dimension)
        {
            throw new ArgumentException($"Expected {ToneFeaturizer.Dimension} weights, got {weights.Length}.", nameof(weights));
        }

        _weights = weights;
        Bias = bias;
        Threshold = threshold;
    }

    /// <summary>The intercept.</summary>
    public float Bias { get; }

    /// <summary>Probability from which a post counts as toxic (chosen at training time, recorded in the model card).</summary>
    public float Threshold { get; }

    /// <summary>Number of non-zero weights.</summary>
    public int NonZeroCount => _weights.Count(w => w != 0);

    /// <summary>The probability that <paramref name="features"/> are toxic.</summary>
    public float Score(ToneFeatures features) => (float)(1 / (1 + Math.Exp(-(Bias + Margin(features)))));

    /// <summary>The weighted sum w · x without the bias: how much these features push towards toxic.</summary>
    public double Margin(ToneFeatures features)
    {
        var sum = 0.0;
        for (var k = 0; k < features.Indices.Length; k++)
        {
            sum += _weights[features.Indices[k]] * features.Values[k];
        }

        return sum;
    }

    /// <summary>Reads a model written by <see cref="Write"/>.</summary>
    /// <exception cref="InvalidDataException">The stream is not a tone model of this format and hash size.</exception>
    public static ToneModel Read(Stream stream)
    {
        using var reader = new BinaryReader(stream);
        if (!reader.ReadBytes(Magic.Length).AsSpan().SequenceEqual(Magic) || reader.ReadInt32() != FormatVersion)
        {
            throw new InvalidDataException("Not a PostLint tone model (format 1).");
        }

        if (reader.ReadInt32() != ToneFeaturizer.Bits)
        {
            throw new InvalidDataException($"The tone model was trained for another hash size than {ToneFeaturizer.Bits} bits.");
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

        var weights = new float[ToneFeaturizer.Dimension];
        Span<byte> half = stackalloc byte[2];
        for (var k = 0; k < count; k++)
        {
            reader.BaseStream.ReadExactly(half);
            weights[indices[k]] = (float)BinaryPrimitives.ReadHalfLittleEndian(half);
        }

        return new ToneModel(weights, bias, threshold);
    }

    /// <summary>Writes the model; weights are rounded to half precision and zeros after rounding are dropped.</summary>
    public void Write(Stream stream)
    {
        var kept = Enumerable.Range(0, _weights.Length).Where(i => (float)(Half)_weights[i] != 0).ToArray();
        using var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(FormatVersion);
        writer.Write(ToneFeaturizer.Bits);
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

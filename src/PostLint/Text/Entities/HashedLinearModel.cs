using System.Buffers.Binary;

namespace PostLint.Text.Entities;

/// <summary>
/// A multiclass linear model over hashed binary features: the score of class c is bias[c] + the sum of w[f, c] over the
/// feature buckets f present. Only buckets with a non-zero weight are kept, sorted, each with the weights of its
/// classes. On disk (little-endian): int32 hash bits, int32 class count, the class labels, float32 biases, int32
/// bucket count, the buckets as LEB128 gaps, then per bucket a uint16 mask of the classes with a weight and those
/// weights as IEEE half floats. Half precision keeps the file small; the check file bounds what it costs. A model read
/// from its file scores straight from those bytes, so reading it allocates no weights.
/// </summary>
internal sealed class HashedLinearModel
{
    // Rows in bucket order. A row's Weights is where its weights start: in _dense for a model built in memory (row
    // times the class count), or, in a model read from its file, the offset in _packed of its class mask.
    private readonly Row[] _rows;
    private readonly float[]? _dense;
    private readonly ModelBytes? _packed;

    // The rows whose buckets share their high bits are found by one lookup here (the first row of each such range, and
    // one past the last), then at most a few compares: a binary search over all rows took seventeen steps per feature
    // and made tagging the engine's costliest step. Buckets are hashes, so the rows spread evenly over the ranges.
    private readonly int[] _rangeStarts;
    private readonly int _rangeShift;

    /// <summary>Creates a model from buckets in ascending order and, per bucket, one weight per class.</summary>
    public HashedLinearModel(int bits, IReadOnlyList<string> labels, float[] biases, int[] buckets, float[] weights)
        : this(bits, labels, biases, RowsOf(buckets, labels.Count), weights, null)
    {
        if (weights.Length != buckets.Length * labels.Count)
        {
            throw new ArgumentException("Expected one weight per class per bucket.", nameof(weights));
        }
    }

    private HashedLinearModel(int bits, IReadOnlyList<string> labels, float[] biases, Row[] rows, float[]? dense, ModelBytes? packed)
    {
        if (labels.Count is 0 or > 16 || biases.Length != labels.Count)
        {
            throw new ArgumentException("Expected 1 to 16 classes and one bias per class.", nameof(biases));
        }

        Bits = bits;
        Labels = labels;
        Biases = biases;
        _rows = rows;
        _dense = dense;
        _packed = packed;
        var rangeBits = Math.Clamp(System.Numerics.BitOperations.Log2((uint)Math.Max(1, rows.Length)) - 1, 0, bits);
        _rangeShift = bits - rangeBits;
        _rangeStarts = RangeStarts(rows, bits, _rangeShift);
    }

    /// <summary>Number of hash bits of the features.</summary>
    public int Bits { get; }

    /// <summary>The class labels, in score order.</summary>
    public IReadOnlyList<string> Labels { get; }

    /// <summary>The intercept of each class.</summary>
    public float[] Biases { get; }

    /// <summary>Number of buckets with a weight.</summary>
    public int BucketCount => _rows.Length;

    /// <summary>Adds the scores of <paramref name="features"/> (bucket indices, repeats count twice) to <paramref name="scores"/>, which starts at the biases.</summary>
    public void Score(ReadOnlySpan<int> features, Span<float> scores)
    {
        Biases.CopyTo(scores);
        var classes = Labels.Count;
        if (_dense is { } dense)
        {
            foreach (var feature in features)
            {
                var row = RowOf(feature);
                if (row >= 0)
                {
                    var weights = dense.AsSpan(_rows[row].Weights, classes);
                    for (var c = 0; c < classes; c++)
                    {
                        scores[c] += weights[c];
                    }
                }
            }

            return;
        }

        // A class without a weight in the row would add zero: only those with one are stored, in class order.
        var packed = _packed!.Span;
        var classMask = (1 << classes) - 1;
        foreach (var feature in features)
        {
            var row = RowOf(feature);
            if (row < 0)
            {
                continue;
            }

            var at = _rows[row].Weights;
            var mask = BinaryPrimitives.ReadUInt16LittleEndian(packed[at..]) & classMask;
            for (at += sizeof(ushort); mask != 0; mask &= mask - 1, at += 2)
            {
                scores[System.Numerics.BitOperations.TrailingZeroCount(mask)] += (float)BinaryPrimitives.ReadHalfLittleEndian(packed[at..]);
            }
        }
    }

    private int RowOf(int bucket)
    {
        var range = (uint)bucket >> _rangeShift;
        if (range >= (uint)(_rangeStarts.Length - 1))
        {
            return -1;
        }

        for (var row = _rangeStarts[range]; row < _rangeStarts[range + 1]; row++)
        {
            if (_rows[row].Bucket == bucket)
            {
                return row;
            }
        }

        return -1;
    }

    // The weight of class c in a row, zero when the row has none for it.
    private float Weight(int row, int c)
    {
        if (_dense is { } dense)
        {
            return dense[_rows[row].Weights + c];
        }

        var packed = _packed!.Span;
        var at = _rows[row].Weights;
        var mask = BinaryPrimitives.ReadUInt16LittleEndian(packed[at..]);
        return (mask & (1 << c)) == 0
            ? 0
            : (float)BinaryPrimitives.ReadHalfLittleEndian(packed[(at + sizeof(ushort) + (2 * System.Numerics.BitOperations.PopCount((uint)mask & ((1u << c) - 1))))..]);
    }

    private static Row[] RowsOf(int[] buckets, int classes)
    {
        var rows = new Row[buckets.Length];
        for (var r = 0; r < rows.Length; r++)
        {
            rows[r] = new Row(buckets[r], r * classes);
        }

        return rows;
    }

    // Loading runs once per process, so its loops would otherwise run as unoptimised first-tier code.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static int[] RangeStarts(Row[] rows, int bits, int shift)
    {
        var starts = new int[(1 << (bits - shift)) + 1];
        var next = 0;
        for (var row = 0; row < rows.Length; row++)
        {
            var bucket = rows[row].Bucket;
            if (bucket < 0 || bucket >= 1 << bits || (row > 0 && bucket <= rows[row - 1].Bucket))
            {
                throw new ArgumentException($"Buckets must ascend within 0 to 2^{bits}; row {row} has {bucket}.", nameof(rows));
            }

            for (var range = bucket >> shift; next <= range; next++)
            {
                starts[next] = row;
            }
        }

        starts.AsSpan(next).Fill(rows.Length);
        return starts;
    }

    /// <summary>Turns scores into probabilities in place (softmax).</summary>
    public static void Softmax(Span<float> scores)
    {
        var max = float.MinValue;
        foreach (var s in scores)
        {
            max = Math.Max(max, s);
        }

        var sum = 0f;
        for (var c = 0; c < scores.Length; c++)
        {
            scores[c] = MathF.Exp(scores[c] - max);
            sum += scores[c];
        }

        for (var c = 0; c < scores.Length; c++)
        {
            scores[c] /= sum;
        }
    }

    /// <summary>Writes the model; weights are rounded to half precision and buckets whose weights all round to zero are dropped.</summary>
    public void Write(BinaryWriter writer)
    {
        var classes = Labels.Count;
        var kept = Enumerable.Range(0, _rows.Length)
            .Where(r => Enumerable.Range(0, classes).Any(c => (float)(Half)Weight(r, c) != 0))
            .ToArray();
        writer.Write(Bits);
        writer.Write(classes);
        foreach (var label in Labels)
        {
            writer.Write(label);
        }

        foreach (var bias in Biases)
        {
            writer.Write(bias);
        }

        writer.Write(kept.Length);
        var previous = 0;
        foreach (var row in kept)
        {
            writer.Write7BitEncodedInt(_rows[row].Bucket - previous);
            previous = _rows[row].Bucket;
        }

        Span<byte> half = stackalloc byte[2];
        foreach (var row in kept)
        {
            ushort mask = 0;
            for (var c = 0; c < classes; c++)
            {
                if ((float)(Half)Weight(row, c) != 0)
                {
                    mask |= (ushort)(1 << c);
                }
            }

            writer.Write(mask);
            for (var c = 0; c < classes; c++)
            {
                if ((mask & (1 << c)) != 0)
                {
                    BinaryPrimitives.WriteHalfLittleEndian(half, (Half)Weight(row, c));
                    writer.Write(half);
                }
            }
        }
    }

    /// <summary>Reads what <see cref="Write"/> wrote; the weights stay in the reader's bytes.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static HashedLinearModel Read(ModelReader reader)
    {
        var bits = reader.ReadInt32();
        var classes = reader.ReadInt32();
        if (bits is < 8 or > 30 || classes is < 1 or > 16)
        {
            throw new InvalidDataException($"Not a hashed linear model ({bits} bits, {classes} classes).");
        }

        var labels = Enumerable.Range(0, classes).Select(_ => reader.ReadString()).ToArray();
        var biases = Enumerable.Range(0, classes).Select(_ => reader.ReadSingle()).ToArray();
        var count = reader.ReadInt32();
        if (count is < 0 or > 1 << 30)
        {
            throw new InvalidDataException($"Not a hashed linear model ({count} buckets).");
        }

        var rows = new Row[count];
        var previous = 0;
        for (var r = 0; r < count; r++)
        {
            previous += reader.ReadVarint();
            rows[r].Bucket = previous;
        }

        var classMask = (1 << classes) - 1;
        for (var r = 0; r < count; r++)
        {
            rows[r].Weights = reader.Position;
            var mask = reader.ReadUInt16() & classMask;
            reader.Take(2 * System.Numerics.BitOperations.PopCount((uint)mask));
        }

        try
        {
            return new HashedLinearModel(bits, labels, biases, rows, null, reader.Bytes);
        }
        catch (ArgumentException e)
        {
            throw new InvalidDataException("The hashed linear model's buckets are out of order or range.", e);
        }
    }

    private record struct Row(int Bucket, int Weights);
}

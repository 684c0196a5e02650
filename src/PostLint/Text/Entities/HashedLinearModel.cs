using System.Buffers.Binary;

namespace PostLint.Text.Entities;

/// <summary>
/// A multiclass linear model over hashed binary features: the score of class c is bias[c] + the sum of w[f, c] over the
/// feature buckets f present. Only buckets with a non-zero weight are kept, sorted, each with the weights of its
/// classes; a lookup is a binary search. On disk (little-endian): int32 hash bits, int32 class count, the class labels,
/// float32 biases, int32 bucket count, the buckets as LEB128 gaps, then per bucket a uint16 mask of the classes
/// with a weight and those weights as IEEE half floats. Half precision keeps the file small; the check file bounds
/// what it costs.
/// </summary>
internal sealed class HashedLinearModel
{
    private readonly int[] _buckets;
    private readonly float[] _weights;

    // Open addressing from bucket to row, at most half full: a lookup is one or two probes, where a binary search
    // over the sorted buckets took seventeen and made tagging the engine's costliest step. Each slot holds its bucket
    // beside the row, so a probe reads one place in memory rather than the slot and then the bucket array.
    private readonly Slot[] _slots;

    /// <summary>Creates a model from buckets in ascending order and, per bucket, one weight per class.</summary>
    public HashedLinearModel(int bits, IReadOnlyList<string> labels, float[] biases, int[] buckets, float[] weights)
    {
        if (labels.Count is 0 or > 16 || biases.Length != labels.Count || weights.Length != buckets.Length * labels.Count)
        {
            throw new ArgumentException("Expected 1 to 16 classes, one bias per class and one weight per class per bucket.", nameof(weights));
        }

        Bits = bits;
        Labels = labels;
        Biases = biases;
        _buckets = buckets;
        _weights = weights;
        _slots = new Slot[Math.Max(2, (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)(2 * buckets.Length)))];
        FillSlots();
    }

    /// <summary>Number of hash bits of the features.</summary>
    public int Bits { get; }

    /// <summary>The class labels, in score order.</summary>
    public IReadOnlyList<string> Labels { get; }

    /// <summary>The intercept of each class.</summary>
    public float[] Biases { get; }

    /// <summary>Number of buckets with a weight.</summary>
    public int BucketCount => _buckets.Length;

    /// <summary>Adds the scores of <paramref name="features"/> (bucket indices, repeats count twice) to <paramref name="scores"/>, which starts at the biases.</summary>
    public void Score(ReadOnlySpan<int> features, Span<float> scores)
    {
        Biases.CopyTo(scores);
        var classes = Labels.Count;
        foreach (var feature in features)
        {
            var row = RowOf(feature);
            if (row < 0)
            {
                continue;
            }

            var weights = _weights.AsSpan(row * classes, classes);
            for (var c = 0; c < classes; c++)
            {
                scores[c] += weights[c];
            }
        }
    }

    // Loading runs once per process, so its loops would otherwise run as unoptimised first-tier code.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private void FillSlots()
    {
        for (var row = 0; row < _buckets.Length; row++)
        {
            var slot = SlotOf(_buckets[row]);
            while (_slots[slot].RowPlusOne != 0)
            {
                slot = (slot + 1) & (_slots.Length - 1);
            }

            _slots[slot] = new Slot(_buckets[row], row + 1);
        }
    }

    private int RowOf(int bucket)
    {
        for (var slot = SlotOf(bucket); _slots[slot].RowPlusOne != 0; slot = (slot + 1) & (_slots.Length - 1))
        {
            if (_slots[slot].Bucket == bucket)
            {
                return _slots[slot].RowPlusOne - 1;
            }
        }

        return -1;
    }

    // Buckets are already hashes, but their low bits alone would cluster rows of a small table: mix before masking.
    private int SlotOf(int bucket) => (int)(((uint)bucket * 2654435769u) >> (32 - System.Numerics.BitOperations.Log2((uint)_slots.Length))) & (_slots.Length - 1);

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
        var kept = Enumerable.Range(0, _buckets.Length)
            .Where(r => Enumerable.Range(0, classes).Any(c => (float)(Half)_weights[(r * classes) + c] != 0))
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
            writer.Write7BitEncodedInt(_buckets[row] - previous);
            previous = _buckets[row];
        }

        Span<byte> half = stackalloc byte[2];
        foreach (var row in kept)
        {
            ushort mask = 0;
            for (var c = 0; c < classes; c++)
            {
                if ((float)(Half)_weights[(row * classes) + c] != 0)
                {
                    mask |= (ushort)(1 << c);
                }
            }

            writer.Write(mask);
            for (var c = 0; c < classes; c++)
            {
                if ((mask & (1 << c)) != 0)
                {
                    BinaryPrimitives.WriteHalfLittleEndian(half, (Half)_weights[(row * classes) + c]);
                    writer.Write(half);
                }
            }
        }
    }

    /// <summary>Reads what <see cref="Write"/> wrote.</summary>
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
        var buckets = new int[count];
        var previous = 0;
        for (var r = 0; r < count; r++)
        {
            previous += reader.ReadVarint();
            buckets[r] = previous;
        }

        var weights = new float[count * classes];
        for (var r = 0; r < count; r++)
        {
            var mask = reader.ReadUInt16();
            for (var c = 0; c < classes; c++)
            {
                if ((mask & (1 << c)) != 0)
                {
                    weights[(r * classes) + c] = (float)reader.ReadHalf();
                }
            }
        }

        return new HashedLinearModel(bits, labels, biases, buckets, weights);
    }

    // RowPlusOne is 0 for an empty slot.
    private readonly record struct Slot(int Bucket, int RowPlusOne);
}

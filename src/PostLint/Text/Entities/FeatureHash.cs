namespace PostLint.Text.Entities;

/// <summary>
/// FNV-1a over UTF-16 code units, extended a piece at a time so that a feature ("w=", word) is hashed without
/// building its string. Fixed, unlike <see cref="string.GetHashCode()"/>, because training and the engine must
/// agree on every bucket; changing it invalidates <c>entity-model.bin</c>.
/// </summary>
internal readonly struct FeatureHash
{
    private const uint Offset = 2166136261;
    private const uint Prime = 16777619;

    private FeatureHash(uint value) => Value = value;

    /// <summary>The full 32-bit hash.</summary>
    public uint Value { get; }

    /// <summary>The hash of <paramref name="text"/>.</summary>
    public static FeatureHash Of(ReadOnlySpan<char> text) => new FeatureHash(Offset).Append(text);

    /// <summary>This hash extended by <paramref name="text"/>.</summary>
    public FeatureHash Append(ReadOnlySpan<char> text)
    {
        var hash = Value;
        foreach (var c in text)
        {
            hash = (((hash ^ (byte)c) * Prime) ^ (byte)(c >> 8)) * Prime;
        }

        return new FeatureHash(hash);
    }

    /// <summary>This hash extended by one character.</summary>
    public FeatureHash Append(char c) => new((((Value ^ (byte)c) * Prime) ^ (byte)(c >> 8)) * Prime);

    /// <summary>The bucket of this hash in a table of 2^<paramref name="bits"/> buckets.</summary>
    public int Bucket(int bits) => (int)(Value & ((1u << bits) - 1));
}

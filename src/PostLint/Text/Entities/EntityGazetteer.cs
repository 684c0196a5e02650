using System.Runtime.InteropServices;

namespace PostLint.Text.Entities;

/// <summary>
/// Which name lists a normalised word occurs in, stored as sorted 32-bit <see cref="FeatureHash"/> values of the
/// words with their <see cref="GazetteerFlags"/>: the lists themselves (shared/data/gazetteers) are not shipped, only
/// what the entity model needs to read them, and a lookup is one binary search.
/// </summary>
internal sealed class EntityGazetteer
{
    // The keys and flags stay in the model's bytes, in the layout Write gives them: count, keys, flags.
    private readonly ModelBytes _bytes;
    private readonly int _keysAt;

    private EntityGazetteer(ModelBytes bytes, int keysAt, int count)
    {
        _bytes = bytes;
        _keysAt = keysAt;
        Count = count;
    }

    /// <summary>Number of words.</summary>
    public int Count { get; }

    private ReadOnlySpan<uint> Keys => MemoryMarshal.Cast<byte, uint>(_bytes.Span.Slice(_keysAt, Count * sizeof(uint)));

    private ReadOnlySpan<byte> Flags => _bytes.Span.Slice(_keysAt + (Count * sizeof(uint)), Count);

    /// <summary>Builds the gazetteer from normalised words and their flags (flags of a word listed twice are combined).</summary>
    public static EntityGazetteer Of(IEnumerable<(string Word, GazetteerFlags Flags)> words)
    {
        var combined = new Dictionary<uint, byte>();
        foreach (var (word, flags) in words)
        {
            var key = FeatureHash.Of(word).Value;
            combined[key] = (byte)(combined.GetValueOrDefault(key) | (byte)flags);
        }

        var keys = combined.Keys.Order().ToArray();
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            WriteLists(writer, keys, [.. keys.Select(k => combined[k])]);
        }

        stream.Position = 0;
        return Read(new ModelReader(ModelBytes.Copy(stream)));
    }

    /// <summary>The lists <paramref name="normalized"/> occurs in.</summary>
    public GazetteerFlags Lookup(string normalized)
    {
        var index = Keys.BinarySearch(FeatureHash.Of(normalized).Value);
        return index >= 0 ? (GazetteerFlags)Flags[index] : GazetteerFlags.None;
    }

    /// <summary>Writes the keys (raw little-endian, so that they are read where they lie) and flags.</summary>
    public void Write(BinaryWriter writer) => WriteLists(writer, Keys, Flags);

    /// <summary>Reads what <see cref="Write"/> wrote, leaving the keys and flags in the reader's bytes.</summary>
    public static EntityGazetteer Read(ModelReader reader)
    {
        var count = reader.ReadInt32();
        if (count is < 0 or > int.MaxValue / (sizeof(uint) + 1))
        {
            throw new InvalidDataException($"Not a gazetteer of the entity model ({count} words).");
        }

        var keysAt = reader.Position;
        reader.Take(count * (sizeof(uint) + 1));
        return new EntityGazetteer(reader.Bytes, keysAt, count);
    }

    private static void WriteLists(BinaryWriter writer, ReadOnlySpan<uint> keys, ReadOnlySpan<byte> flags)
    {
        writer.Write(keys.Length);
        writer.Write(MemoryMarshal.AsBytes(keys));
        writer.Write(flags);
    }
}

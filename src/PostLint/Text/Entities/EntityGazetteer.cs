namespace PostLint.Text.Entities;

/// <summary>
/// Which name lists a normalised word occurs in, stored as sorted 32-bit <see cref="FeatureHash"/> values of the
/// words with their <see cref="GazetteerFlags"/>: the lists themselves (shared/data/gazetteers) are not shipped, only
/// what the entity model needs to read them, and a lookup is one binary search.
/// </summary>
internal sealed class EntityGazetteer
{
    private readonly uint[] _keys;
    private readonly byte[] _flags;

    /// <summary>Creates the gazetteer from keys in ascending order and their flags.</summary>
    public EntityGazetteer(uint[] keys, byte[] flags)
    {
        if (keys.Length != flags.Length)
        {
            throw new ArgumentException("Every key needs its flags.", nameof(flags));
        }

        _keys = keys;
        _flags = flags;
    }

    /// <summary>Number of words.</summary>
    public int Count => _keys.Length;

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
        return new EntityGazetteer(keys, [.. keys.Select(k => combined[k])]);
    }

    /// <summary>The lists <paramref name="normalized"/> occurs in.</summary>
    public GazetteerFlags Lookup(string normalized)
    {
        var index = Array.BinarySearch(_keys, FeatureHash.Of(normalized).Value);
        return index >= 0 ? (GazetteerFlags)_flags[index] : GazetteerFlags.None;
    }

    /// <summary>Writes the keys (raw little-endian, so that reading them is one copy) and flags.</summary>
    public void Write(BinaryWriter writer)
    {
        writer.Write(_keys.Length);
        writer.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(_keys.AsSpan()));
        writer.Write(_flags);
    }

    /// <summary>Reads what <see cref="Write"/> wrote.</summary>
    public static EntityGazetteer Read(ModelReader reader)
    {
        var count = reader.ReadInt32();
        var keys = new uint[count];
        reader.Take(count * sizeof(uint)).CopyTo(System.Runtime.InteropServices.MemoryMarshal.AsBytes(keys.AsSpan()));
        return new EntityGazetteer(keys, reader.Take(count).ToArray());
    }
}

using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Text;

namespace PostLint.Text.Entities;

/// <summary>
/// Reads a model (entities, tone, claims) from its bytes in the layout <see cref="BinaryWriter"/> wrote it (little-endian, LEB128
/// varints, length-prefixed UTF-8 strings). Parsing from memory without a stream's per-byte calls keeps the load
/// within the engine's budget, and parts that are used as stored are not copied: their <see cref="Position"/> is kept.
/// </summary>
internal sealed class ModelReader(ModelBytes bytes)
{
    private int _position;

    /// <summary>The bytes being read.</summary>
    public ModelBytes Bytes => bytes;

    /// <summary>Where the next read starts.</summary>
    public int Position => _position;

    /// <summary>Reads a 32-bit integer.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int ReadInt32() => BinaryPrimitives.ReadInt32LittleEndian(Take(4));

    /// <summary>Reads an unsigned 16-bit integer.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ushort ReadUInt16() => BinaryPrimitives.ReadUInt16LittleEndian(Take(2));

    /// <summary>Reads a 32-bit float.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public float ReadSingle() => BinaryPrimitives.ReadSingleLittleEndian(Take(4));

    /// <summary>Reads a half-precision float.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public float ReadHalf() => (float)BinaryPrimitives.ReadHalfLittleEndian(Take(2));

    /// <summary>Reads an unsigned LEB128 varint of at most 32 bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int ReadVarint()
    {
        var value = 0;
        var shift = 0;
        byte b;
        do
        {
            if (shift > 28)
            {
                throw new InvalidDataException("Varint too long in the model.");
            }

            b = Take(1)[0];
            value |= (b & 0x7F) << shift;
            shift += 7;
        }
        while ((b & 0x80) != 0);

        return value;
    }

    /// <summary>Reads a string written by <see cref="BinaryWriter.Write(string)"/>.</summary>
    public string ReadString() => Encoding.UTF8.GetString(Take(ReadVarint()));

    /// <summary>The next <paramref name="count"/> bytes.</summary>
    /// <exception cref="InvalidDataException">The model ends early.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ReadOnlySpan<byte> Take(int count)
    {
        if (count < 0 || _position + count > bytes.Length)
        {
            throw new InvalidDataException("The model ends early.");
        }

        var span = bytes.Span.Slice(_position, count);
        _position += count;
        return span;
    }
}

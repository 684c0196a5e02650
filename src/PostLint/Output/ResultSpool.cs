using System.Buffers.Binary;

namespace PostLint.Output;

/// <summary>
/// Length-prefixed records kept in memory up to <see cref="MemoryLimit"/> and in a temporary file
/// (deleted on close) beyond it, read back in the order they were appended.
/// </summary>
internal sealed class ResultSpool : IDisposable
{
    /// <summary>Bytes kept in memory before the spool moves to a temporary file.</summary>
    public const int MemoryLimit = 8 * 1024 * 1024;

    private Stream _stream = new MemoryStream();

    /// <summary>Appends one record.</summary>
    public void Append(ReadOnlySpan<byte> record)
    {
        if (_stream is MemoryStream memory && memory.Length + record.Length > MemoryLimit)
        {
            var file = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose);
            memory.WriteTo(file);
            _stream = file;
        }

        Span<byte> length = stackalloc byte[sizeof(int)];
        BinaryPrimitives.WriteInt32LittleEndian(length, record.Length);
        _stream.Write(length);
        _stream.Write(record);
    }

    /// <summary>The records, oldest first; each is valid until the next one is read.</summary>
    public IEnumerable<ReadOnlyMemory<byte>> Records()
    {
        _stream.Position = 0;
        var length = new byte[sizeof(int)];
        var buffer = new byte[4096];
        while (_stream.Position < _stream.Length)
        {
            _stream.ReadExactly(length);
            var size = BinaryPrimitives.ReadInt32LittleEndian(length);
            if (size > buffer.Length)
            {
                buffer = new byte[size];
            }

            _stream.ReadExactly(buffer, 0, size);
            yield return buffer.AsMemory(0, size);
        }
    }

    /// <inheritdoc />
    public void Dispose() => _stream.Dispose();
}

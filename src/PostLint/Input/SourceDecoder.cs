using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace PostLint.Input;

/// <summary>Turns the bytes of a post or configuration file into text, refusing what is not UTF-8 text.</summary>
public static class SourceDecoder
{
    private const int ChunkBytes = 64 * 1024;

    /// <summary>
    /// Decodes UTF-8 (a byte-order mark is dropped). Binary files (NUL bytes) and invalid UTF-8 are
    /// rejected with the byte offset of the first offending byte.
    /// </summary>
    /// <exception cref="InputException">The bytes are not UTF-8 text.</exception>
    public static string Decode(ReadOnlySpan<byte> bytes, string path)
    {
        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            throw Binary(path, nul);
        }

        var bom = bytes.StartsWith(Encoding.UTF8.Preamble) ? Encoding.UTF8.Preamble.Length : 0;
        var body = bytes[bom..];
        var chars = new char[body.Length];
        if (Utf8.ToUtf16(body, chars, out var read, out var written, replaceInvalidSequences: false) != OperationStatus.Done)
        {
            throw InvalidUtf8(path, bom + read);
        }

        return new string(chars, 0, written);
    }

    /// <summary>
    /// Reads and decodes <paramref name="stream"/> as <see cref="Decode"/> does, a chunk at a time, and
    /// stops as soon as the text passes <paramref name="maxChars"/> or a chunk shows binary or invalid
    /// bytes. Memory stays within the limit whatever the stream holds (a device, gigabytes on a pipe).
    /// </summary>
    /// <exception cref="InputException">The stream is not UTF-8 text, or its text is longer than <paramref name="maxChars"/>.</exception>
    public static string Read(Stream stream, string path, int maxChars, string tooLong)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var text = new StringBuilder();
        var chunk = new byte[ChunkBytes];
        var chars = new char[ChunkBytes];
        var pending = 0; // bytes of a character split over two chunks, kept at the start of the chunk
        long offset = 0; // file offset of chunk[0]
        var first = true;
        while (true)
        {
            var read = stream.Read(chunk, pending, chunk.Length - pending);
            var length = pending + read;
            var nul = chunk.AsSpan(pending, read).IndexOf((byte)0);
            if (nul >= 0)
            {
                throw Binary(path, offset + pending + nul);
            }

            var start = first && chunk.AsSpan(0, length).StartsWith(Encoding.UTF8.Preamble) ? Encoding.UTF8.Preamble.Length : 0;
            if (first && length < Encoding.UTF8.Preamble.Length && read > 0)
            {
                // Too few bytes yet to tell a byte-order mark from text.
                pending = length;
                continue;
            }

            first = false;
            var status = Utf8.ToUtf16(chunk.AsSpan(start, length - start), chars, out var consumed, out var written, replaceInvalidSequences: false, isFinalBlock: read == 0);
            if (status == OperationStatus.InvalidData)
            {
                throw InvalidUtf8(path, offset + start + consumed);
            }

            if (text.Length + written > maxChars)
            {
                throw new InputException(path, null, null, tooLong);
            }

            text.Append(chars, 0, written);
            if (read == 0)
            {
                return text.ToString();
            }

            pending = length - start - consumed;
            chunk.AsSpan(start + consumed, pending).CopyTo(chunk);
            offset += start + consumed;
        }
    }

    private static InputException Binary(string path, long offset) =>
        new(path, null, null, $"binary file (NUL byte at offset {offset}); PostLint reads UTF-8 text");

    private static InputException InvalidUtf8(string path, long offset) =>
        new(path, null, null, $"invalid UTF-8 at byte offset {offset}; save the file as UTF-8");
}

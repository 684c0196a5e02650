using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace PostLint.Input;

/// <summary>
/// Splits a UTF-8 stream into lines without reading it whole. Each line is decoded on its own and
/// refused, with its byte offset in the file, when it holds a NUL byte or invalid UTF-8 or grows
/// past the longest line allowed; a byte-order mark at the start is dropped.
/// </summary>
internal sealed class Utf8LineReader(Stream stream, string path, int maxLineBytes)
{
    private byte[] _buffer = new byte[Math.Min(64 * 1024, maxLineBytes + 1)];
    private int _start;
    private int _end;
    private bool _endOfStream;
    private long _lineByteOffset;
    private int _charOffset;
    private int _number;

    /// <summary>The next line (without its <c>\n</c>), or null at the end of the stream.</summary>
    /// <exception cref="InputException">The line is too long, binary or not UTF-8.</exception>
    public Utf8Line? Next()
    {
        int newline;
        while ((newline = _buffer.AsSpan(_start, _end - _start).IndexOf((byte)'\n')) < 0 && !_endOfStream)
        {
            Fill();
        }

        if (newline < 0 && _start == _end)
        {
            return null;
        }

        var length = newline < 0 ? _end - _start : newline;
        var bytes = _buffer.AsSpan(_start, length);
        var bom = _lineByteOffset == 0 && bytes.StartsWith(Encoding.UTF8.Preamble) ? Encoding.UTF8.Preamble.Length : 0;
        var text = Decode(bytes[bom..], _lineByteOffset + bom);
        var line = new Utf8Line(text, ++_number, _charOffset);
        _charOffset += text.Length + 1;
        _lineByteOffset += length + 1;
        _start += newline < 0 ? length : length + 1;
        return line;
    }

    private void Fill()
    {
        if (_start > 0)
        {
            _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            if (_end > maxLineBytes)
            {
                throw new InputException(path, _number + 1, null, $"line longer than {maxLineBytes:N0} bytes: a post is at most {PostReader.DefaultMaxPostLength:N0} characters");
            }

            Array.Resize(ref _buffer, (int)Math.Min(_buffer.Length * 2L, maxLineBytes + 1L));
        }

        int read;
        try
        {
            read = stream.Read(_buffer, _end, _buffer.Length - _end);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InputException(path, null, null, "cannot read: " + ex.Message);
        }

        _endOfStream = read == 0;
        _end += read;
    }

    private string Decode(ReadOnlySpan<byte> bytes, long fileOffset)
    {
        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            throw new InputException(path, null, null, $"binary file (NUL byte at offset {fileOffset + nul}); PostLint reads UTF-8 text");
        }

        var chars = ArrayPool<char>.Shared.Rent(bytes.Length);
        try
        {
            if (Utf8.ToUtf16(bytes, chars, out var read, out var written, replaceInvalidSequences: false) != OperationStatus.Done)
            {
                throw new InputException(path, null, null, $"invalid UTF-8 at byte offset {fileOffset + read}; save the file as UTF-8");
            }

            return new string(chars, 0, written);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }
}

/// <summary>One line of a <see cref="Utf8LineReader"/>.</summary>
/// <param name="Text">The line, decoded, without its <c>\n</c> (a <c>\r</c> before it is kept).</param>
/// <param name="Number">1-based line number.</param>
/// <param name="CharOffset">UTF-16 offset of the line's first character in the decoded file.</param>
internal sealed record Utf8Line(string Text, int Number, int CharOffset);

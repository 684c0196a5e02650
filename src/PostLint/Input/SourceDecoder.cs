using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace PostLint.Input;

/// <summary>Turns the bytes of a post or configuration file into text, refusing what is not UTF-8 text.</summary>
public static class SourceDecoder
{
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
            throw new InputException(path, null, null, $"binary file (NUL byte at offset {nul}); PostLint reads UTF-8 text");
        }

        var bom = bytes.StartsWith(Encoding.UTF8.Preamble) ? Encoding.UTF8.Preamble.Length : 0;
        var body = bytes[bom..];
        var chars = new char[body.Length];
        if (Utf8.ToUtf16(body, chars, out var read, out var written, replaceInvalidSequences: false) != OperationStatus.Done)
        {
            throw new InputException(path, null, null, $"invalid UTF-8 at byte offset {bom + read}; save the file as UTF-8");
        }

        return new string(chars, 0, written);
    }
}

namespace PostLint;

/// <summary>1-based line and column in a source file.</summary>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column, counted in UTF-16 code units.</param>
public readonly record struct LinePosition(int Line, int Column);

/// <summary>
/// Maps offsets in a post's text back to positions in the file it came from: line and column, and
/// the character offset into the whole file. The body of a Markdown file starts after its front
/// matter; a JSON Lines post sits on one line, inside a JSON string whose escapes (<c>\n</c>,
/// <c>\"</c>, <c>\u00eb</c>) make the raw text longer than the post.
/// </summary>
public sealed class SourceMap
{
    private readonly int[] _lineStarts;
    private readonly int _firstLine;
    private readonly int _firstColumn;
    private readonly int _fileOffset;

    // For text decoded from a JSON string: the raw column (0-based, within the line) of every text
    // offset, including one past the end. Null for text copied verbatim from the file.
    private readonly int[]? _rawColumns;

    /// <summary>Creates a map for text that starts at <paramref name="firstLine"/>, <paramref name="firstColumn"/> of its file.</summary>
    /// <param name="text">The post's text, copied verbatim from the file.</param>
    /// <param name="firstLine">1-based line of the text's first character.</param>
    /// <param name="firstColumn">1-based column of the text's first character.</param>
    /// <param name="fileOffset">Character offset of the text's first character in the file.</param>
    public SourceMap(string text, int firstLine = 1, int firstColumn = 1, int fileOffset = 0)
    {
        ArgumentNullException.ThrowIfNull(text);
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }

        _lineStarts = [.. starts];
        _firstLine = firstLine;
        _firstColumn = firstColumn;
        _fileOffset = fileOffset;
    }

    private SourceMap(int line, int lineFileOffset, int[] rawColumns)
    {
        _lineStarts = [0];
        _firstLine = line;
        _firstColumn = 1;
        _fileOffset = lineFileOffset;
        _rawColumns = rawColumns;
    }

    /// <summary>
    /// Creates a map for text decoded from a JSON string literal on one line of a file.
    /// </summary>
    /// <param name="rawLine">The whole line as it is in the file.</param>
    /// <param name="literalStart">Index in <paramref name="rawLine"/> of the string's opening quote.</param>
    /// <param name="line">1-based line number of <paramref name="rawLine"/>.</param>
    /// <param name="lineFileOffset">Character offset of the line's start in the file.</param>
    /// <returns>The map, and the decoded text it maps.</returns>
    /// <exception cref="FormatException">The literal is not a valid JSON string.</exception>
    public static (SourceMap Map, string Text) ForJsonString(string rawLine, int literalStart, int line, int lineFileOffset)
    {
        ArgumentNullException.ThrowIfNull(rawLine);
        if (literalStart < 0 || literalStart >= rawLine.Length || rawLine[literalStart] != '"')
        {
            throw new FormatException($"No JSON string starts at column {literalStart + 1}.");
        }

        var text = new System.Text.StringBuilder();
        var columns = new List<int>();
        var i = literalStart + 1;
        while (true)
        {
            if (i >= rawLine.Length)
            {
                throw new FormatException("Unterminated JSON string.");
            }

            var c = rawLine[i];
            if (c == '"')
            {
                break;
            }

            columns.Add(i);
            if (c != '\\')
            {
                text.Append(c);
                i++;
                continue;
            }

            if (i + 1 >= rawLine.Length)
            {
                throw new FormatException("Unterminated escape in JSON string.");
            }

            var escape = rawLine[i + 1];
            if (escape == 'u')
            {
                if (i + 6 > rawLine.Length || !ushort.TryParse(rawLine.AsSpan(i + 2, 4), System.Globalization.NumberStyles.AllowHexSpecifier, null, out var unit))
                {
                    throw new FormatException($"Bad \\u escape at column {i + 1}.");
                }

                text.Append((char)unit);
                i += 6;
                continue;
            }

            text.Append(escape switch
            {
                '"' => '"',
                '\\' => '\\',
                '/' => '/',
                'b' => '\b',
                'f' => '\f',
                'n' => '\n',
                'r' => '\r',
                't' => '\t',
                _ => throw new FormatException($"Bad escape '\\{escape}' at column {i + 1}."),
            });
            i += 2;
        }

        columns.Add(i);
        return (new SourceMap(line, lineFileOffset, [.. columns]), text.ToString());
    }

    /// <summary>The line and column of <paramref name="offset"/> in the source file.</summary>
    public LinePosition GetPosition(int offset)
    {
        if (_rawColumns is not null)
        {
            return new LinePosition(_firstLine, _rawColumns[Math.Clamp(offset, 0, _rawColumns.Length - 1)] + 1);
        }

        var index = Array.BinarySearch(_lineStarts, offset);
        var line = index >= 0 ? index : ~index - 1;
        var column = offset - _lineStarts[line] + 1;
        return line == 0
            ? new LinePosition(_firstLine, _firstColumn + column - 1)
            : new LinePosition(_firstLine + line, column);
    }

    /// <summary>
    /// <paramref name="text"/> as it must be written into the source file to stand in the post: escaped for a
    /// post decoded from a JSON string (non-ASCII letters stay as they are), unchanged otherwise.
    /// </summary>
    public string ToSourceText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return _rawColumns is null
            ? text
            : System.Text.Json.JsonEncodedText.Encode(text, System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping).Value;
    }

    /// <summary>The character offset of <paramref name="offset"/> in the whole source file (0-based).</summary>
    public int GetFileOffset(int offset) => _rawColumns is not null
        ? _fileOffset + _rawColumns[Math.Clamp(offset, 0, _rawColumns.Length - 1)]
        : _fileOffset + offset;
}

namespace PostLint;

/// <summary>1-based line and column in a source file.</summary>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column, counted in UTF-16 code units.</param>
public readonly record struct LinePosition(int Line, int Column);

/// <summary>
/// Maps offsets in a post's text back to line and column in the file it came from
/// (the body of a Markdown file starts after its front matter; a JSON Lines post sits on one line).
/// </summary>
public sealed class SourceMap
{
    private readonly int[] _lineStarts;
    private readonly int _firstLine;
    private readonly int _firstColumn;

    /// <summary>Creates a map for text that starts at <paramref name="firstLine"/>, <paramref name="firstColumn"/> of its file.</summary>
    public SourceMap(string text, int firstLine = 1, int firstColumn = 1)
    {
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
    }

    /// <summary>The position of <paramref name="offset"/>.</summary>
    public LinePosition GetPosition(int offset)
    {
        var index = Array.BinarySearch(_lineStarts, offset);
        var line = index >= 0 ? index : ~index - 1;
        var column = offset - _lineStarts[line] + 1;
        return line == 0
            ? new LinePosition(_firstLine, _firstColumn + column - 1)
            : new LinePosition(_firstLine + line, column);
    }
}

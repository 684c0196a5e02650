namespace PostLint.Cli.Fixes;

/// <summary>A replacement in a whole file: <paramref name="Length"/> characters at <paramref name="Start"/> become <paramref name="NewText"/>.</summary>
/// <param name="Start">Character offset in the file's text.</param>
/// <param name="Length">Characters replaced.</param>
/// <param name="NewText">What replaces them, already escaped as the file needs (JSON Lines).</param>
internal readonly record struct FileEdit(int Start, int Length, string NewText)
{
    /// <summary>Offset just past the replaced characters.</summary>
    public int End => Start + Length;

    /// <summary>
    /// True when the two edits cannot both be applied: their ranges share characters, or both touch the
    /// same offset (two insertions there, or an insertion at the edge of a replacement, have no order).
    /// </summary>
    public bool Overlaps(FileEdit other) =>
        (Start < other.End && other.Start < End) || Start == other.Start || (Length == 0 && Start == other.End) || (other.Length == 0 && other.Start == End);

    /// <summary>Applies <paramref name="edits"/> (none overlapping) to <paramref name="text"/>.</summary>
    public static string Apply(string text, IEnumerable<FileEdit> edits)
    {
        var builder = new System.Text.StringBuilder(text);
        foreach (var edit in edits.OrderByDescending(e => e.Start))
        {
            builder.Remove(edit.Start, edit.Length).Insert(edit.Start, edit.NewText);
        }

        return builder.ToString();
    }
}

using System.Globalization;

namespace PostLint.Cli.Fixes;

/// <summary>
/// Writes what edits do to a file as a unified diff (<c>--- a/path</c>, <c>+++ b/path</c>, hunks with
/// three lines of context), the form <c>git apply</c> and <c>patch -p1</c> take. Lines keep their own
/// endings, so a CRLF file's diff applies to it as it is.
/// </summary>
internal static class UnifiedDiff
{
    private const int Context = 3;

    /// <summary>Writes the diff of <paramref name="edits"/> (sorted, none overlapping) to <paramref name="text"/>.</summary>
    public static void Write(TextWriter writer, string path, string text, IReadOnlyList<FileEdit> edits)
    {
        if (edits.Count == 0)
        {
            return;
        }

        var lines = LineStarts(text);
        var blocks = Blocks(text, lines, edits);
        writer.Write($"--- a/{path}\n+++ b/{path}\n");
        var shift = 0;
        var first = 0;
        while (first < blocks.Count)
        {
            var last = first;
            while (last + 1 < blocks.Count && blocks[last + 1].FirstLine - blocks[last].LastLine - 1 <= 2 * Context)
            {
                last++;
            }

            shift = WriteHunk(writer, text, lines, blocks.GetRange(first, last - first + 1), shift);
            first = last + 1;
        }
    }

    private static int WriteHunk(TextWriter writer, string text, List<int> lines, List<Block> blocks, int shift)
    {
        var lineCount = lines.Count - 1;
        var start = Math.Max(0, blocks[0].FirstLine - Context);
        var end = Math.Min(lineCount - 1, blocks[^1].LastLine + Context);
        var oldCount = end - start + 1;
        var newCount = oldCount + blocks.Sum(b => b.NewLines.Count - (b.LastLine - b.FirstLine + 1));
        writer.Write(string.Create(CultureInfo.InvariantCulture, $"@@ -{Range(start, oldCount)} +{Range(start + shift, newCount)} @@\n"));

        var line = start;
        foreach (var block in blocks)
        {
            for (; line < block.FirstLine; line++)
            {
                WriteLine(writer, ' ', Line(text, lines, line));
            }

            for (; line <= block.LastLine; line++)
            {
                WriteLine(writer, '-', Line(text, lines, line));
            }

            foreach (var added in block.NewLines)
            {
                WriteLine(writer, '+', added);
            }
        }

        for (; line <= end; line++)
        {
            WriteLine(writer, ' ', Line(text, lines, line));
        }

        return shift + newCount - oldCount;
    }

    // Edits grouped by the lines they touch; each group's lines rewritten with its edits applied.
    private static List<Block> Blocks(string text, List<int> lines, IReadOnlyList<FileEdit> edits)
    {
        var blocks = new List<Block>();
        var group = new List<FileEdit>();
        int first = -1, last = -1;
        foreach (var edit in edits)
        {
            var editFirst = LineOf(lines, edit.Start);
            var editLast = LineOf(lines, Math.Max(edit.Start, edit.End - 1));
            if (group.Count > 0 && editFirst > last)
            {
                blocks.Add(Rewrite(text, lines, first, last, group));
                group = [];
            }

            first = group.Count == 0 ? editFirst : first;
            last = group.Count == 0 ? editLast : Math.Max(last, editLast);
            group.Add(edit);
        }

        blocks.Add(Rewrite(text, lines, first, last, group));
        return blocks;
    }

    private static Block Rewrite(string text, List<int> lines, int first, int last, List<FileEdit> edits)
    {
        var start = lines[first];
        var old = text[start..lines[last + 1]];
        var rewritten = FileEdit.Apply(old, edits.Select(e => e with { Start = e.Start - start }));
        var newLines = new List<string>();
        for (var i = 0; i < rewritten.Length;)
        {
            var newline = rewritten.IndexOf('\n', i);
            var next = newline < 0 ? rewritten.Length : newline + 1;
            newLines.Add(rewritten[i..next]);
            i = next;
        }

        return new Block(first, last, newLines);
    }

    // Offsets where lines start, with the text's length as a final entry.
    private static List<int> LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n' && i + 1 < text.Length)
            {
                starts.Add(i + 1);
            }
        }

        starts.Add(text.Length);
        return starts;
    }

    private static int LineOf(List<int> lines, int offset)
    {
        var index = lines.BinarySearch(offset);
        return Math.Min(index >= 0 ? index : ~index - 1, lines.Count - 2);
    }

    private static string Line(string text, List<int> lines, int line) => text[lines[line]..lines[line + 1]];

    private static void WriteLine(TextWriter writer, char marker, string line)
    {
        writer.Write(marker);
        if (line.EndsWith('\n'))
        {
            writer.Write(line);
            return;
        }

        writer.Write(line);
        writer.Write("\n\\ No newline at end of file\n");
    }

    // A hunk's range: "start,count" with 1-based start; an empty range names the line before it.
    private static string Range(int start, int count) => count == 0
        ? string.Create(CultureInfo.InvariantCulture, $"{start},0")
        : string.Create(CultureInfo.InvariantCulture, $"{start + 1},{count}");

    private sealed record Block(int FirstLine, int LastLine, List<string> NewLines);
}

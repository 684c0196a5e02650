using PostLint.Cli.Fixes;

namespace PostLint.Cli.Tests.Fix;

/// <summary>The diff of `fix --dry-run`: hunks with three lines of context, merged when close, git-style headers.</summary>
public sealed class UnifiedDiffTests
{
    private static readonly string Text = string.Concat(Enumerable.Range(1, 20).Select(i => $"line {i}\n"));

    [Fact]
    public void Distant_edits_make_two_hunks()
    {
        var diff = Diff(Text, Edit(Text, "line 2\n", "LINE 2\n"), Edit(Text, "line 18", "LINE 18"));

        diff.Should().Be(
            "--- a/p.txt\n+++ b/p.txt\n" +
            "@@ -1,5 +1,5 @@\n line 1\n-line 2\n+LINE 2\n line 3\n line 4\n line 5\n" +
            "@@ -15,6 +15,6 @@\n line 15\n line 16\n line 17\n-line 18\n+LINE 18\n line 19\n line 20\n");
    }

    [Fact]
    public void Close_edits_share_a_hunk_and_line_count_changes_shift_the_next()
    {
        var diff = Diff(Text, Edit(Text, "line 5\n", "line 5\nextra\n"), Edit(Text, "line 9", "LINE 9"));

        diff.Should().Be(
            "--- a/p.txt\n+++ b/p.txt\n" +
            "@@ -2,11 +2,12 @@\n line 2\n line 3\n line 4\n-line 5\n+line 5\n+extra\n line 6\n line 7\n line 8\n-line 9\n+LINE 9\n line 10\n line 11\n line 12\n");
    }

    [Fact]
    public void Last_line_without_newline_is_marked()
    {
        const string Short = "a\nb";

        Diff(Short, new FileEdit(2, 1, "c")).Should().Be("--- a/p.txt\n+++ b/p.txt\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+c\n\\ No newline at end of file\n");
    }

    private static FileEdit Edit(string text, string old, string replacement) => new(text.IndexOf(old, StringComparison.Ordinal), old.Length, replacement);

    private static string Diff(string text, params FileEdit[] edits)
    {
        using var writer = new StringWriter();
        UnifiedDiff.Write(writer, "p.txt", text, edits);
        return writer.ToString();
    }
}

using System.Text;
using System.Text.Json;
using PostLint.Cli.Tests.Infrastructure;

namespace PostLint.Cli.Tests.Fix;

/// <summary>`postlint fix` applies every finding's first fix in place, touching nothing else.</summary>
public sealed class FixCommandTests : IDisposable
{
    private const string FrontMatter = "---\r\nid: week-47   # keep this comment\r\nlang: nl\r\ntitle: \"Bezoek\"\r\n---\r\n";
    private const string Body = "Mail de dochter via els.jansen1962@gmail.com voor het bezoek.\r\nTot morgen!\r\n";

    private readonly Workspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void Dry_run_prints_a_diff_and_changes_nothing()
    {
        var path = _workspace.Write("post.md", FrontMatter + Body);
        var before = File.ReadAllBytes(path);
        var modified = File.GetLastWriteTimeUtc(path);

        var run = _workspace.Run("fix", "--dry-run", "post.md");

        File.ReadAllBytes(path).Should().Equal(before);
        File.GetLastWriteTimeUtc(path).Should().Be(modified);
        run.ExitCode.Should().Be(ExitCodes.Clean, "a check of the fixed text finds nothing: " + run.Stdout);
        var lines = run.Stdout.Split('\n');
        lines[0].Should().Be("--- a/post.md");
        lines[1].Should().Be("+++ b/post.md");
        lines[2].Should().Be("@@ -3,5 +3,5 @@");
        lines.Should().Contain("-Mail de dochter via els.jansen1962@gmail.com voor het bezoek.\r");
        lines.Where(l => l.StartsWith('+') && !l.StartsWith("+++", StringComparison.Ordinal)).Should().ContainSingle()
            .Which.Should().StartWith("+Mail de dochter via ").And.NotContain("els.jansen1962").And.EndWith(" voor het bezoek.\r");
        run.Stderr.Should().Contain("dry run: would fix 1 findings in 1 file; nothing was written");
    }

    [Fact]
    public void Fix_keeps_front_matter_and_line_endings_and_changes_only_the_flagged_text()
    {
        var path = _workspace.Write("post.md", FrontMatter + Body);

        var run = _workspace.Run("fix", "post.md");

        run.ExitCode.Should().Be(ExitCodes.Clean, run.Stdout + run.Stderr);
        var after = File.ReadAllText(path);
        after.Should().StartWith(FrontMatter).And.EndWith(" voor het bezoek.\r\nTot morgen!\r\n").And.NotContain("els.jansen1962");
        after.Replace("\r\n", "", StringComparison.Ordinal).Should().NotContain("\n", "every line keeps its CRLF ending");
        run.Stdout.Should().StartWith("post.md:6:21: fixed PL1003: ");
        _workspace.Run("check", "post.md").ExitCode.Should().Be(ExitCodes.Clean);
    }

    [Fact]
    public void Fix_keeps_a_byte_order_mark()
    {
        var path = _workspace.WriteBytes("post.txt", [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes("Mail de dochter via els.jansen1962@gmail.com voor het bezoek.")]);

        _workspace.Run("fix", "post.txt");

        File.ReadAllBytes(path).AsSpan(0, 3).ToArray().Should().Equal(Encoding.UTF8.Preamble.ToArray());
        File.ReadAllText(path).Should().NotContain("els.jansen1962");
    }

    [Fact]
    public void Json_lines_record_keeps_every_other_member_and_its_escapes()
    {
        const string Clean = "{\"id\": 2, \"text\": \"Fijne dag!\", \"label\": \"ok\"}";
        var path = _workspace.Write("posts.jsonl",
            "{\"id\": \"p1\", \"label\": {\"k\": [1, 2.50, null]}, \"text\": \"Caf\\u00e9 \\\"kring\\\":\\nMail de dochter via els.jansen1962@gmail.com voor het bezoek.\", \"lang\": \"nl\", \"z\": true}\n" + Clean + "\n");

        var run = _workspace.Run("fix", "posts.jsonl");

        run.ExitCode.Should().Be(ExitCodes.Clean, run.Stdout + run.Stderr);
        var lines = File.ReadAllText(path).Split('\n');
        lines[0].Should().StartWith("{\"id\": \"p1\", \"label\": {\"k\": [1, 2.50, null]}, \"text\": \"Caf\\u00e9 \\\"kring\\\":\\nMail de dochter via ")
            .And.EndWith(" voor het bezoek.\", \"lang\": \"nl\", \"z\": true}")
            .And.NotContain("els.jansen1962");
        using (var record = JsonDocument.Parse(lines[0]))
        {
            record.RootElement.GetProperty("text").GetString().Should().StartWith("Café \"kring\":\nMail de dochter via ");
        }

        lines[1].Should().Be(Clean);
    }

    [Fact]
    public void File_without_findings_is_not_rewritten()
    {
        var clean = _workspace.Write("clean.md", "Dank aan alle collega's voor de rustige nachtdienst.\n");
        _workspace.Write("post.md", FrontMatter + Body);
        var yesterday = DateTime.UtcNow.AddDays(-1);
        File.SetLastWriteTimeUtc(clean, yesterday);

        var run = _workspace.Run("fix", ".");

        run.ExitCode.Should().Be(ExitCodes.Clean);
        File.GetLastWriteTimeUtc(clean).Should().Be(yesterday);
        run.Stdout.Should().Contain("fixed 1 findings in 1 file; 0 left in 2 posts");
    }

    [Fact]
    public void Read_only_file_is_reported_left_as_it_is_and_exits_2()
    {
        var path = _workspace.Write("post.md", FrontMatter + Body);
        var other = _workspace.Write("other.md", FrontMatter + Body);
        File.SetAttributes(path, FileAttributes.ReadOnly);
        var before = File.ReadAllBytes(path);

        var run = _workspace.Run("fix", "post.md", "other.md");

        run.ExitCode.Should().Be(ExitCodes.UsageError);
        run.Stderr.Should().Contain("postlint: post.md: read-only file, not fixed");
        File.ReadAllBytes(path).Should().Equal(before);
        File.ReadAllText(other).Should().NotContain("els.jansen1962", "the other files are still fixed");
    }

    [Fact]
    public void Sarif_carries_the_applied_fix_of_each_finding()
    {
        var path = _workspace.Write("post.md", FrontMatter + Body);
        var before = File.ReadAllBytes(path);

        var run = _workspace.Run("fix", "--dry-run", "--format", "sarif", "post.md");

        File.ReadAllBytes(path).Should().Equal(before);
        var result = run.Json.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Should().ContainSingle().Subject;
        var fix = result.GetProperty("fixes").EnumerateArray().Should().ContainSingle().Subject;
        var replacement = fix.GetProperty("artifactChanges")[0].GetProperty("replacements")[0];
        var region = replacement.GetProperty("deletedRegion");
        Encoding.UTF8.GetString(before).Substring(region.GetProperty("charOffset").GetInt32(), region.GetProperty("charLength").GetInt32())
            .Should().Be("els.jansen1962@gmail.com");
    }

    [Fact]
    public void Standard_input_cannot_be_fixed()
    {
        var run = _workspace.Run(_workspace.Console().WithStdin("Mail els.jansen1962@gmail.com"), "fix", "-");

        run.ExitCode.Should().Be(ExitCodes.UsageError);
        run.Stderr.Should().StartWith("postlint: fix edits files in place;");
    }

    [Fact]
    public void Output_writes_the_diff_to_a_file()
    {
        _workspace.Write("post.md", FrontMatter + Body);

        var run = _workspace.Run("fix", "--dry-run", "--output", "fix.diff", "post.md");

        run.Stdout.Should().BeEmpty();
        File.ReadAllText(Path.Combine(_workspace.Root, "fix.diff")).Should().StartWith("--- a/post.md\n+++ b/post.md\n@@ ");
    }
}

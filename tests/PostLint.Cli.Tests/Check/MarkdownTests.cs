using PostLint.Cli.Tests.Infrastructure;

namespace PostLint.Cli.Tests.Check;

/// <summary>Markdown posts: front matter metadata, suppressions, and positions mapped back to the file.</summary>
public sealed class MarkdownTests : IDisposable
{
    private readonly Workspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void Line_and_column_point_into_the_file_not_the_body()
    {
        const string content = "---\ntitle: Weekupdate\nlang: nl\nplatform: linkedin\n---\n\nBeste collega's,\n\nVragen? Mail els.jansen1962@gmail.com.\n";
        _workspace.Write("week.md", content);

        var diagnostic = _workspace.Run("check", "--format", "json", "week.md").Json.GetProperty("posts")[0].GetProperty("diagnostics")[0];

        var line = diagnostic.GetProperty("line").GetInt32();
        var column = diagnostic.GetProperty("column").GetInt32();
        line.Should().Be(9);
        content.Split('\n')[line - 1][(column - 1)..].Should().StartWith("els.jansen1962@gmail.com");
        diagnostic.GetProperty("start").GetInt32().Should().Be("Beste collega's,\n\nVragen? Mail ".Length, "start/end stay offsets into the post's text");
    }

    [Fact]
    public void Suppression_with_a_reason_silences_the_rule()
    {
        _workspace.Write("call.md", "---\npostlint:\n  disable: [PL1003]\n  reason: research team mailbox, not a person\n---\nAanmelden via hartstudie.team@umc-voorbeeld.nl\n");

        var run = _workspace.Run("check", "call.md");

        run.ExitCode.Should().Be(0, run.Stdout);
    }

    [Fact]
    public void Suppression_without_a_reason_exits_2_naming_file_and_line()
    {
        _workspace.Write("call.md", "---\nlang: nl\npostlint:\n  disable: [PL1003]\n---\nAanmelden via hartstudie.team@umc-voorbeeld.nl\n");

        var run = _workspace.Run("check", "call.md");

        run.ExitCode.Should().Be(ExitCodes.UsageError);
        run.Stderr.Should().StartWith("postlint: call.md:4:").And.Contain("needs a reason");
    }

    [Fact]
    public void Front_matter_id_and_language_reach_the_report()
    {
        _workspace.Write("p.md", "---\nid: post-17\nlang: en\n---\nMail els.jansen1962@gmail.com voor info.\n");

        var post = _workspace.Run("check", "--format", "json", "p.md").Json.GetProperty("posts")[0];

        post.GetProperty("id").GetString().Should().Be("post-17");
        post.GetProperty("language").GetString().Should().Be("en");
    }

    [Fact]
    public void Invalid_front_matter_exits_2()
    {
        _workspace.Write("p.md", "---\nlang: [nl\n---\nTekst\n");

        var run = _workspace.Run("check", "p.md");

        run.ExitCode.Should().Be(ExitCodes.UsageError);
        run.Stderr.Should().StartWith("postlint: p.md:").And.Contain("invalid YAML");
    }
}

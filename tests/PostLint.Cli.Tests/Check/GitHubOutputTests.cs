using PostLint.Cli.Tests.Infrastructure;

namespace PostLint.Cli.Tests.Check;

/// <summary>`--format github`: workflow commands the Actions runner turns into annotations.</summary>
public sealed class GitHubOutputTests : IDisposable
{
    private readonly Workspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void One_annotation_per_finding_with_file_and_range()
    {
        _workspace.Write("posts/week 1.md", "---\nlang: en\n---\nMail her son at tom_r@outlook.co.uk, please.\n");

        var run = _workspace.Run("check", "--format", "github", "posts");

        run.ExitCode.Should().Be(1);
        var line = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().ContainSingle().Subject;
        line.Should().StartWith("::warning file=posts/week 1.md,line=4,col=17,endLine=4,endColumn=36,title=PL1003::E-mail address 'tom_r@outlook.co.uk'");
    }

    [Fact]
    public void Error_findings_become_error_commands_and_stdin_has_no_file()
    {
        _workspace.Write(".postlint.yml", "rules:\n  PL1003: error\n");
        var console = _workspace.Console().WithStdin("Mail tom_r@outlook.co.uk\n");

        var run = _workspace.Run(console, "check", "--format", "github", "-");

        run.Stdout.Should().StartWith("::error line=1,col=6,");
    }

    [Fact]
    public void An_advised_count_to_ten_is_a_notice_with_its_reasons()
    {
        _workspace.Write("posts/angry.md", "---\nid: a1\nlang: en\n---\nThat useless idiot from pharmacy lost the script again.\n");
        _workspace.Write("posts/calm.md", "---\nlang: en\n---\nThanks to the night team for a calm shift.\n");

        var run = _workspace.Run("check", "--format", "github", "posts");

        var notices = run.Stdout.Split('\n').Where(l => l.Contains("title=PL0001", StringComparison.Ordinal)).ToList();
        notices.Should().ContainSingle().Which.Should().StartWith("::notice file=posts/angry.md,line=5,title=PL0001 (a1)::Count to ten: ");
    }
}

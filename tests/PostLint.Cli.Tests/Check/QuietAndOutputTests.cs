using PostLint.Cli.Tests.Infrastructure;

namespace PostLint.Cli.Tests.Check;

/// <summary>`--quiet` leaves out the summary line; `--output FILE` writes any format to a file.</summary>
public sealed class QuietAndOutputTests : IDisposable
{
    private const string WithWarning = "Mail de dochter via els.jansen1962@gmail.com voor het bezoek.";

    private readonly Workspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void Quiet_prints_the_findings_without_a_summary()
    {
        _workspace.Write("post.txt", WithWarning);

        var run = _workspace.Run("check", "--quiet", "post.txt");

        run.ExitCode.Should().Be(ExitCodes.Findings);
        run.Stdout.Should().StartWith("post.txt:1:21: warning PL1003:").And.NotContain("checked");
    }

    [Theory]
    [InlineData("text", "post.txt:1:21: warning PL1003:")]
    [InlineData("json", "{")]
    [InlineData("sarif", "{")]
    [InlineData("github", "::warning file=post.txt,line=1,col=21,")]
    public void Output_writes_every_format_to_the_file_and_nothing_to_stdout(string format, string start)
    {
        _workspace.Write("post.txt", WithWarning);

        var run = _workspace.Run(_workspace.Console().AsTerminal(), "check", "--format", format, "--output", "out/report", "post.txt");

        run.ExitCode.Should().Be(ExitCodes.Findings);
        run.Stdout.Should().BeEmpty();
        File.ReadAllText(Path.Combine(_workspace.Root, "out/report")).Should().StartWith(start).And.NotContain("\e[", "a file is never coloured");
    }

    [Fact]
    public void Output_that_names_a_directory_is_one_line_and_exit_2()
    {
        _workspace.Write("post.txt", WithWarning);
        Directory.CreateDirectory(Path.Combine(_workspace.Root, "reports"));

        var run = _workspace.Run("check", "--output", "reports", "post.txt");

        run.ExitCode.Should().Be(ExitCodes.UsageError);
        run.Stderr.Should().StartWith("postlint: reports: cannot write the report: ").And.NotContain("   at ");
    }
}

using PostLint.Cli.Tests.Infrastructure;

namespace PostLint.Cli.Tests.Check;

/// <summary>Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage/input/configuration, 3 internal.</summary>
public sealed class ExitCodeTests : IDisposable
{
    private const string WithWarning = "Mail de dochter via els.jansen1962@gmail.com voor het bezoek.";
    private const string Clean = "Dank aan alle collega's voor de rustige nachtdienst.";

    private readonly Workspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void Clean_post_exits_0()
    {
        _workspace.Write("clean.txt", Clean);

        _workspace.Run("check", "clean.txt").ExitCode.Should().Be(ExitCodes.Clean);
    }

    [Fact]
    public void Warning_fails_by_default_with_exit_1()
    {
        _workspace.Write("post.txt", WithWarning);

        _workspace.Run("check", "post.txt").ExitCode.Should().Be(ExitCodes.Findings);
    }

    [Theory]
    [InlineData("error", 0)]
    [InlineData("warning", 1)]
    [InlineData("info", 1)]
    [InlineData("none", 0)]
    public void Fail_on_sets_the_threshold(string failOn, int expected)
    {
        _workspace.Write("post.txt", WithWarning);

        _workspace.Run("check", "--fail-on", failOn, "post.txt").ExitCode.Should().Be(expected);
    }

    [Fact]
    public void Missing_file_exits_2_with_one_line_and_no_stack_trace()
    {
        var run = _workspace.Run("check", "nope.txt");

        run.ExitCode.Should().Be(ExitCodes.UsageError);
        run.Stderr.Trim().Should().Be("postlint: nope.txt: no such file or directory");
        run.Stdout.Should().BeEmpty();
    }

    [Fact]
    public void Unknown_option_exits_2()
    {
        _workspace.Write("post.txt", Clean);

        var run = _workspace.Run("check", "--frobnicate", "post.txt");

        run.ExitCode.Should().Be(ExitCodes.UsageError);
        run.Stderr.Should().Contain("--frobnicate").And.NotContain("   at ");
    }

    [Fact]
    public void Mistyped_option_is_named_with_the_option_it_resembles()
    {
        _workspace.Write("post.txt", Clean);

        var run = _workspace.Run("check", "--formt", "json", "post.txt");

        run.ExitCode.Should().Be(ExitCodes.UsageError);
        run.Stderr.Should().Contain("unknown option '--formt'; did you mean '--format'?").And.NotContain("no such file");
    }

    [Fact]
    public void Mistyped_command_is_named_with_the_command_it_resembles()
    {
        var run = _workspace.Run("chek", "post.txt");

        run.ExitCode.Should().Be(ExitCodes.UsageError);
        run.Stderr.Should().Contain("'chek'; did you mean 'check'?");
    }

    [Fact]
    public void A_file_whose_name_starts_with_a_dash_is_still_a_path()
    {
        _workspace.Write("-draft.txt", Clean);

        _workspace.Run("check", "--", "-draft.txt").ExitCode.Should().Be(ExitCodes.Clean);
    }

    [Fact]
    public void Unknown_format_exits_2()
    {
        _workspace.Write("post.txt", Clean);

        _workspace.Run("check", "--format", "xml", "post.txt").ExitCode.Should().Be(ExitCodes.UsageError);
    }
}

using PostLint.Cli.Tests.Infrastructure;

namespace PostLint.Cli.Tests.Check;

/// <summary>`--interactive`: on a terminal, count ten seconds when count-to-ten is advised, then ask.</summary>
public sealed class InteractivePauseTests : IDisposable
{
    // An error-level finding advises count-to-ten.
    private const string Advised = "Mail els.jansen1962@gmail.com even, dan weet de familie het.";

    private readonly Workspace _workspace = new();

    public InteractivePauseTests() => _workspace.Write(".postlint.yml", "rules:\n  PL1003: error\n");

    public void Dispose() => _workspace.Dispose();

    [Theory]
    [InlineData("j", 0)]
    [InlineData("ja", 0)]
    [InlineData("n", 1)]
    [InlineData("", 1)]
    public void Counts_ten_seconds_in_the_posts_language_then_asks(string answer, int exitCode)
    {
        _workspace.Write("post.txt", Advised);
        var console = _workspace.Console().AsTerminal().Type(answer);

        var run = _workspace.Run(console, "check", "--interactive", "post.txt");

        run.ExitCode.Should().Be(exitCode);
        _workspace.Clock.Waits.Should().HaveCount(10).And.OnlyContain(w => w == TimeSpan.FromSeconds(1));
        run.Stdout.Should().Contain("Tel tot tien: 'els.jansen1962@gmail.com' (PL1003)", "the findings come first");
        run.Stdout.Should().Contain("  1 een...\n").And.Contain("  10 tien...\n");
        run.Stdout.Should().EndWith("Toch plaatsen? [j/N] ");
    }

    [Fact]
    public void Asks_in_english_for_an_english_post()
    {
        _workspace.Write("post.txt", "Please mail els.jansen1962@gmail.com with the photos from the ward today.");
        var console = _workspace.Console().AsTerminal().Type("y");

        var run = _workspace.Run(console, "check", "-i", "post.txt");

        run.ExitCode.Should().Be(0);
        run.Stdout.Should().Contain("  3 three...\n").And.EndWith("Post anyway? [y/N] ");
    }

    [Fact]
    public void End_of_input_at_the_prompt_means_no()
    {
        _workspace.Write("post.txt", Advised);

        _workspace.Run(_workspace.Console().AsTerminal(), "check", "--interactive", "post.txt").ExitCode.Should().Be(1);
    }

    [Fact]
    public void No_pause_when_count_to_ten_is_not_advised()
    {
        _workspace.Write("post.txt", "Fijne feestdagen allemaal!");

        var run = _workspace.Run(_workspace.Console().AsTerminal(), "check", "--interactive", "post.txt");

        run.ExitCode.Should().Be(0);
        _workspace.Clock.Waits.Should().BeEmpty();
        run.Stdout.Should().NotContain("plaatsen?");
    }

    [Fact]
    public void Never_waits_when_output_is_redirected()
    {
        _workspace.Write("post.txt", Advised);
        var console = _workspace.Console();
        console.IsInputRedirected = false;

        var run = _workspace.Run(console, "check", "--interactive", "post.txt");

        run.ExitCode.Should().Be(1, "it behaves like a plain check");
        _workspace.Clock.Waits.Should().BeEmpty();
    }

    [Fact]
    public void Never_waits_when_input_is_redirected()
    {
        _workspace.Write("post.txt", Advised);
        var console = _workspace.Console();
        console.IsOutputRedirected = false;

        _workspace.Run(console, "check", "--interactive", "post.txt");

        _workspace.Clock.Waits.Should().BeEmpty();
    }

    [Fact]
    public void Never_waits_on_ci()
    {
        _workspace.Write("post.txt", Advised);
        var console = _workspace.Console().AsTerminal().Type("j");
        console.Environment["CI"] = "true";

        var run = _workspace.Run(console, "check", "--interactive", "post.txt");

        run.ExitCode.Should().Be(1);
        _workspace.Clock.Waits.Should().BeEmpty();
    }
}

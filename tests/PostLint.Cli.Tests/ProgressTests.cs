using System.Diagnostics;
using System.Text;
using PostLint.Cli.Tests.Infrastructure;

namespace PostLint.Cli.Tests;

/// <summary>
/// Progress on standard error: shown under a real terminal (util-linux `script` gives the process a
/// pseudo-terminal), never when standard error is redirected, on a CI runner or with --quiet.
/// POSTLINT_PROGRESS_AFTER=0 shows it from the start, so the test needs no two-second run.
/// </summary>
public sealed class ProgressTests : IDisposable
{
    private const string Progress = "posts checked";

    private static readonly string Executable = Path.Combine(AppContext.BaseDirectory, "postlint");

    private readonly Workspace _workspace = new();

    public ProgressTests()
    {
        var posts = new StringBuilder();
        for (var i = 0; i < 400; i++)
        {
            posts.Append("{\"id\": ").Append(i).Append(", \"lang\": \"nl\", \"text\": \"Bedankt team ").Append(i).Append(" voor de rustige nachtdienst op de afdeling, tot morgen!\"}\n");
        }

        _workspace.Write("posts.jsonl", posts.ToString());
    }

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void Progress_appears_on_a_terminal()
    {
        var screen = UnderTerminal($"'{Executable}' check --fail-on none posts.jsonl > /dev/null");

        screen.Should().MatchRegex(@"postlint: [0-9,]+ posts checked").And.Contain("\r\e[K", "the line is rewritten in place and wiped at the end");
    }

    [Fact]
    public void No_progress_when_stderr_is_redirected()
    {
        var screen = UnderTerminal($"'{Executable}' check --fail-on none posts.jsonl > /dev/null 2> stderr.txt");

        screen.Should().NotContain(Progress);
        File.ReadAllText(Path.Combine(_workspace.Root, "stderr.txt")).Should().BeEmpty();
    }

    [Fact]
    public void No_progress_on_a_ci_runner()
    {
        UnderTerminal($"CI=true '{Executable}' check --fail-on none posts.jsonl > /dev/null").Should().NotContain(Progress);
    }

    [Fact]
    public void No_progress_with_quiet()
    {
        UnderTerminal($"'{Executable}' check --quiet --fail-on none posts.jsonl > /dev/null").Should().NotContain(Progress);
    }

    // Runs a shell command under `script`, which gives it a pseudo-terminal, and returns what reached the terminal.
    private string UnderTerminal(string command)
    {
        var typescript = Path.Combine(_workspace.Root, "typescript");
        var start = new ProcessStartInfo("script")
        {
            WorkingDirectory = _workspace.Root,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { "--quiet", "--return", "--command", command, typescript })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment.Remove("CI");
        start.Environment["POSTLINT_PROGRESS_AFTER"] = "0";
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var error = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEnd();
        process.WaitForExit(TimeSpan.FromMinutes(2)).Should().BeTrue();
        process.ExitCode.Should().Be(0, error.Result);
        return File.ReadAllText(typescript);
    }
}

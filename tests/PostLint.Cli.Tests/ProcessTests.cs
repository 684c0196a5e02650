using System.Text.Json;
using PostLint.Cli.Tests.Infrastructure;

namespace PostLint.Cli.Tests;

/// <summary>A few runs of the built `postlint` executable as a separate process: real streams, real exit codes.</summary>
public sealed class ProcessTests : IDisposable
{
    private readonly Workspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void Json_lines_check_writes_the_contract_and_exits_1()
    {
        _workspace.Write("posts.jsonl", "{\"id\": \"p1\", \"text\": \"Mail els.jansen1962@gmail.com even.\"}\n{\"id\": \"p2\", \"text\": \"Fijne dag!\"}\n");

        var (exitCode, stdout, stderr) = Start("check --format json posts.jsonl");

        exitCode.Should().Be(1, stderr);
        using var json = JsonDocument.Parse(stdout);
        json.RootElement.GetProperty("posts").EnumerateArray().Select(p => p.GetProperty("id").GetString()).Should().Equal("p1", "p2");
    }

    [Fact]
    public void Stdin_pipe_is_checked()
    {
        var (exitCode, stdout, _) = Start("check --fail-on none -", stdin: "Mail tom_r@outlook.co.uk please.");

        exitCode.Should().Be(0);
        stdout.Should().StartWith("<stdin>:1:6: warning PL1003:").And.NotContain("\e[", "output to a pipe is never coloured");
    }

    [Fact]
    public void Missing_file_exits_2_with_one_line_on_stderr()
    {
        var (exitCode, stdout, stderr) = Start("check missing.md");

        exitCode.Should().Be(2);
        stdout.Should().BeEmpty();
        stderr.Should().Be("postlint: missing.md: no such file or directory" + Environment.NewLine);
    }

    [Fact]
    public void Runtime_keeps_culture_data_for_diacritic_folding()
    {
        // Tokenizer.Normalize folds "patiënt" to "patient" through Unicode decomposition, which
        // invariant-globalization mode silently turns off; start-up must not be bought with that.
        var config = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "postlint.runtimeconfig.json"));

        config.Should().NotContain("System.Globalization.Invariant\": true");
    }

    private (int ExitCode, string Stdout, string Stderr) Start(string arguments, string? stdin = null) =>
        PostLintProcess.Run(_workspace.Root, arguments, stdin);
}

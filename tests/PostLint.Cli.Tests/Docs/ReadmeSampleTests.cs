using System.Text.RegularExpressions;
using PostLint.Cli.Tests.Infrastructure;

namespace PostLint.Cli.Tests.Docs;

/// <summary>
/// The README cannot drift from the tool: every sample command it shows (a <c>```sh</c> block holding one
/// <c>postlint …</c> line, followed by a <c>```text</c> block) is run from the repository root, and its
/// output must be exactly the block that follows.
/// </summary>
public sealed partial class ReadmeSampleTests
{
    private static readonly string RepoRoot = FindRepoRoot();

    public static TheoryData<string, string> Samples()
    {
        var data = new TheoryData<string, string>();
        foreach (Match sample in Sample().Matches(File.ReadAllText(Path.Combine(RepoRoot, "README.md")).ReplaceLineEndings("\n")))
        {
            data.Add(sample.Groups["command"].Value, sample.Groups["output"].Value);
        }

        return data;
    }

    [Fact]
    public void The_readme_shows_a_sample_run() => Samples().Should().NotBeEmpty("the README's text-format section shows a real run");

    [Theory]
    [MemberData(nameof(Samples))]
    public void Sample_output_is_what_the_command_prints(string command, string output)
    {
        var console = new TestConsole(RepoRoot);

        var exitCode = CliApplication.Run(command.Split(' ', StringSplitOptions.RemoveEmptyEntries), console, new RecordingClock());

        console.Err.ToString().Should().BeEmpty();
        exitCode.Should().BeOneOf(0, 1);
        console.Out.ToString().ReplaceLineEndings("\n").TrimEnd().Should().Be(output.TrimEnd(), $"the README shows the output of `postlint {command}`");
    }

    [Fact]
    public void The_first_command_exits_1_as_the_readme_says()
    {
        var exitCode = CliApplication.Run(["check", "samples/"], new TestConsole(RepoRoot), new RecordingClock());

        exitCode.Should().Be(1, "the README says checking the samples exits 1 because some of them have findings");
    }

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "PostLint.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("PostLint.sln not found above the test assembly");
    }

    [GeneratedRegex(@"```sh\npostlint (?<command>[^\n]+)\n```\n+```text\n(?<output>.*?)```", RegexOptions.Singleline, 1000)]
    private static partial Regex Sample();
}

using PostLint.Cli.Tests.Infrastructure;

namespace PostLint.Cli.Tests;

/// <summary>
/// Input built to break PostLint, run through the real executable: each gives exit 2 and exactly one
/// line on stderr naming the file (and line or byte), never a stack trace or an internal error.
/// </summary>
public sealed class HostileInputProcessTests : IDisposable
{
    private readonly Workspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Theory]
    [InlineData("{\"text\": \"Fijne dag\", \"id\": \"\\ud800\"}", "posts.jsonl:2:29: \"id\" holds an unpaired surrogate escape")]
    [InlineData("{\"text\": \"Fijne \\udc00 dag\"}", "posts.jsonl:2:10: \"text\" holds an unpaired surrogate escape")]
    [InlineData("{\"text\": \"Fijne dag\", \"author\": {\"specialty\": \"\\ud800\"}}", "posts.jsonl:2:47: \"author.specialty\" holds")]
    [InlineData("{\"text\": \"\"}", "posts.jsonl:2: empty post")]
    public void A_broken_json_lines_member_is_one_line_and_exit_2(string line, string expected)
    {
        _workspace.Write("posts.jsonl", "{\"text\": \"Goedemorgen\"}\n" + line + "\n");

        var (exitCode, stdout, stderr) = PostLintProcess.Run(_workspace.Root, "check posts.jsonl");

        exitCode.Should().Be(2);
        OneLine(stderr).Should().StartWith("postlint: " + expected);
        stdout.Should().Contain("1 post checked", "the good post in the file is still checked and the bad one reported");
    }

    [Fact]
    public void Front_matter_nested_50000_deep_is_one_line_and_exit_2()
    {
        _workspace.Write("post.md", "---\ntags: " + new string('[', 50_000) + new string(']', 50_000) + "\n---\nFijne dag!\n");

        var (exitCode, _, stderr) = PostLintProcess.Run(_workspace.Root, "check post.md");

        exitCode.Should().Be(2);
        OneLine(stderr).Should().StartWith("postlint: post.md:2:").And.Contain("YAML nested deeper than 64 levels");
    }

    [Fact]
    public void A_configuration_nested_50000_deep_is_one_line_and_exit_2()
    {
        _workspace.Write(".postlint.yml", "codenames:\n" + string.Concat(Enumerable.Range(0, 50_000).Select(_ => "- ")) + "x\n");
        _workspace.Write("post.txt", "Fijne dag!");

        var (exitCode, _, stderr) = PostLintProcess.Run(_workspace.Root, "check post.txt");

        exitCode.Should().Be(2);
        OneLine(stderr).Should().StartWith("postlint: .postlint.yml:2:").And.Contain("YAML nested deeper than 64 levels");
    }

    [Theory]
    [InlineData("Infinity")]
    [InlineData("NaN")]
    [InlineData("-1")]
    [InlineData("0")]
    public void A_catchment_that_is_no_population_is_one_line_and_exit_2(string catchment)
    {
        _workspace.Write(".postlint.yml", $"reidentification:\n  catchment: {catchment}\n");
        _workspace.Write("post.txt", "Fijne dag!");

        var (exitCode, _, stderr) = PostLintProcess.Run(_workspace.Root, "check post.txt");

        exitCode.Should().Be(2);
        OneLine(stderr).Should().Be($"postlint: .postlint.yml:2:14: reidentification.catchment must be a whole number of people from 1 to 10,000,000,000, not '{catchment}'");
    }

    [Fact]
    public void A_symlink_to_dev_zero_named_directly_is_refused_at_its_first_byte()
    {
        if (!File.Exists("/dev/zero"))
        {
            return; // no such device on this system (Windows)
        }

        File.CreateSymbolicLink(Path.Combine(_workspace.Root, "zero.txt"), "/dev/zero");

        var (exitCode, _, stderr) = PostLintProcess.Run(_workspace.Root, "check zero.txt");

        exitCode.Should().Be(2);
        OneLine(stderr).Should().Be("postlint: zero.txt: binary file (NUL byte at offset 0); PostLint reads UTF-8 text");
    }

    [Fact]
    public void Two_gigabytes_on_stdin_are_refused_after_the_first_few_hundred_kilobytes()
    {
        const long Offered = 2L * 1024 * 1024 * 1024;
        var chunk = new byte[64 * 1024];
        Array.Fill(chunk, (byte)'a');

        var ((exitCode, _, stderr), written) = PostLintProcess.Run(_workspace.Root, "check -", stdin =>
        {
            long sent = 0;
            try
            {
                for (; sent < Offered; sent += chunk.Length)
                {
                    stdin.Write(chunk);
                }
            }
            catch (IOException)
            {
                // postlint closed the pipe once it had read enough to refuse the input.
            }

            return sent;
        });

        exitCode.Should().Be(2);
        OneLine(stderr).Should().Be("postlint: <stdin>: longer than the 165,536 characters PostLint reads from one post file; stopped reading there");
        written.Should().BeLessThan(16 * 1024 * 1024, "postlint stops reading at the limit instead of taking in all 2 GB");
    }

    [Fact]
    public void Terminal_controls_in_a_post_reach_the_text_report_as_visible_pictures()
    {
        _workspace.Write("post.txt", "\e]0;owned\a\e[2J Mail els.jansen1962@gmail.com even.");

        var (exitCode, stdout, _) = PostLintProcess.Run(_workspace.Root, "check post.txt");

        exitCode.Should().Be(1);
        stdout.Should().NotContainAny("\e", "\a").And.Contain("␛]0;owned␇␛[2J Mail");
    }

    [Fact]
    public void Terminal_controls_in_a_post_reach_github_annotations_as_visible_pictures()
    {
        _workspace.Write("posts.jsonl", "{\"id\": \"\\u001b[31mred\", \"text\": \"Mail els.jansen1962@gmail.com even.\"}\n");

        var (exitCode, stdout, _) = PostLintProcess.Run(_workspace.Root, "check --format github posts.jsonl");

        exitCode.Should().Be(1);
        stdout.Should().NotContain("\e").And.Contain("(␛[31mred)");
    }

    // Exactly one line, and no sign of a stack trace or an internal error.
    private static string OneLine(string stderr)
    {
        stderr.Should().EndWith(Environment.NewLine).And.NotContainAny("   at ", "Exception", "internal error");
        var lines = stderr.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        lines.Should().ContainSingle();
        return lines[0];
    }
}

using System.Text;
using PostLint.Cli.Tests.Infrastructure;

namespace PostLint.Cli.Tests.Check;

/// <summary>What `postlint check` accepts as input, and how it refuses what it cannot read.</summary>
public sealed class InputTests : IDisposable
{
    private const string Finding = "Mail els.jansen1962@gmail.com even.";

    private readonly Workspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void Stdin_is_read_with_dash()
    {
        var console = _workspace.Console().WithStdin(Finding);

        var run = _workspace.Run(console, "check", "--format", "json", "-");

        run.ExitCode.Should().Be(1);
        var post = run.Json.GetProperty("posts")[0];
        post.GetProperty("source").GetString().Should().Be("<stdin>");
        post.GetProperty("diagnostics")[0].GetProperty("id").GetString().Should().Be("PL1003");
    }

    [Fact]
    public void Stdin_is_read_when_no_path_is_given_and_input_is_piped()
    {
        var console = _workspace.Console().WithStdin("---\nid: piped\n---\n" + Finding);

        var run = _workspace.Run(console, "check", "--format", "json");

        run.Json.GetProperty("posts")[0].GetProperty("id").GetString().Should().Be("piped", "front matter works on stdin too");
    }

    [Fact]
    public void No_path_on_a_terminal_is_a_usage_error()
    {
        var run = _workspace.Run(_workspace.Console().AsTerminal(), "check");

        run.ExitCode.Should().Be(ExitCodes.UsageError);
        run.Stderr.Should().StartWith("postlint: nothing to check");
    }

    [Fact]
    public void Directories_are_searched_recursively_for_post_files_only()
    {
        _workspace.Write("posts/a.txt", "Fijne dag!");
        _workspace.Write("posts/2026/b.md", "Fijne dag!");
        _workspace.Write("posts/2026/c.jsonl", "{\"id\":\"c1\",\"text\":\"Fijne dag!\"}\n{\"id\":\"c2\",\"text\":\"Fijne dag!\"}");
        _workspace.Write("posts/photo.png", "not a post");
        _workspace.Write("posts/.git/x.txt", "hidden");
        _workspace.Write("posts/bin/y.txt", "build output");

        var run = _workspace.Run("check", "--format", "json", "posts");

        run.Json.GetProperty("posts").EnumerateArray().Select(p => p.GetProperty("source").GetString())
            .Should().Equal("posts/a.txt", "posts/2026/b.md", "posts/2026/c.jsonl", "posts/2026/c.jsonl");
    }

    [Fact]
    public void A_folders_own_readme_and_licence_are_not_posts_unless_named()
    {
        _workspace.Write("posts/a.txt", "Fijne dag!");
        _workspace.Write("posts/README.md", "Zet hier de geplande posts; mail vragen naar comms@ziekenhuis.nl.");
        _workspace.Write("posts/2026/LICENSE.txt", "MIT");
        _workspace.Write("posts/readme-first.md", "Fijne dag!");

        var walked = _workspace.Run("check", "--format", "json", "posts");
        var named = _workspace.Run("check", "--format", "json", "posts/README.md");

        walked.Json.GetProperty("posts").EnumerateArray().Select(p => p.GetProperty("source").GetString())
            .Should().Equal("posts/a.txt", "posts/readme-first.md");
        named.Json.GetProperty("posts").EnumerateArray().Should().ContainSingle();
    }

    [Theory]
    [InlineData("posts/*.md", new[] { "posts/a.md" })]
    [InlineData("posts/**/*.md", new[] { "posts/a.md", "posts/deep/er/c.md" })]
    [InlineData("posts/?.txt", new[] { "posts/b.txt" })]
    [InlineData("posts/[ab].*", new[] { "posts/a.md", "posts/b.txt" })]
    public void Globs_are_expanded(string pattern, string[] expected)
    {
        _workspace.Write("posts/a.md", "Fijne dag!");
        _workspace.Write("posts/b.txt", "Fijne dag!");
        _workspace.Write("posts/deep/er/c.md", "Fijne dag!");

        var run = _workspace.Run("check", "--format", "json", pattern);

        run.Json.GetProperty("posts").EnumerateArray().Select(p => p.GetProperty("source").GetString()).Should().Equal(expected);
    }

    [Fact]
    public void A_file_named_twice_is_checked_once()
    {
        _workspace.Write("a.txt", "Fijne dag!");

        var run = _workspace.Run("check", "--format", "json", "a.txt", "./a.txt", "*.txt");

        run.Json.GetProperty("summary").GetProperty("posts").GetInt32().Should().Be(1);
    }

    [Fact]
    public void Unmatched_glob_exits_2()
    {
        var run = _workspace.Run("check", "drafts/*.md");

        run.ExitCode.Should().Be(ExitCodes.UsageError);
        run.Stderr.Trim().Should().Be("postlint: drafts/*.md: no post file matches this pattern");
    }

    [Fact]
    public void Empty_file_exits_2()
    {
        _workspace.Write("empty.md", "\n  \n");

        var run = _workspace.Run("check", "empty.md");

        run.ExitCode.Should().Be(ExitCodes.UsageError);
        run.Stderr.Trim().Should().Be("postlint: empty.md: empty file: there is no post to check");
    }

    [Fact]
    public void Binary_file_exits_2()
    {
        _workspace.WriteBytes("image.txt", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x01]);

        var run = _workspace.Run("check", "image.txt");

        run.ExitCode.Should().Be(ExitCodes.UsageError);
        run.Stderr.Should().StartWith("postlint: image.txt: binary file (NUL byte at offset 4)");
    }

    [Fact]
    public void Invalid_utf8_exits_2_with_the_byte_offset()
    {
        _workspace.WriteBytes("latin1.txt", [.. Encoding.ASCII.GetBytes("Caf"), 0xE9, .. Encoding.ASCII.GetBytes(" open")]);

        var run = _workspace.Run("check", "latin1.txt");

        run.ExitCode.Should().Be(ExitCodes.UsageError);
        run.Stderr.Should().StartWith("postlint: latin1.txt: invalid UTF-8 at byte offset 3");
    }

    [Fact]
    public void Invalid_utf8_on_stdin_exits_2()
    {
        var console = _workspace.Console();
        console.Stdin = [0x61, 0xFF];

        var run = _workspace.Run(console, "check", "-");

        run.ExitCode.Should().Be(ExitCodes.UsageError);
        run.Stderr.Should().StartWith("postlint: <stdin>: invalid UTF-8 at byte offset 1");
    }

    [Fact]
    public void Huge_post_is_refused_with_a_clear_message()
    {
        _workspace.Write("huge.txt", new string('a', 100_001));

        var run = _workspace.Run("check", "huge.txt");

        run.ExitCode.Should().Be(ExitCodes.UsageError);
        run.Stderr.Should().Contain("huge.txt").And.Contain("100,001 characters").And.Contain("100,000");
    }

    [Fact]
    public void Broken_json_line_exits_2_naming_file_and_line()
    {
        _workspace.Write("posts.jsonl", "{\"text\": \"ok\"}\n{\"text\": \"unterminated}\n");

        var run = _workspace.Run("check", "posts.jsonl");

        run.ExitCode.Should().Be(ExitCodes.UsageError);
        run.Stderr.Should().StartWith("postlint: posts.jsonl:2:").And.Contain("invalid JSON");
        run.Stderr.Trim().Split('\n').Should().ContainSingle();
    }

    [Fact]
    public void Every_bad_input_is_reported_before_giving_up()
    {
        _workspace.Write("good.txt", "Fijne dag!");
        _workspace.Write("empty.txt", string.Empty);

        var run = _workspace.Run("check", "good.txt", "empty.txt", "missing.txt");

        run.ExitCode.Should().Be(ExitCodes.UsageError);
        run.Stdout.Should().BeEmpty("nothing is reported when the input is incomplete");
    }

    [Fact]
    public void Files_of_any_extension_named_explicitly_are_read_as_text()
    {
        _workspace.Write("draft", Finding);

        _workspace.Run("check", "draft").ExitCode.Should().Be(1);
    }

    [Fact]
    public void Lang_option_sets_the_language_of_posts_that_do_not_state_one()
    {
        _workspace.Write("a.txt", Finding);
        _workspace.Write("b.jsonl", "{\"lang\": \"nl\", \"text\": \"" + Finding + "\"}");

        var run = _workspace.Run("check", "--format", "json", "--lang", "en", "a.txt", "b.jsonl");

        run.Json.GetProperty("posts").EnumerateArray().Select(p => p.GetProperty("language").GetString()).Should().Equal("en", "nl");
        run.Json.GetProperty("posts")[0].GetProperty("diagnostics")[0].GetProperty("message").GetString().Should().StartWith("E-mail address");
    }
}

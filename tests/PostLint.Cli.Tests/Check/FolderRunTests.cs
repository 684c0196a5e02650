using System.Diagnostics;
using System.Text;
using PostLint.Cli.Tests.Infrastructure;

namespace PostLint.Cli.Tests.Check;

/// <summary>
/// A folder or glob run goes on past a file it cannot read: that file is an error in the report
/// (every format) and on stderr, the other posts are checked, and the run exits 2. The walk does not
/// follow linked folders, reads each file once, and does not open what is not a regular file.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class FolderRunTests : IDisposable
{
    private const string Good = "Fijne dag allemaal!";

    private readonly Workspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void An_empty_file_is_an_error_and_the_good_posts_are_still_reported()
    {
        WriteFolderWithEmptyFile();

        var run = _workspace.Run("check", "--format", "json", "posts");

        run.ExitCode.Should().Be(ExitCodes.UsageError);
        run.Json.GetProperty("posts").EnumerateArray().Select(p => p.GetProperty("source").GetString()).Should().Equal("posts/a.md", "posts/c.txt");
        var error = run.Json.GetProperty("inputErrors").EnumerateArray().Should().ContainSingle().Subject;
        error.GetProperty("source").GetString().Should().Be("posts/b.md");
        error.GetProperty("message").GetString().Should().Be("empty file: there is no post to check");
        run.Json.GetProperty("summary").GetProperty("inputErrors").GetInt32().Should().Be(1);
        run.Stderr.Should().Be("postlint: posts/b.md: empty file: there is no post to check" + Environment.NewLine);
    }

    [Fact]
    public void The_error_is_in_the_text_report()
    {
        WriteFolderWithEmptyFile();

        var run = _workspace.Run("check", "posts");

        run.ExitCode.Should().Be(ExitCodes.UsageError);
        run.Stdout.Should().Contain("posts/b.md: error: empty file: there is no post to check")
            .And.EndWith("2 posts checked: no findings; 1 file could not be checked" + Environment.NewLine);
    }

    [Fact]
    public void The_error_is_a_tool_notification_in_sarif()
    {
        WriteFolderWithEmptyFile();

        var run = _workspace.Run("check", "--format", "sarif", "posts");

        run.ExitCode.Should().Be(ExitCodes.UsageError);
        var invocation = run.Json.GetProperty("runs")[0].GetProperty("invocations")[0];
        invocation.GetProperty("executionSuccessful").GetBoolean().Should().BeFalse();
        var notification = invocation.GetProperty("toolExecutionNotifications").EnumerateArray().Should().ContainSingle().Subject;
        notification.GetProperty("level").GetString().Should().Be("error");
        notification.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString().Should().Be("posts/b.md");
    }

    [Fact]
    public void The_error_is_an_annotation_on_github()
    {
        WriteFolderWithEmptyFile();

        var run = _workspace.Run("check", "--format", "github", "posts");

        run.ExitCode.Should().Be(ExitCodes.UsageError);
        run.Stdout.Should().Contain("::error file=posts/b.md,title=PostLint could not read this file::empty file: there is no post to check");
    }

    [Fact]
    public void Invalid_utf8_and_broken_front_matter_are_errors_for_their_files()
    {
        _workspace.Write("posts/a.txt", Good);
        _workspace.WriteBytes("posts/b.txt", [.. Encoding.ASCII.GetBytes("Caf"), 0xE9]);
        _workspace.Write("posts/c.md", "---\nlang: [nl\n---\n" + Good);
        _workspace.Write("posts/d.txt", Good);

        var run = _workspace.Run("check", "--format", "json", "posts/*.*");

        run.ExitCode.Should().Be(ExitCodes.UsageError);
        run.Json.GetProperty("posts").EnumerateArray().Select(p => p.GetProperty("source").GetString()).Should().Equal("posts/a.txt", "posts/d.txt");
        run.Json.GetProperty("inputErrors").EnumerateArray().Select(e => e.GetProperty("source").GetString()).Should().Equal("posts/b.txt", "posts/c.md");
        run.Stderr.Trim().Split('\n').Should().HaveCount(2);
    }

    [Fact]
    public void A_broken_json_line_ends_its_file_with_an_error_after_the_posts_before_it()
    {
        _workspace.Write("posts/a.jsonl", "{\"id\": \"1\", \"text\": \"Fijne dag\"}\n{\"id\": \"2\", \"text\": \n{\"id\": \"3\", \"text\": \"Fijne dag\"}\n");
        _workspace.Write("posts/b.txt", Good);

        var run = _workspace.Run("check", "--format", "json", "posts");

        run.ExitCode.Should().Be(ExitCodes.UsageError);
        run.Json.GetProperty("posts").EnumerateArray().Select(p => p.GetProperty("source").GetString()).Should().Equal("posts/a.jsonl", "posts/b.txt");
        var error = run.Json.GetProperty("inputErrors")[0];
        error.GetProperty("line").GetInt32().Should().Be(2);
    }

    [Fact]
    public void Many_posts_are_reported_in_input_order()
    {
        var lines = Enumerable.Range(1, 500).Select(i => $"{{\"id\": \"p{i}\", \"text\": \"Post {i}: mail els.jansen{i}@gmail.com even.\"}}");
        _workspace.Write("posts.jsonl", string.Join('\n', lines));

        var run = _workspace.Run("check", "--format", "json", "posts.jsonl");

        run.Json.GetProperty("posts").EnumerateArray().Select(p => p.GetProperty("id").GetString())
            .Should().Equal(Enumerable.Range(1, 500).Select(i => $"p{i}"));
        run.Json.GetProperty("summary").GetProperty("warnings").GetInt32().Should().Be(500);
    }

    [Fact]
    public void A_linked_folder_is_not_followed_so_a_link_loop_ends()
    {
        _workspace.Write("posts/a.txt", Good);
        Directory.CreateSymbolicLink(Path.Combine(_workspace.Root, "posts/loop"), Path.Combine(_workspace.Root, "posts"));
        Directory.CreateSymbolicLink(Path.Combine(_workspace.Root, "posts/up"), _workspace.Root);

        var walked = _workspace.Run("check", "--format", "json", "posts");
        var globbed = _workspace.Run("check", "--format", "json", "posts/**/*.txt");

        walked.Json.GetProperty("posts").EnumerateArray().Select(p => p.GetProperty("source").GetString()).Should().Equal("posts/a.txt");
        globbed.Json.GetProperty("posts").EnumerateArray().Select(p => p.GetProperty("source").GetString()).Should().Equal("posts/a.txt");
    }

    [Fact]
    public void A_file_reached_through_a_link_is_checked_once()
    {
        _workspace.Write("posts/a.txt", Good);
        File.CreateSymbolicLink(Path.Combine(_workspace.Root, "posts/b.txt"), Path.Combine(_workspace.Root, "posts/a.txt"));
        Directory.CreateSymbolicLink(Path.Combine(_workspace.Root, "drafts"), Path.Combine(_workspace.Root, "posts"));

        var run = _workspace.Run("check", "--format", "json", "posts", "drafts/a.txt");

        run.Json.GetProperty("posts").EnumerateArray().Select(p => p.GetProperty("source").GetString()).Should().Equal("posts/a.txt");
    }

    [Fact]
    public void A_fifo_and_a_link_to_a_device_are_errors_not_reads()
    {
        _workspace.Write("posts/a.txt", Good);
        Exec("mkfifo", Path.Combine(_workspace.Root, "posts/pipe.txt"));
        File.CreateSymbolicLink(Path.Combine(_workspace.Root, "posts/zero.md"), "/dev/zero");

        var run = _workspace.Run("check", "--format", "json", "posts");

        run.ExitCode.Should().Be(ExitCodes.UsageError);
        run.Json.GetProperty("posts").EnumerateArray().Select(p => p.GetProperty("source").GetString()).Should().Equal("posts/a.txt");
        run.Json.GetProperty("inputErrors").EnumerateArray().Select(e => e.GetProperty("source").GetString()).Should().Equal("posts/pipe.txt", "posts/zero.md");
        run.Json.GetProperty("inputErrors")[0].GetProperty("message").GetString().Should().StartWith("not a regular file");
    }

    [Fact]
    public void An_unreadable_subfolder_is_an_error_for_that_folder()
    {
        _workspace.Write("posts/a.txt", Good);
        _workspace.Write("posts/secret/b.txt", Good);
        File.SetUnixFileMode(Path.Combine(_workspace.Root, "posts/secret"), UnixFileMode.None);
        try
        {
            var (exitCode, stdout, stderr) = RunAsUnprivilegedProcess("check --format json posts");

            exitCode.Should().Be(ExitCodes.UsageError, stderr);
            stderr.Should().StartWith("postlint: posts/secret: cannot read folder").And.NotContain(" at ");
            using var json = System.Text.Json.JsonDocument.Parse(stdout);
            json.RootElement.GetProperty("posts").EnumerateArray().Select(p => p.GetProperty("source").GetString()).Should().Equal("posts/a.txt");
        }
        finally
        {
            File.SetUnixFileMode(Path.Combine(_workspace.Root, "posts/secret"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    private void WriteFolderWithEmptyFile()
    {
        _workspace.Write("posts/a.md", Good);
        _workspace.Write("posts/b.md", string.Empty);
        _workspace.Write("posts/c.txt", Good);
    }

    // Permissions do not stop root, so as root the executable runs as 'nobody' (setpriv), which they do stop.
    private (int ExitCode, string Stdout, string Stderr) RunAsUnprivilegedProcess(string arguments)
    {
        var executable = Path.Combine(AppContext.BaseDirectory, "postlint");
        var asRoot = Environment.UserName == "root";
        var start = asRoot
            ? new ProcessStartInfo("setpriv", $"--reuid=65534 --regid=65534 --clear-groups {executable} {arguments}")
            : new ProcessStartInfo(executable, arguments);
        start.WorkingDirectory = _workspace.Root;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.Environment["DOTNET_CLI_HOME"] = Path.GetTempPath();
        start.Environment["HOME"] = Path.GetTempPath();
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit(TimeSpan.FromMinutes(1)).Should().BeTrue();
        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    private static void Exec(string command, string argument)
    {
        using var process = Process.Start(new ProcessStartInfo(command, [argument]))!;
        process.WaitForExit();
        process.ExitCode.Should().Be(0);
    }
}

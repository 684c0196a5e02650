using System.Diagnostics;

namespace PostLint.Cli.Tests.Infrastructure;

/// <summary>Runs git in a test workspace, with a fixed identity and no user or system configuration.</summary>
public static class GitRepository
{
    public static void Init(Workspace workspace)
    {
        Git(workspace, "init", "--quiet", "--initial-branch=main");
    }

    public static void CommitAll(Workspace workspace, string message)
    {
        Git(workspace, "add", "--all");
        Git(workspace, "commit", "--quiet", "--allow-empty", "-m", message);
    }

    public static string Git(Workspace workspace, params string[] arguments)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = workspace.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { "-c", "user.name=PostLint Tests", "-c", "user.email=tests@postlint.invalid", "-c", "commit.gpgsign=false" }.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["GIT_CONFIG_NOSYSTEM"] = "1";
        start.Environment["GIT_CONFIG_GLOBAL"] = "/dev/null";
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        process.ExitCode.Should().Be(0, $"git {string.Join(' ', arguments)}: {error.Result}");
        return output;
    }
}

using System.ComponentModel;
using System.Diagnostics;

namespace PostLint.Cli.Inputs;

/// <summary>
/// <c>--changed-since REF</c>: the files that differ from a git ref, asked of the git command line.
/// Added and modified files count, whether committed, staged or only in the working tree, and so do
/// new files git does not ignore; deleted files do not (there is nothing left to check).
/// </summary>
internal sealed class ChangedFiles
{
    private readonly HashSet<string> _paths;
    private readonly string _prefix;
    private readonly string _currentDirectory;

    private ChangedFiles(HashSet<string> paths, string prefix, string currentDirectory)
    {
        _paths = paths;
        _prefix = prefix;
        _currentDirectory = currentDirectory;
    }

    /// <summary>Asks git what changed since <paramref name="reference"/> in the repository around <paramref name="currentDirectory"/>.</summary>
    /// <exception cref="UsageException">Not in a git repository, git missing, or an unknown ref.</exception>
    public static ChangedFiles Since(string reference, string currentDirectory)
    {
        if (Git(currentDirectory, "rev-parse", "--show-prefix") is not (0, var prefix))
        {
            throw new UsageException($"--changed-since needs a git repository, and {currentDirectory} is not inside one");
        }

        // Any tree-ish will do: a branch, a tag, a commit, or the empty tree a hook uses before the first commit.
        if (Git(currentDirectory, "rev-parse", "--verify", "--quiet", "--end-of-options", reference + "^{tree}") is not (0, var tree))
        {
            throw new UsageException($"--changed-since: unknown git ref '{reference}'");
        }

        var paths = new HashSet<string>(StringComparer.Ordinal);
        // Compared with the working tree, so committed, staged and unsaved-to-index changes all count.
        AddAll(paths, Run(currentDirectory, "diff", "--name-only", "-z", "--no-renames", "--diff-filter=AMT", tree.Trim(), "--"));
        AddAll(paths, Run(currentDirectory, "ls-files", "--others", "--exclude-standard", "--full-name", "-z", "--", ":/"));
        return new ChangedFiles(paths, prefix.Trim(), currentDirectory);
    }

    /// <summary>Keeps the inputs that changed.</summary>
    /// <exception cref="UsageException">Standard input is among them: it has no history to compare.</exception>
    public IEnumerable<InputSource> Filter(IEnumerable<InputSource> inputs) =>
        inputs.Where(input => input.IsStdin
            ? throw new UsageException("--changed-since picks files from git; it cannot check standard input")
            : _paths.Contains(RepositoryPath(input.FullPath!)));

    // git names files from the repository's top; a path under the current directory gets the directory's
    // prefix in front, which stays right when the directory was reached through a symbolic link.
    private string RepositoryPath(string fullPath) =>
        Path.GetRelativePath(_currentDirectory, fullPath) is var relative && !relative.StartsWith("..", StringComparison.Ordinal)
            ? Path.Combine(_prefix, relative).Replace('\\', '/')
            : fullPath;

    private static void AddAll(HashSet<string> paths, string output)
    {
        foreach (var path in output.Split('\0', StringSplitOptions.RemoveEmptyEntries))
        {
            paths.Add(path);
        }
    }

    private static string Run(string directory, params string[] arguments) =>
        Git(directory, arguments) is (0, var output)
            ? output
            : throw new UsageException($"--changed-since: 'git {arguments[0]}' failed");

    private static (int ExitCode, string Output) Git(string directory, params string[] arguments)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["GIT_OPTIONAL_LOCKS"] = "0";
        try
        {
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            _ = error.Result;
            return (process.ExitCode, output);
        }
        catch (Win32Exception)
        {
            throw new UsageException("--changed-since needs git, and no 'git' command is on the PATH");
        }
    }
}

using System.Text;

namespace PostLint.Cli.Tests.Infrastructure;

/// <summary>A temporary directory with files to check; runs the CLI in it and deletes it afterwards.</summary>
public sealed class Workspace : IDisposable
{
    public Workspace()
    {
        Root = Path.Combine(Path.GetTempPath(), "postlint-cli-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    public RecordingClock Clock { get; } = new();

    public string Write(string relativePath, string content) => WriteBytes(relativePath, Encoding.UTF8.GetBytes(content));

    public string WriteBytes(string relativePath, byte[] content)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
        return path;
    }

    public TestConsole Console() => new(Root);

    public CliRun Run(params string[] args) => Run(Console(), args);

    public CliRun Run(TestConsole console, params string[] args)
    {
        var exitCode = CliApplication.Run(args, console, Clock);
        return new CliRun(exitCode, console.Out.ToString(), console.Err.ToString());
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on a slow file system must not fail the test that used it.
        }
    }
}

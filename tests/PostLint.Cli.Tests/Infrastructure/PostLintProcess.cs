using System.Diagnostics;
using System.Text;

namespace PostLint.Cli.Tests.Infrastructure;

/// <summary>Runs the built `postlint` executable as a separate process: real streams, real exit codes.</summary>
internal static class PostLintProcess
{
    private static readonly string Executable = Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "postlint.exe" : "postlint");

    /// <summary>Runs postlint in <paramref name="directory"/> with <paramref name="stdin"/> as its whole input.</summary>
    public static (int ExitCode, string Stdout, string Stderr) Run(string directory, string arguments, string? stdin = null) =>
        Run(directory, arguments, input =>
        {
            input.Write(Encoding.UTF8.GetBytes(stdin ?? string.Empty));
            return 0;
        }).Result;

    /// <summary>
    /// Runs postlint with <paramref name="feed"/> writing its standard input; the count <paramref name="feed"/>
    /// returns (bytes written, say) comes back with the result.
    /// </summary>
    public static ((int ExitCode, string Stdout, string Stderr) Result, long Fed) Run(string directory, string arguments, Func<Stream, long> feed)
    {
        var start = new ProcessStartInfo(Executable, arguments)
        {
            WorkingDirectory = directory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.Environment.Remove("POSTLINT_DEBUG");
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        var fed = feed(process.StandardInput.BaseStream);
        try
        {
            process.StandardInput.Close();
        }
        catch (IOException)
        {
            // postlint stopped reading and closed the pipe: what the feed was checking for.
        }

        process.WaitForExit(TimeSpan.FromMinutes(1)).Should().BeTrue("postlint should finish within a minute");
        return ((process.ExitCode, stdout.Result, stderr.Result), fed);
    }
}

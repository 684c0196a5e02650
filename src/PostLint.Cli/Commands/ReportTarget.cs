using System.Text;
using PostLint.Cli.Console;

namespace PostLint.Cli.Commands;

/// <summary>Where a command writes its report: standard output, or the file <c>--output</c> names.</summary>
internal sealed class ReportTarget : IDisposable
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    private ReportTarget(TextWriter writer, bool isFile)
    {
        Writer = writer;
        IsFile = isFile;
    }

    /// <summary>The report's writer.</summary>
    public TextWriter Writer { get; }

    /// <summary>True when the report goes to a file (never coloured).</summary>
    public bool IsFile { get; }

    /// <summary>Standard output, or a new file at <paramref name="path"/> (replacing one that exists, creating its directory).</summary>
    /// <exception cref="UsageException">The file cannot be created.</exception>
    public static ReportTarget Open(ICliConsole console, string? path)
    {
        if (path is null)
        {
            return new ReportTarget(console.Output, isFile: false);
        }

        try
        {
            var fullPath = Path.GetFullPath(path, console.CurrentDirectory);
            Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
            var stream = new FileStream(fullPath, FileMode.Create, FileAccess.Write, FileShare.Read);
            return new ReportTarget(new StreamWriter(stream, Utf8NoBom), isFile: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"{path}: cannot write the report: {ex.Message}");
        }
    }

    /// <summary>Colour only for a terminal, and never when the user opted out (<c>--no-color</c>, <c>NO_COLOR</c>, <c>TERM=dumb</c>).</summary>
    public bool UseColor(ICliConsole console, bool noColor) =>
        !noColor
        && !IsFile
        && !console.IsOutputRedirected
        && string.IsNullOrEmpty(console.GetEnvironmentVariable("NO_COLOR"))
        && console.GetEnvironmentVariable("TERM") != "dumb";

    public void Dispose()
    {
        if (IsFile)
        {
            Writer.Dispose();
        }
    }
}

using PostLint.Cli.Baselines;
using PostLint.Cli.Console;
using PostLint.Cli.Inputs;

namespace PostLint.Cli.Commands;

/// <summary>What <c>postlint baseline</c> was asked to do.</summary>
internal sealed record BaselineSettings
{
    /// <summary>Files, directories and globs, as typed.</summary>
    public required IReadOnlyList<string> Paths { get; init; }

    /// <summary>The baseline file to write.</summary>
    public string OutputPath { get; init; } = BaselineFile.DefaultName;

    /// <summary>Language of posts whose input does not state one; null leaves it to configuration.</summary>
    public PostLanguage? Language { get; init; }

    /// <summary>One configuration file for every post instead of the nearest <c>.postlint.yml</c>.</summary>
    public string? ConfigPath { get; init; }

    /// <summary>No progress and no closing line.</summary>
    public bool Quiet { get; init; }
}

/// <summary>
/// <c>postlint baseline</c>: checks the posts as <c>check</c> would and records every finding, so that
/// <c>check --baseline</c> reports only what is new. Run it again to accept today's findings.
/// </summary>
internal sealed class BaselineCommand(ICliConsole console)
{
    public int Run(BaselineSettings settings)
    {
        var inputs = InputExpander.Expand(settings.Paths, console.CurrentDirectory).ToList();
        if (inputs.Any(i => i.IsStdin))
        {
            throw new UsageException("a baseline records findings per file; standard input has none");
        }

        var collector = new PostCollector(console, settings.ConfigPath, settings.Language);
        if (CheckCommand.AnalyzeAll(console, collector, inputs, settings.Quiet) is not { } analysed)
        {
            return ExitCodes.UsageError;
        }

        var baseline = BaselineComparison.Record(analysed.Select(a => a.Result), settings.OutputPath, console.CurrentDirectory);
        try
        {
            baseline.Save(Path.GetFullPath(settings.OutputPath, console.CurrentDirectory));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"{settings.OutputPath}: cannot write the baseline: {ex.Message}");
        }

        if (!settings.Quiet)
        {
            var files = baseline.Entries.Select(e => e.File).Distinct(StringComparer.Ordinal).Count();
            console.Output.WriteLine($"{settings.OutputPath}: recorded {baseline.Entries.Count} findings in {files} of {inputs.Count} files");
        }

        return ExitCodes.Clean;
    }
}

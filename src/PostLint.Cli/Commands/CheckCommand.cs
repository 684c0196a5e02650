using PostLint.Cli.Console;
using PostLint.Cli.Inputs;
using PostLint.Output;

namespace PostLint.Cli.Commands;

/// <summary>
/// <c>postlint check</c>: reads the posts, analyses them, reports them and turns the findings into
/// the exit code, as one stream: a post is read, checked on any core and written in input order, so
/// memory does not grow with the input. Arguments and the configuration are checked before anything
/// is read; a file that cannot be read is reported in its place, the other posts are still checked,
/// and the run exits 2 at the end.
/// </summary>
internal sealed class CheckCommand(ICliConsole console, IPauseClock clock)
{
    public int Run(CheckSettings settings)
    {
        var inputs = ResolveInputs(settings.Paths);
        var items = new PostCollector(console, settings.ConfigPath, settings.Language).Collect(inputs);
        using var output = new TextWriterStream(console.Output);
        using var report = CreateReport(settings, output);
        AnalysisResult? advised = null;
        foreach (var outcome in OrderedAnalysis.Run(items))
        {
            if (outcome.Error is { } error)
            {
                console.ErrorOutput.WriteLine("postlint: " + error);
                report.Add(error);
                continue;
            }

            var result = outcome.Result!;
            advised ??= result.CountToTen.Advised ? result : null;
            report.Add(result);
        }

        report.Complete();
        if (settings.Format is OutputFormat.Json or OutputFormat.Sarif)
        {
            console.Output.WriteLine();
        }

        var summary = report.Summary;
        if (summary.InputErrors > 0)
        {
            return ExitCodes.UsageError;
        }

        if (settings.Interactive && advised is not null && IsInteractiveTerminal())
        {
            return new CountToTenPause(console, clock).AskToPost(advised.Language) ? ExitCodes.Clean : ExitCodes.Findings;
        }

        return settings.FailOn is { } failOn && summary.AtOrAbove(failOn) > 0 ? ExitCodes.Findings : ExitCodes.Clean;
    }

    private IEnumerable<InputSource> ResolveInputs(IReadOnlyList<string> paths)
    {
        if (paths.Count > 0)
        {
            return InputExpander.Expand(paths, console.CurrentDirectory);
        }

        return console.IsInputRedirected
            ? [InputSource.Stdin]
            : throw new UsageException("nothing to check: name files, directories or globs, or pipe a post into 'postlint check -'");
    }

    private ReportWriter CreateReport(CheckSettings settings, Stream output) => settings.Format switch
    {
        OutputFormat.Json => new JsonReportWriter(output, new JsonReportOptions { IncludeEntities = settings.IncludeEntities }),
        OutputFormat.Sarif => new SarifReportWriter(output),
        OutputFormat.GitHub => new GitHubReportWriter(console.Output),
        _ => new TextReportWriter(console.Output, UseColor(settings)),
    };

    // Colour only for a terminal, and never when the user opted out (--no-color, NO_COLOR, TERM=dumb).
    private bool UseColor(CheckSettings settings) =>
        !settings.NoColor
        && !console.IsOutputRedirected
        && string.IsNullOrEmpty(console.GetEnvironmentVariable("NO_COLOR"))
        && console.GetEnvironmentVariable("TERM") != "dumb";

    // A pause needs someone to answer it: both ends on a terminal, and not on a CI runner.
    private bool IsInteractiveTerminal() =>
        !console.IsInputRedirected
        && !console.IsOutputRedirected
        && console.GetEnvironmentVariable("CI") is null or "" or "0" or "false" or "False";
}

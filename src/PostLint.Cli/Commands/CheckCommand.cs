using PostLint.Cli.Baselines;
using PostLint.Cli.Console;
using PostLint.Cli.Inputs;
using PostLint.Cli.Progress;
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
        if (settings.ChangedSince is { } reference)
        {
            inputs = ChangedFiles.Since(reference, console.CurrentDirectory).Filter(inputs);
        }

        var baseline = settings.BaselinePath is { } baselinePath
            ? new BaselineComparison(BaselineFile.Load(Path.GetFullPath(baselinePath, console.CurrentDirectory), baselinePath), baselinePath, console.CurrentDirectory)
            : null;
        var items = new PostCollector(console, settings.ConfigPath, settings.Language).Collect(inputs);
        using var target = ReportTarget.Open(console, settings.OutputPath);
        using var progress = ProgressReporter.For(console, settings.Quiet);
        var output = target.IsFile ? target.Writer : progress.Guard(target.Writer, console.IsOutputRedirected);
        using var stream = new TextWriterStream(output);
        using var report = CreateReport(settings, stream, output, target, baseline);
        // What counts for the exit code: without the findings a baseline knows, which SARIF still lists.
        var counted = new ReportTally();
        AnalysisResult? advised = null;
        foreach (var outcome in OrderedAnalysis.Run(items))
        {
            progress.Advance();
            if (outcome.Error is { } error)
            {
                progress.Clear();
                console.ErrorOutput.WriteLine("postlint: " + error);
                counted.Add(error);
                report.Add(error);
                continue;
            }

            var result = baseline?.Compare(outcome.Result!) ?? outcome.Result!;
            advised ??= result.CountToTen.Advised ? result : null;
            counted.Add(result);
            report.Add(settings.Format == OutputFormat.Sarif ? outcome.Result! : result);
        }

        progress.Dispose();
        report.Complete();
        if (settings.Format is OutputFormat.Json or OutputFormat.Sarif)
        {
            output.WriteLine();
        }

        if (baseline is not null && !settings.Quiet && settings.Format is OutputFormat.Text or OutputFormat.GitHub)
        {
            var line = $"baseline {baseline.Summary.File}: {Count(baseline.Summary.Known, "known finding")} left out, {baseline.Summary.Resolved} resolved";
            output.WriteLine(settings.Format == OutputFormat.GitHub ? "::notice title=PostLint baseline::" + line : line);
        }

        var summary = counted.Summary;
        if (summary.InputErrors > 0)
        {
            return ExitCodes.UsageError;
        }

        if (settings.Interactive && advised is not null && IsInteractiveTerminal())
        {
            return new CountToTenPause(console, clock).AskToPost(advised.Language) ? ExitCodes.Clean : ExitCodes.Findings;
        }

        return ExitCode(summary, settings.FailOn);
    }

    /// <summary>Exit 1 when a finding at or above <paramref name="failOn"/> is left; 0 otherwise.</summary>
    public static int ExitCode(ReportSummary summary, Diagnostics.DiagnosticSeverity? failOn) =>
        failOn is { } severity && summary.AtOrAbove(severity) > 0 ? ExitCodes.Findings : ExitCodes.Clean;

    /// <summary>
    /// Reads and analyses every post of <paramref name="inputs"/> for a command that needs them all at once
    /// (<c>baseline</c>, <c>fix</c>), with progress on a terminal. Nothing is analysed when an input is unreadable.
    /// </summary>
    /// <returns>The posts with their results in input order, or null after reporting the unreadable inputs.</returns>
    public static List<(PostToCheck Post, AnalysisResult Result)>? AnalyzeAll(ICliConsole console, PostCollector collector, IEnumerable<InputSource> inputs, bool quiet)
    {
        var items = collector.Collect(inputs).ToList();
        var errors = items.OfType<UnreadableInput>().ToList();
        foreach (var error in errors)
        {
            console.ErrorOutput.WriteLine("postlint: " + error.Error);
        }

        if (errors.Count > 0)
        {
            return null;
        }

        using var progress = ProgressReporter.For(console, quiet);
        progress.SetTotal(items.Count);
        var results = new List<(PostToCheck, AnalysisResult)>(items.Count);
        foreach (var (item, outcome) in items.Cast<PostToCheck>().Zip(OrderedAnalysis.Run(items)))
        {
            progress.Advance();
            results.Add((item, outcome.Result!));
        }

        return results;
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

    private ReportWriter CreateReport(CheckSettings settings, Stream stream, TextWriter output, ReportTarget target, BaselineComparison? baseline) => settings.Format switch
    {
        OutputFormat.Json => new JsonReportWriter(stream, new JsonReportOptions
        {
            IncludeEntities = settings.IncludeEntities,
            Baseline = baseline is null ? null : () => baseline.Summary,
        }),
        // SARIF keeps the known findings, marked unchanged and suppressed, for viewers that can show them.
        OutputFormat.Sarif => new SarifReportWriter(stream, baseline is null
            ? null
            : new SarifReportOptions { BaselineFile = baseline.Summary.File, KnownFindings = baseline.Known }),
        OutputFormat.GitHub => new GitHubReportWriter(output),
        _ => new TextReportWriter(output, target.UseColor(console, settings.NoColor), summary: !settings.Quiet),
    };

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";

    // A pause needs someone to answer it: both ends on a terminal, and not on a CI runner.
    private bool IsInteractiveTerminal() =>
        !console.IsInputRedirected
        && !console.IsOutputRedirected
        && !console.IsContinuousIntegration();
}

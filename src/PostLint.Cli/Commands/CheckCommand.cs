using PostLint.Cli.Console;
using PostLint.Cli.Inputs;
using PostLint.Output;

namespace PostLint.Cli.Commands;

/// <summary>
/// <c>postlint check</c>: collects the posts, analyses them, reports them and turns the findings
/// into the exit code. Input and configuration problems are all reported (exit 2) before any
/// analysis starts.
/// </summary>
internal sealed class CheckCommand(ICliConsole console, IPauseClock clock)
{
    private const int ParallelFrom = 16;

    public int Run(CheckSettings settings)
    {
        var inputs = ResolveInputs(settings.Paths);
        var posts = new PostCollector(console, settings.ConfigPath, settings.Language).Collect(inputs, out var errors);
        if (errors.Count > 0)
        {
            foreach (var error in errors)
            {
                console.ErrorOutput.WriteLine("postlint: " + error);
            }

            return ExitCodes.UsageError;
        }

        var results = Analyze(posts);
        Report(settings, results);

        if (settings.Interactive && results.Find(r => r.CountToTen.Advised) is { } advised && IsInteractiveTerminal())
        {
            return new CountToTenPause(console, clock).AskToPost(advised.Language) ? ExitCodes.Clean : ExitCodes.Findings;
        }

        var summary = ReportSummary.Of(results);
        return settings.FailOn is { } failOn && summary.AtOrAbove(failOn) > 0 ? ExitCodes.Findings : ExitCodes.Clean;
    }

    // A hook checks one post: starting worker threads would cost more than it saves. A CI run over a
    // folder of posts spreads them over the cores (the linters are thread-safe), keeping input order.
    private static List<AnalysisResult> Analyze(IReadOnlyList<PostToCheck> posts) => posts.Count < ParallelFrom
        ? posts.Select(p => p.Linter.Analyze(p.Post)).ToList()
        : posts.AsParallel().AsOrdered().Select(p => p.Linter.Analyze(p.Post)).ToList();

    private IReadOnlyList<InputSource> ResolveInputs(IReadOnlyList<string> paths)
    {
        if (paths.Count > 0)
        {
            return InputExpander.Expand(paths, console.CurrentDirectory);
        }

        return console.IsInputRedirected
            ? [InputSource.Stdin]
            : throw new UsageException("nothing to check: name files, directories or globs, or pipe a post into 'postlint check -'");
    }

    private void Report(CheckSettings settings, List<AnalysisResult> results)
    {
        switch (settings.Format)
        {
            case OutputFormat.Json:
                console.Output.WriteLine(JsonReportWriter.ToJson(results, new JsonReportOptions { IncludeEntities = settings.IncludeEntities }));
                break;
            case OutputFormat.Sarif:
                console.Output.WriteLine(SarifReportWriter.ToSarif(results));
                break;
            case OutputFormat.GitHub:
                GitHubReportWriter.Write(console.Output, results);
                break;
            default:
                TextReportWriter.Write(console.Output, results, UseColor(settings));
                break;
        }
    }

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

using PostLint.Cli.Console;
using PostLint.Cli.Inputs;
using PostLint.Configuration;
using PostLint.Input;
using PostLint.Output;

namespace PostLint.Cli.Commands;

/// <summary>
/// <c>postlint check</c>: reads every input, resolves each post's configuration, analyses the posts,
/// reports them and turns the findings into the exit code. Input and configuration problems are
/// collected first, so one run reports all of them (exit 2) before any analysis starts.
/// </summary>
internal sealed class CheckCommand(ICliConsole console, IPauseClock clock)
{
    public int Run(CheckSettings settings)
    {
        var inputs = ResolveInputs(settings.Paths);
        var catalog = new PostLinter();
        var knownRuleIds = catalog.SupportedDiagnostics.Select(d => d.Id).ToArray();
        var resolver = new ConfigurationResolver(new ConfigurationLoader(knownRuleIds), console.CurrentDirectory, settings.ConfigPath);
        var reader = new PostReader(knownRuleIds);
        var linters = new Dictionary<PostLinterOptions, PostLinter>(ReferenceEqualityComparer.Instance) { [PostLinterOptions.Default] = catalog };

        var work = new List<(Post Post, PostLinter Linter)>();
        var errors = new List<string>();
        foreach (var input in inputs)
        {
            try
            {
                var configuration = resolver.ForDirectory(input.IsStdin ? console.CurrentDirectory : Path.GetDirectoryName(input.FullPath)!);
                if (!linters.TryGetValue(configuration.Options, out var linter))
                {
                    linter = new PostLinter(configuration.Options);
                    linters[configuration.Options] = linter;
                }

                var language = settings.Language ?? configuration.Language;
                foreach (var post in Read(reader, input))
                {
                    work.Add((post.Language == PostLanguage.Auto ? post with { Language = language } : post, linter));
                }
            }
            catch (InputException ex)
            {
                errors.Add(ex.Message);
            }
        }

        if (errors.Count > 0)
        {
            foreach (var error in errors.Distinct())
            {
                console.ErrorOutput.WriteLine("postlint: " + error);
            }

            return ExitCodes.UsageError;
        }

        var results = work.Select(w => w.Linter.Analyze(w.Post)).ToList();
        Report(settings, results);

        if (settings.Interactive && results.Find(r => r.CountToTen.Advised) is { } advised && IsInteractiveTerminal())
        {
            return new CountToTenPause(console, clock).AskToPost(advised.Language) ? ExitCodes.Clean : ExitCodes.Findings;
        }

        var summary = ReportSummary.Of(results);
        return settings.FailOn is { } failOn && summary.AtOrAbove(failOn) > 0 ? ExitCodes.Findings : ExitCodes.Clean;
    }

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

    private IReadOnlyList<Post> Read(PostReader reader, InputSource input)
    {
        if (!input.IsStdin)
        {
            return reader.ReadFile(input.FullPath!, input.DisplayPath, input.Format);
        }

        using var buffer = new MemoryStream();
        using (var stdin = console.OpenStandardInput())
        {
            stdin.CopyTo(buffer);
        }

        var text = SourceDecoder.Decode(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), input.DisplayPath);
        return reader.Read(text, input.DisplayPath, input.Format);
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

using System.Text;
using PostLint.Cli.Console;
using PostLint.Cli.Fixes;
using PostLint.Cli.Inputs;
using PostLint.Diagnostics;
using PostLint.Input;
using PostLint.Output;

namespace PostLint.Cli.Commands;

/// <summary>What <c>postlint fix</c> was asked to do.</summary>
internal sealed record FixSettings
{
    /// <summary>Files, directories and globs, as typed.</summary>
    public required IReadOnlyList<string> Paths { get; init; }

    /// <summary>Print a unified diff and write nothing.</summary>
    public bool DryRun { get; init; }

    /// <summary>SARIF reports the findings with the fix applied to each; text reports what changed.</summary>
    public bool Sarif { get; init; }

    /// <summary>Lowest severity left after fixing that makes the run fail (exit 1); null never fails.</summary>
    public DiagnosticSeverity? FailOn { get; init; } = DiagnosticSeverity.Warning;

    /// <summary>Language of posts whose input does not state one; null leaves it to configuration.</summary>
    public PostLanguage? Language { get; init; }

    /// <summary>One configuration file for every post instead of the nearest <c>.postlint.yml</c>.</summary>
    public string? ConfigPath { get; init; }

    /// <summary>No progress, no summary line and no notes.</summary>
    public bool Quiet { get; init; }

    /// <summary>Never colour the report of what is left.</summary>
    public bool NoColor { get; init; }

    /// <summary>Write the report to this file instead of standard output.</summary>
    public string? OutputPath { get; init; }
}

/// <summary>
/// <c>postlint fix</c>: applies the first fix of every finding to the files, in place. Only the fixed
/// characters change: front matter, line endings, a byte-order mark and every other member of a JSON
/// Lines record stay as they were, and a file with nothing to fix is not written at all. The exit code
/// is that of checking the fixed files.
/// </summary>
internal sealed class FixCommand(ICliConsole console)
{
    public int Run(FixSettings settings)
    {
        var inputs = InputExpander.Expand(settings.Paths, console.CurrentDirectory).ToList();
        if (inputs.Any(i => i.IsStdin))
        {
            throw new UsageException("fix edits files in place; standard input is not a file (use 'postlint check -' to see its fixes)");
        }

        var collector = new PostCollector(console, settings.ConfigPath, settings.Language);
        if (CheckCommand.AnalyzeAll(console, collector, inputs, settings.Quiet) is not { } analysed)
        {
            return ExitCodes.UsageError;
        }

        using var target = ReportTarget.Open(console, settings.OutputPath);
        var postsByFile = analysed.ToLookup(a => a.Post.Post.SourcePath, a => a.Post, StringComparer.Ordinal);
        var results = analysed.Select(a => a.Result).ToList();
        var byFile = results.ToLookup(r => r.Post.SourcePath, StringComparer.Ordinal);
        var after = new List<AnalysisResult>();
        var appliedResults = new List<AnalysisResult>();
        var changedFiles = 0;
        var fixedCount = 0;
        var failed = false;
        foreach (var input in inputs)
        {
            var fileResults = byFile[input.DisplayPath].ToList();
            var plan = FixPlan.For(fileResults);
            appliedResults.AddRange(fileResults.Select(r => WithAppliedFixesOnly(r, plan)));
            foreach (var skipped in plan.Skipped.Where(_ => !settings.Quiet))
            {
                var at = SourceLocation.Of(skipped.Result.Post, skipped.Diagnostic.Span).Start;
                var blocker = SourceLocation.Of(skipped.Result.Post, skipped.Blocker.Span).Start;
                console.ErrorOutput.WriteLine(
                    $"postlint: note: {input.DisplayPath}:{at.Line}:{at.Column}: {skipped.Diagnostic.Id} not fixed: its fix overlaps the fix of " +
                    $"{skipped.Blocker.Id} at {blocker.Line}:{blocker.Column}; run 'postlint fix' again");
            }

            if (plan.Edits.Count == 0)
            {
                after.AddRange(fileResults);
                continue;
            }

            var (content, bom) = ReadText(input.FullPath!);
            var fixedContent = FileEdit.Apply(content, plan.Edits);
            if (settings.DryRun && !settings.Sarif)
            {
                UnifiedDiff.Write(target.Writer, input.DisplayPath.Replace('\\', '/'), content, plan.Edits);
            }

            if (!settings.DryRun && !TryWrite(input, fixedContent, bom))
            {
                failed = true;
                after.AddRange(fileResults);
                continue;
            }

            changedFiles++;
            fixedCount += plan.Applied.Count;
            var checkedPosts = postsByFile[input.DisplayPath].ToList();
            var reader = new PostReader(checkedPosts[0].Linter.SupportedDiagnostics.Select(d => d.Id));
            after.AddRange(Relanguage(reader.Read(fixedContent, input.DisplayPath, input.Format), checkedPosts).Select(checkedPosts[0].Linter.Analyze));
            if (!settings.DryRun && !settings.Sarif)
            {
                foreach (var applied in plan.Applied)
                {
                    var at = SourceLocation.Of(applied.Result.Post, applied.Diagnostic.Span).Start;
                    target.Writer.WriteLine($"{input.DisplayPath}:{at.Line}:{at.Column}: fixed {applied.Diagnostic.Id}: {applied.Fix.Title}");
                }
            }
        }

        Report(settings, target, appliedResults, after, fixedCount, changedFiles);
        return failed ? ExitCodes.UsageError : CheckCommand.ExitCode(ReportSummary.Of(after), settings.FailOn);
    }

    private void Report(FixSettings settings, ReportTarget target, List<AnalysisResult> applied, List<AnalysisResult> after, int fixedCount, int changedFiles)
    {
        if (settings.Sarif)
        {
            target.Writer.WriteLine(SarifReportWriter.ToSarif(applied));
            return;
        }

        var done = settings.DryRun ? "would fix" : "fixed";
        var files = changedFiles == 1 ? "1 file" : $"{changedFiles} files";
        if (settings.DryRun)
        {
            if (!settings.Quiet)
            {
                console.ErrorOutput.WriteLine($"postlint: dry run: {done} {fixedCount} findings in {files}; nothing was written");
            }

            return;
        }

        if (fixedCount > 0)
        {
            target.Writer.WriteLine();
        }

        // What is left after fixing, in the form 'check' prints it: those findings need a person.
        TextReportWriter.Write(target.Writer, after.Where(r => r.Diagnostics.Count > 0).ToList(), target.UseColor(console, settings.NoColor), summary: false);
        if (!settings.Quiet)
        {
            var left = ReportSummary.Of(after);
            target.Writer.WriteLine($"{done} {fixedCount} findings in {files}; {left.Errors + left.Warnings + left.Infos} left in {after.Count} posts");
        }
    }

    // The fixed file holds the same posts in the same order; each keeps the language it was checked in.
    private static IEnumerable<Post> Relanguage(IReadOnlyList<Post> posts, List<PostToCheck> before) =>
        posts.Select((post, i) => i < before.Count ? post with { Language = before[i].Post.Language } : post);

    // SARIF from 'fix' carries, per finding, only the fix that was applied: the one code scanning should offer.
    private static AnalysisResult WithAppliedFixesOnly(AnalysisResult result, FixPlan plan)
    {
        // Diagnostic has reference equality: each finding is its own key.
        var applied = plan.Applied.Where(a => a.Result == result).ToDictionary(a => a.Diagnostic, a => a.Fix);
        return result.WithDiagnostics(result.Diagnostics
            .Select(d => new Diagnostic(d.Descriptor, d.Severity, d.Span, d.Text, d.Message, applied.TryGetValue(d, out var fix) ? [fix] : [], d.Estimate))
            .ToList());
    }

    private static (string Content, bool Bom) ReadText(string path)
    {
        var bytes = File.ReadAllBytes(path);
        return (SourceDecoder.Decode(bytes, path), bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble));
    }

    private bool TryWrite(InputSource input, string content, bool bom)
    {
        if (IsReadOnly(input.FullPath!))
        {
            console.ErrorOutput.WriteLine($"postlint: {input.DisplayPath}: read-only file, not fixed");
            return false;
        }

        try
        {
            // Written in place, not replaced, so the file keeps its owner, mode and links.
            File.WriteAllText(input.FullPath!, content, new UTF8Encoding(bom));
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            console.ErrorOutput.WriteLine($"postlint: {input.DisplayPath}: cannot write, not fixed: {ex.Message}");
            return false;
        }
    }

    // Read-only as the user marked it: no write permission bit at all (which root would otherwise ignore).
    private static bool IsReadOnly(string path) =>
        (File.GetAttributes(path) & FileAttributes.ReadOnly) != 0
        || (!OperatingSystem.IsWindows() && (File.GetUnixFileMode(path) & (UnixFileMode.UserWrite | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite)) == 0);
}

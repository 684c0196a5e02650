using System.Text;
using PostLint.Diagnostics;
using PostLint.Input;

namespace PostLint.Output;

/// <summary>
/// Writes GitHub Actions workflow commands (<c>::warning file=...,line=...::message</c>), which the
/// Actions runner turns into annotations on the pull request. Info findings become notices, and so
/// does an advised count-to-ten verdict (PL0001), at the post's first line with its reasons.
/// </summary>
public sealed class GitHubReportWriter : ReportWriter
{
    private readonly TextWriter _writer;

    /// <summary>Starts writing workflow commands to <paramref name="writer"/>.</summary>
    public GitHubReportWriter(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        _writer = writer;
    }

    /// <summary>Writes one workflow command per diagnostic of <paramref name="results"/>.</summary>
    public static void Write(TextWriter writer, IReadOnlyList<AnalysisResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        using var report = new GitHubReportWriter(writer);
        foreach (var result in results)
        {
            report.Add(result);
        }

        report.Complete();
    }

    /// <inheritdoc />
    protected override void WriteResult(AnalysisResult result)
    {
        foreach (var diagnostic in result.Diagnostics)
        {
            var location = SourceLocation.Of(result.Post, diagnostic.Span);
            var command = diagnostic.Severity switch
            {
                DiagnosticSeverity.Error => "error",
                DiagnosticSeverity.Warning => "warning",
                _ => "notice",
            };
            _writer.WriteLine(
                $"::{command} {File(result.Post)}line={location.Start.Line},col={location.Start.Column}," +
                $"endLine={location.End.Line},endColumn={location.End.Column},title={Title(result.Post, diagnostic.Id)}::" +
                EscapeData($"{diagnostic.Message} ({diagnostic.Descriptor.HelpUri ?? $"postlint explain {diagnostic.Id}"})"));
        }

        if (result.CountToTen.Advised)
        {
            var line = SourceLocation.Of(result.Post, new TextSpan(0, 0)).Start.Line;
            _writer.WriteLine($"::notice {File(result.Post)}line={line},title={Title(result.Post, CountToTen.Descriptor.Id)}::" + EscapeData(string.Join('\n', result.CountToTen.Reasons)));
        }
    }

    private static string File(Post post) => post.SourcePath is { } path and not PostReader.StandardInputName ? $"file={EscapeProperty(path)}," : string.Empty;

    private static string Title(Post post, string ruleId) => EscapeProperty(post.Id is { } id ? $"{ruleId} ({id})" : ruleId);

    /// <inheritdoc />
    protected override void WriteInputError(InputError inputError)
    {
        var line = inputError.Line is { } number ? $",line={number}" : string.Empty;
        var column = inputError.Column is { } col ? $",col={col}" : string.Empty;
        _writer.WriteLine($"::error file={EscapeProperty(inputError.Source)}{line}{column},title=PostLint could not read this file::{EscapeData(inputError.Reason)}");
    }

    /// <inheritdoc />
    protected override void WriteEnd(ReportSummary summary)
    {
    }

    /// <summary>
    /// Escapes a command's message (<c>%</c>, CR, LF), as the workflow-command rules require; other control
    /// characters (ESC, which the log viewer takes for a colour code) are made visible first.
    /// </summary>
    public static string EscapeData(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new StringBuilder(ControlCharacters.MakeVisible(value, keepLineBreaks: true))
            .Replace("%", "%25")
            .Replace("\r", "%0D")
            .Replace("\n", "%0A")
            .ToString();
    }

    /// <summary>Escapes a property value: as <see cref="EscapeData"/>, plus <c>:</c> and <c>,</c>, which delimit properties.</summary>
    public static string EscapeProperty(string value) =>
        new StringBuilder(EscapeData(value))
            .Replace(":", "%3A")
            .Replace(",", "%2C")
            .ToString();
}

using System.Text;
using PostLint.Diagnostics;
using PostLint.Input;

namespace PostLint.Output;

/// <summary>
/// Writes GitHub Actions workflow commands (<c>::warning file=...,line=...::message</c>), which the
/// Actions runner turns into annotations on the pull request. Info findings become notices.
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
            var file = result.Post.SourcePath is { } path and not PostReader.StandardInputName ? $"file={EscapeProperty(path)}," : string.Empty;
            var title = result.Post.Id is { } id ? $"{diagnostic.Id} ({id})" : diagnostic.Id;
            _writer.WriteLine(
                $"::{command} {file}line={location.Start.Line},col={location.Start.Column}," +
                $"endLine={location.End.Line},endColumn={location.End.Column},title={EscapeProperty(title)}::" +
                EscapeData($"{diagnostic.Message} ({diagnostic.Descriptor.HelpUri})"));
        }
    }

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

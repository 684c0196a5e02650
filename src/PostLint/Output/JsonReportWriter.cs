using System.Text.Encodings.Web;
using System.Text.Json;
using PostLint.Analysis;
using PostLint.Diagnostics;

namespace PostLint.Output;

/// <summary>
/// Writes results in PostLint's JSON contract (version "1"; see DESIGN.md): posts with their
/// diagnostics, optional entities and count-to-ten verdict, then the files that could not be read
/// (<c>inputErrors</c>, only when there are any) and a summary. Each post is written as it arrives.
/// Written token by token with <see cref="Utf8JsonWriter"/>, so it needs no reflection and works
/// under Native AOT; the CLI and the HTTP service produce byte-identical documents.
/// </summary>
public sealed class JsonReportWriter : ReportWriter
{
    /// <summary>The contract version written as <c>version</c>.</summary>
    public const string ContractVersion = "1";

    private readonly Utf8JsonWriter _writer;
    private readonly JsonReportOptions _options;
    private readonly List<InputError> _inputErrors = [];

    /// <summary>Starts a report on <paramref name="stream"/>: writes the header and opens <c>posts</c>.</summary>
    public JsonReportWriter(Stream stream, JsonReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        _options = options ?? JsonReportOptions.Default;
        _writer = new Utf8JsonWriter(stream, new JsonWriterOptions
        {
            Indented = _options.Indented,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        });
        _writer.WriteStartObject();
        _writer.WriteString("version", ContractVersion);
        _writer.WriteStartArray("posts");
    }

    /// <summary>Writes the report for <paramref name="results"/> to <paramref name="stream"/>.</summary>
    public static void Write(Stream stream, IReadOnlyList<AnalysisResult> results, JsonReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(results);
        using var report = new JsonReportWriter(stream, options);
        foreach (var result in results)
        {
            report.Add(result);
        }

        report.Complete();
    }

    /// <summary>The report for <paramref name="results"/> as a string.</summary>
    public static string ToJson(IReadOnlyList<AnalysisResult> results, JsonReportOptions? options = null)
    {
        using var stream = new MemoryStream();
        Write(stream, results, options);
        return System.Text.Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    // Flushed after every post, so the writer's buffer never holds more than one.
    /// <inheritdoc />
    protected override void WriteResult(AnalysisResult result)
    {
        WritePost(_writer, result, _options);
        _writer.Flush();
    }

    // Errors follow the posts in their own array, so the posts array keeps one shape.
    /// <inheritdoc />
    protected override void WriteInputError(InputError inputError) => _inputErrors.Add(inputError);

    /// <inheritdoc />
    protected override void WriteEnd(ReportSummary summary)
    {
        _writer.WriteEndArray();
        if (_inputErrors.Count > 0)
        {
            _writer.WriteStartArray("inputErrors");
            foreach (var error in _inputErrors)
            {
                WriteInputError(_writer, error);
            }

            _writer.WriteEndArray();
        }

        WriteSummary(_writer, summary, _options.Baseline?.Invoke());
        _writer.WriteEndObject();
        _writer.Flush();
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _writer.Dispose();
        }

        base.Dispose(disposing);
    }

    private static void WriteInputError(Utf8JsonWriter writer, InputError error)
    {
        writer.WriteStartObject();
        writer.WriteString("source", error.Source);
        if (error.Line is { } line)
        {
            writer.WriteNumber("line", line);
        }

        if (error.Column is { } column)
        {
            writer.WriteNumber("column", column);
        }

        writer.WriteString("message", error.Reason);
        writer.WriteEndObject();
    }

    private static void WritePost(Utf8JsonWriter writer, AnalysisResult result, JsonReportOptions options)
    {
        var post = result.Post;
        writer.WriteStartObject();
        writer.WriteString("source", post.SourcePath);
        if (post.Id is not null)
        {
            writer.WriteString("id", post.Id);
        }

        writer.WriteString("language", result.Language.ToCode());
        writer.WriteStartArray("diagnostics");
        foreach (var diagnostic in result.Diagnostics)
        {
            WriteDiagnostic(writer, post, diagnostic);
        }

        writer.WriteEndArray();
        if (options.IncludeEntities)
        {
            writer.WriteStartArray("entities");
            foreach (var entity in result.Entities)
            {
                WriteEntity(writer, entity, withAttributes: true);
            }

            writer.WriteEndArray();
        }

        writer.WriteStartObject("countToTen");
        writer.WriteBoolean("advised", result.CountToTen.Advised);
        writer.WriteStartArray("reasons");
        foreach (var reason in result.CountToTen.Reasons)
        {
            writer.WriteStringValue(reason);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteDiagnostic(Utf8JsonWriter writer, Post post, Diagnostic diagnostic)
    {
        var location = SourceLocation.Of(post, diagnostic.Span);
        writer.WriteStartObject();
        writer.WriteString("id", diagnostic.Id);
        writer.WriteString("category", diagnostic.Category.ToString());
        writer.WriteString("severity", diagnostic.Severity.ToName());
        writer.WriteString("message", diagnostic.Message);
        writer.WriteNumber("start", diagnostic.Span.Start);
        writer.WriteNumber("end", diagnostic.Span.End);
        writer.WriteNumber("line", location.Start.Line);
        writer.WriteNumber("column", location.Start.Column);
        writer.WriteString("text", diagnostic.Text);
        if (diagnostic.Descriptor.HelpUri is { } help)
        {
            writer.WriteString("helpUri", help);
        }

        writer.WriteStartArray("fixes");
        foreach (var fix in diagnostic.Fixes)
        {
            writer.WriteStartObject();
            writer.WriteString("title", fix.Title);
            writer.WriteStartArray("edits");
            foreach (var edit in fix.Edits)
            {
                writer.WriteStartObject();
                writer.WriteNumber("start", edit.Span.Start);
                writer.WriteNumber("end", edit.Span.End);
                writer.WriteString("newText", edit.NewText);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        if (diagnostic.Estimate is { } estimate)
        {
            writer.WriteStartObject("estimate");
            writer.WriteNumber("low", estimate.Low);
            writer.WriteNumber("high", estimate.High);
            writer.WriteStartArray("quasiIdentifiers");
            foreach (var entity in estimate.QuasiIdentifiers)
            {
                WriteEntity(writer, entity, withAttributes: false);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    private static void WriteEntity(Utf8JsonWriter writer, Entity entity, bool withAttributes)
    {
        writer.WriteStartObject();
        writer.WriteString("type", entity.Type.Name);
        writer.WriteNumber("start", entity.Span.Start);
        writer.WriteNumber("end", entity.Span.End);
        writer.WriteString("text", entity.Text);
        if (withAttributes)
        {
            writer.WriteStartObject("attributes");
            foreach (var (name, value) in entity.Attributes.OrderBy(a => a.Key, StringComparer.Ordinal))
            {
                writer.WriteString(name, value);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    private static void WriteSummary(Utf8JsonWriter writer, ReportSummary summary, BaselineSummary? baseline)
    {
        writer.WriteStartObject("summary");
        writer.WriteNumber("posts", summary.Posts);
        writer.WriteNumber("errors", summary.Errors);
        writer.WriteNumber("warnings", summary.Warnings);
        writer.WriteNumber("infos", summary.Infos);
        if (summary.InputErrors > 0)
        {
            writer.WriteNumber("inputErrors", summary.InputErrors);
        }

        if (baseline is not null)
        {
            writer.WriteStartObject("baseline");
            writer.WriteString("file", baseline.File);
            writer.WriteNumber("known", baseline.Known);
            writer.WriteNumber("resolved", baseline.Resolved);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }
}

/// <summary>Options of <see cref="JsonReportWriter"/>.</summary>
public sealed record JsonReportOptions
{
    /// <summary>Indented output without entities.</summary>
    public static readonly JsonReportOptions Default = new();

    /// <summary>List every recognised entity per post (<c>posts[].entities[]</c>).</summary>
    public bool IncludeEntities { get; init; }

    /// <summary>Indent for people; false writes one compact line.</summary>
    public bool Indented { get; init; } = true;

    /// <summary>
    /// With <c>--baseline</c>: how many known findings were left out and how many are resolved
    /// (<c>summary.baseline</c>), asked for when the summary is written, after the last post.
    /// </summary>
    public Func<BaselineSummary>? Baseline { get; init; }
}

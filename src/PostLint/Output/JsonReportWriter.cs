using System.Text.Encodings.Web;
using System.Text.Json;
using PostLint.Analysis;
using PostLint.Diagnostics;

namespace PostLint.Output;

/// <summary>
/// Writes results in PostLint's JSON contract (version "1"; see DESIGN.md): posts with their
/// diagnostics, optional entities and count-to-ten verdict, then a summary. Written token by token
/// with <see cref="Utf8JsonWriter"/>, so it needs no reflection and works under Native AOT; the CLI
/// and the HTTP service produce byte-identical documents.
/// </summary>
public static class JsonReportWriter
{
    /// <summary>The contract version written as <c>version</c>.</summary>
    public const string ContractVersion = "1";

    /// <summary>Writes the report for <paramref name="results"/> to <paramref name="stream"/>.</summary>
    public static void Write(Stream stream, IReadOnlyList<AnalysisResult> results, JsonReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(results);
        options ??= JsonReportOptions.Default;
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions
        {
            Indented = options.Indented,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        });

        writer.WriteStartObject();
        writer.WriteString("version", ContractVersion);
        writer.WriteStartArray("posts");
        foreach (var result in results)
        {
            WritePost(writer, result, options);
        }

        writer.WriteEndArray();
        WriteSummary(writer, ReportSummary.Of(results));
        writer.WriteEndObject();
    }

    /// <summary>The report for <paramref name="results"/> as a string.</summary>
    public static string ToJson(IReadOnlyList<AnalysisResult> results, JsonReportOptions? options = null)
    {
        using var stream = new MemoryStream();
        Write(stream, results, options);
        return System.Text.Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
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
        writer.WriteString("helpUri", diagnostic.Descriptor.HelpUri);
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

    private static void WriteSummary(Utf8JsonWriter writer, ReportSummary summary)
    {
        writer.WriteStartObject("summary");
        writer.WriteNumber("posts", summary.Posts);
        writer.WriteNumber("errors", summary.Errors);
        writer.WriteNumber("warnings", summary.Warnings);
        writer.WriteNumber("infos", summary.Infos);
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
}

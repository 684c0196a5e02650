using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using PostLint.Diagnostics;
using PostLint.Input;

namespace PostLint.Output;

/// <summary>
/// Writes SARIF 2.1.0 for code-scanning UIs: one run whose driver lists the metadata of every rule
/// that reported, and one result per diagnostic with its region in the source file (line/column,
/// character offset and length, snippet) and its fixes. Columns are UTF-16 code units, as declared
/// by the run's <c>columnKind</c>.
/// </summary>
public static class SarifReportWriter
{
    /// <summary>The SARIF schema the output conforms to.</summary>
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    /// <summary>Where the tool's documentation lives.</summary>
    public const string InformationUri = "https://github.com/postlint/postlint";

    /// <summary>Writes the SARIF log for <paramref name="results"/> to <paramref name="stream"/>.</summary>
    public static void Write(Stream stream, IReadOnlyList<AnalysisResult> results)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(results);
        var rules = results.SelectMany(r => r.Diagnostics).Select(d => d.Descriptor)
            .DistinctBy(d => d.Id).OrderBy(d => d.Id, StringComparer.Ordinal).ToList();
        var ruleIndex = rules.Select((rule, index) => (rule.Id, index)).ToDictionary(x => x.Id, x => x.index, StringComparer.Ordinal);

        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        writer.WriteStartObject();
        writer.WriteString("$schema", SchemaUri);
        writer.WriteString("version", "2.1.0");
        writer.WriteStartArray("runs");
        writer.WriteStartObject();
        WriteTool(writer, rules);
        writer.WriteString("columnKind", "utf16CodeUnits");
        writer.WriteStartArray("results");
        foreach (var result in results)
        {
            foreach (var diagnostic in result.Diagnostics)
            {
                WriteResult(writer, result.Post, diagnostic, ruleIndex[diagnostic.Id]);
            }
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>The SARIF log for <paramref name="results"/> as a string.</summary>
    public static string ToSarif(IReadOnlyList<AnalysisResult> results)
    {
        using var stream = new MemoryStream();
        Write(stream, results);
        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    /// <summary>The SARIF level of a severity: error, warning or note.</summary>
    public static string Level(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "note",
    };

    private static void WriteTool(Utf8JsonWriter writer, List<DiagnosticDescriptor> rules)
    {
        writer.WriteStartObject("tool");
        writer.WriteStartObject("driver");
        writer.WriteString("name", "PostLint");
        var version = typeof(PostLinter).Assembly.GetName().Version;
        writer.WriteString("version", version?.ToString(3) ?? "0.0.0");
        writer.WriteString("semanticVersion", version?.ToString(3) ?? "0.0.0");
        writer.WriteString("informationUri", InformationUri);
        writer.WriteStartArray("rules");
        foreach (var rule in rules)
        {
            writer.WriteStartObject();
            writer.WriteString("id", rule.Id);
            writer.WriteString("name", PascalCase(rule.Title));
            WriteText(writer, "shortDescription", rule.Title);
            WriteText(writer, "fullDescription", rule.Description);
            writer.WriteString("helpUri", rule.HelpUri);
            WriteText(writer, "help", $"{rule.Description} Guideline: {rule.Guideline}. See {rule.HelpUri}");
            writer.WriteStartObject("defaultConfiguration");
            writer.WriteString("level", Level(rule.DefaultSeverity));
            writer.WriteEndObject();
            writer.WriteStartObject("properties");
            writer.WriteString("category", rule.Category.ToString());
            writer.WriteString("guideline", rule.Guideline);
            writer.WriteStartArray("tags");
            writer.WriteStringValue(rule.Category.ToString());
            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter writer, Post post, Diagnostic diagnostic, int ruleIndex)
    {
        var location = SourceLocation.Of(post, diagnostic.Span);
        writer.WriteStartObject();
        writer.WriteString("ruleId", diagnostic.Id);
        writer.WriteNumber("ruleIndex", ruleIndex);
        writer.WriteString("level", Level(diagnostic.Severity));
        WriteText(writer, "message", diagnostic.Message);
        writer.WriteStartArray("locations");
        writer.WriteStartObject();
        writer.WriteStartObject("physicalLocation");
        WriteArtifact(writer, post);
        writer.WriteStartObject("region");
        writer.WriteNumber("startLine", location.Start.Line);
        writer.WriteNumber("startColumn", location.Start.Column);
        writer.WriteNumber("endLine", location.End.Line);
        writer.WriteNumber("endColumn", location.End.Column);
        writer.WriteNumber("charOffset", location.FileOffset);
        writer.WriteNumber("charLength", location.FileLength);
        WriteText(writer, "snippet", diagnostic.Text);
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndArray();
        if (diagnostic.Fixes.Count > 0)
        {
            WriteFixes(writer, post, diagnostic);
        }

        writer.WriteStartObject("properties");
        writer.WriteString("category", diagnostic.Category.ToString());
        if (post.Id is not null)
        {
            writer.WriteString("postId", post.Id);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteFixes(Utf8JsonWriter writer, Post post, Diagnostic diagnostic)
    {
        writer.WriteStartArray("fixes");
        foreach (var fix in diagnostic.Fixes)
        {
            writer.WriteStartObject();
            WriteText(writer, "description", fix.Title);
            writer.WriteStartArray("artifactChanges");
            writer.WriteStartObject();
            WriteArtifact(writer, post);
            writer.WriteStartArray("replacements");
            foreach (var edit in fix.Edits)
            {
                var location = SourceLocation.Of(post, edit.Span);
                writer.WriteStartObject();
                writer.WriteStartObject("deletedRegion");
                writer.WriteNumber("charOffset", location.FileOffset);
                writer.WriteNumber("charLength", location.FileLength);
                writer.WriteEndObject();
                writer.WriteStartObject("insertedContent");
                writer.WriteString("text", edit.NewText);
                writer.WriteEndObject();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteArtifact(Utf8JsonWriter writer, Post post)
    {
        writer.WriteStartObject("artifactLocation");
        writer.WriteString("uri", ArtifactUri(post.SourcePath));
        writer.WriteEndObject();
    }

    // Relative paths stay relative (code-scanning resolves them against the repository root); absolute
    // ones become file URIs; text without a file is named after stdin.
    private static string ArtifactUri(string? path)
    {
        if (path is null or PostReader.StandardInputName)
        {
            return "stdin";
        }

        if (Path.IsPathRooted(path))
        {
            return new Uri(path).AbsoluteUri;
        }

        return string.Join('/', path.Replace('\\', '/').Split('/').Select(Uri.EscapeDataString));
    }

    private static void WriteText(Utf8JsonWriter writer, string name, string text)
    {
        writer.WriteStartObject(name);
        writer.WriteString("text", text);
        writer.WriteEndObject();
    }

    private static string PascalCase(string title)
    {
        var name = new StringBuilder(title.Length);
        var upper = true;
        foreach (var c in title)
        {
            if (!char.IsLetterOrDigit(c))
            {
                upper = true;
                continue;
            }

            name.Append(upper ? char.ToUpperInvariant(c) : c);
            upper = false;
        }

        return name.ToString();
    }
}

using System.Buffers;
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
/// by the run's <c>columnKind</c>. Files that could not be read become the invocation's
/// <c>toolExecutionNotifications</c>. The count-to-ten verdict (PL0001) has no region: the run's
/// <c>properties.countToTen</c> lists the posts it is advised for, with their reasons.
/// </summary>
/// <remarks>
/// The driver's rule list comes before the results and each result names its rule's index in it,
/// yet which rules report is known only at the end. So results are spooled as they arrive (compact,
/// in memory and, past a few megabytes, in a temporary file) and written out, indented and with
/// their rule index, when the report completes: memory stays bounded and the document is the same
/// as if it had been written in one go.
/// </remarks>
public sealed class SarifReportWriter : ReportWriter
{
    /// <summary>The SARIF schema the output conforms to.</summary>
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    private static readonly JsonWriterOptions IndentedOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly Stream _output;
    private readonly SortedDictionary<string, DiagnosticDescriptor> _rules = new(StringComparer.Ordinal);
    private readonly List<InputError> _inputErrors = [];
    private readonly List<AdvisedPost> _advised = [];
    private readonly ResultSpool _spool = new();
    private readonly ArrayBufferWriter<byte> _record = new();
    private readonly Utf8JsonWriter _recordWriter;
    private readonly SarifReportOptions _options;

    /// <summary>Starts a SARIF log that <see cref="ReportWriter.Complete"/> writes to <paramref name="output"/>.</summary>
    public SarifReportWriter(Stream output, SarifReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        _output = output;
        _options = options ?? SarifReportOptions.Default;
        _recordWriter = new Utf8JsonWriter(_record, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    /// <summary>Writes the SARIF log for <paramref name="results"/> to <paramref name="stream"/>.</summary>
    public static void Write(Stream stream, IReadOnlyList<AnalysisResult> results, SarifReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(results);
        using var report = new SarifReportWriter(stream, options);
        foreach (var result in results)
        {
            report.Add(result);
        }

        report.Complete();
    }

    /// <summary>The SARIF log for <paramref name="results"/> as a string.</summary>
    public static string ToSarif(IReadOnlyList<AnalysisResult> results, SarifReportOptions? options = null)
    {
        using var stream = new MemoryStream();
        Write(stream, results, options);
        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    /// <inheritdoc />
    protected override void WriteResult(AnalysisResult result)
    {
        foreach (var diagnostic in result.Diagnostics)
        {
            _rules.TryAdd(diagnostic.Id, diagnostic.Descriptor);
            _record.ResetWrittenCount();
            _recordWriter.Reset();
            WriteResult(_recordWriter, result.Post, diagnostic, _options);
            _recordWriter.Flush();
            _spool.Append(_record.WrittenSpan);
        }

        if (result.CountToTen.Advised)
        {
            var line = SourceLocation.Of(result.Post, new TextSpan(0, 0)).Start.Line;
            _advised.Add(new AdvisedPost(ArtifactUri(result.Post.SourcePath), line, result.Post.Id, result.Language.ToCode(), result.CountToTen.Reasons));
        }
    }

    /// <inheritdoc />
    protected override void WriteInputError(InputError inputError) => _inputErrors.Add(inputError);

    /// <inheritdoc />
    protected override void WriteEnd(ReportSummary summary)
    {
        var rules = _rules.Values.ToList();
        var ruleIndex = rules.Select((rule, index) => (rule.Id, index)).ToDictionary(x => x.Id, x => x.index, StringComparer.Ordinal);
        using var writer = new Utf8JsonWriter(_output, IndentedOptions);
        writer.WriteStartObject();
        writer.WriteString("$schema", SchemaUri);
        writer.WriteString("version", "2.1.0");
        writer.WriteStartArray("runs");
        writer.WriteStartObject();
        WriteTool(writer, rules);
        writer.WriteString("columnKind", "utf16CodeUnits");
        writer.WriteStartArray("results");
        foreach (var record in _spool.Records())
        {
            CopyWithRuleIndex(record.Span, writer, ruleIndex);
        }

        writer.WriteEndArray();
        if (_inputErrors.Count > 0)
        {
            WriteInvocation(writer, _inputErrors);
        }

        WriteCountToTen(writer, _advised);

        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.Flush();
    }

    private static void WriteCountToTen(Utf8JsonWriter writer, List<AdvisedPost> advised)
    {
        writer.WriteStartObject("properties");
        writer.WriteStartObject("countToTen");
        writer.WriteString("ruleId", CountToTen.Descriptor.Id);
        writer.WriteStartArray("advised");
        foreach (var post in advised)
        {
            writer.WriteStartObject();
            writer.WriteStartObject("artifactLocation");
            writer.WriteString("uri", post.Uri);
            writer.WriteEndObject();
            writer.WriteNumber("startLine", post.StartLine);
            if (post.PostId is not null)
            {
                writer.WriteString("postId", post.PostId);
            }

            writer.WriteString("language", post.Language);
            writer.WriteStartArray("reasons");
            foreach (var reason in post.Reasons)
            {
                writer.WriteStringValue(reason);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _recordWriter.Dispose();
            _spool.Dispose();
        }

        base.Dispose(disposing);
    }

    // Re-writes a spooled result at the writer's depth, with "ruleIndex" after its "ruleId".
    private static void CopyWithRuleIndex(ReadOnlySpan<byte> json, Utf8JsonWriter writer, Dictionary<string, int> ruleIndex)
    {
        var reader = new Utf8JsonReader(json);
        string? property = null;
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject: writer.WriteStartObject(); break;
                case JsonTokenType.EndObject: writer.WriteEndObject(); break;
                case JsonTokenType.StartArray: writer.WriteStartArray(); break;
                case JsonTokenType.EndArray: writer.WriteEndArray(); break;
                case JsonTokenType.PropertyName:
                    property = reader.GetString()!;
                    writer.WritePropertyName(property);
                    continue;
                case JsonTokenType.String:
                    var value = reader.GetString()!;
                    writer.WriteStringValue(value);
                    if (reader.CurrentDepth == 1 && property == "ruleId")
                    {
                        writer.WriteNumber("ruleIndex", ruleIndex[value]);
                    }

                    break;
                case JsonTokenType.Number: writer.WriteNumberValue(reader.GetInt64()); break;
                case JsonTokenType.True or JsonTokenType.False: writer.WriteBooleanValue(reader.GetBoolean()); break;
                default: writer.WriteNullValue(); break;
            }

            property = null;
        }
    }

    // SARIF's place for "the tool could not analyse this file": the invocation's notifications.
    private static void WriteInvocation(Utf8JsonWriter writer, List<InputError> errors)
    {
        writer.WriteStartArray("invocations");
        writer.WriteStartObject();
        writer.WriteBoolean("executionSuccessful", false);
        writer.WriteStartArray("toolExecutionNotifications");
        foreach (var error in errors)
        {
            writer.WriteStartObject();
            writer.WriteString("level", "error");
            WriteText(writer, "message", error.Reason);
            writer.WriteStartArray("locations");
            writer.WriteStartObject();
            writer.WriteStartObject("physicalLocation");
            writer.WriteStartObject("artifactLocation");
            writer.WriteString("uri", ArtifactUri(error.Source));
            writer.WriteEndObject();
            if (error.Line is { } line)
            {
                writer.WriteStartObject("region");
                writer.WriteNumber("startLine", line);
                if (error.Column is { } column)
                {
                    writer.WriteNumber("startColumn", column);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndArray();
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
        if (HelpLinks.Repository is { } repository)
        {
            writer.WriteString("informationUri", repository);
        }

        writer.WriteStartArray("rules");
        foreach (var rule in rules)
        {
            writer.WriteStartObject();
            writer.WriteString("id", rule.Id);
            writer.WriteString("name", PascalCase(rule.Title));
            WriteText(writer, "shortDescription", rule.Title);
            WriteText(writer, "fullDescription", rule.Description);
            if (rule.HelpUri is { } help)
            {
                writer.WriteString("helpUri", help);
            }

            WriteText(writer, "help", $"{rule.Description} Guideline: {rule.Guideline}. See {rule.HelpUri ?? $"`postlint explain {rule.Id}`"}.");
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

    private static void WriteResult(Utf8JsonWriter writer, Post post, Diagnostic diagnostic, SarifReportOptions options)
    {
        var location = SourceLocation.Of(post, diagnostic.Span);
        writer.WriteStartObject();
        writer.WriteString("ruleId", diagnostic.Id);
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

        if (options.BaselineFile is { } baselineFile)
        {
            WriteBaselineState(writer, options.KnownFindings.Contains(diagnostic), baselineFile);
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
                writer.WriteString("text", (post.SourceMap ?? new SourceMap(post.Text)).ToSourceText(edit.NewText));
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

    // A known finding stays in the log, marked unchanged and suppressed by the baseline, so a viewer
    // hides it by default but can still show the whole picture.
    private static void WriteBaselineState(Utf8JsonWriter writer, bool known, string baselineFile)
    {
        writer.WriteString("baselineState", known ? "unchanged" : "new");
        if (!known)
        {
            return;
        }

        writer.WriteStartArray("suppressions");
        writer.WriteStartObject();
        writer.WriteString("kind", "external");
        writer.WriteString("status", "accepted");
        writer.WriteString("justification", $"Recorded in the baseline {baselineFile}.");
        writer.WriteEndObject();
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

/// <summary>Options of <see cref="SarifReportWriter"/>.</summary>
public sealed record SarifReportOptions
{
    /// <summary>No baseline.</summary>
    public static readonly SarifReportOptions Default = new();

    /// <summary>With <c>--baseline</c>: the baseline file as the command line named it; every result then gets a <c>baselineState</c>.</summary>
    public string? BaselineFile { get; init; }

    /// <summary>
    /// The findings the baseline already records (compared by reference), <c>unchanged</c> and suppressed; all others
    /// are <c>new</c>. Read as each result is added, so a streaming caller fills it before adding the result.
    /// </summary>
    public IReadOnlySet<Diagnostic> KnownFindings { get; init; } = new HashSet<Diagnostic>();
}

/// <summary>What the SARIF run keeps of a post whose count-to-ten verdict is advised (not its text).</summary>
internal sealed record AdvisedPost(string Uri, int StartLine, string? PostId, string Language, IReadOnlyList<string> Reasons);

using System.Text.Encodings.Web;
using System.Text.Json;

namespace PostLint.Cli.Baselines;

/// <summary>One recorded finding: which rule, in which file (relative to the baseline, with <c>/</c>), and its fingerprint.</summary>
/// <param name="RuleId">The rule that reported it.</param>
/// <param name="File">The post file, relative to the baseline file's directory.</param>
/// <param name="Fingerprint">See <see cref="FindingFingerprint"/>.</param>
internal sealed record BaselineEntry(string RuleId, string File, string Fingerprint);

/// <summary>
/// The <c>.postlint-baseline.json</c> file: the findings a team accepted when it adopted PostLint.
/// It holds no post text, only fingerprints, so committing it publishes nothing of the posts.
/// </summary>
internal sealed class BaselineFile
{
    /// <summary>Where <c>postlint baseline</c> writes when no <c>--output</c> is given.</summary>
    public const string DefaultName = ".postlint-baseline.json";

    private const string Kind = "postlint-baseline";
    private const int Version = 1;

    public BaselineFile(IReadOnlyList<BaselineEntry> entries) => Entries = entries;

    /// <summary>The findings, sorted by file, rule and fingerprint so the file diffs well.</summary>
    public IReadOnlyList<BaselineEntry> Entries { get; }

    /// <summary>Reads a baseline.</summary>
    /// <exception cref="UsageException">The file is missing, not JSON, or not a PostLint baseline.</exception>
    public static BaselineFile Load(string fullPath, string displayPath)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(fullPath);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new UsageException($"{displayPath}: no such baseline file; make one with 'postlint baseline'");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"{displayPath}: cannot read the baseline: {ex.Message}");
        }

        try
        {
            using var document = JsonDocument.Parse(bytes);
            return Read(document.RootElement, displayPath);
        }
        catch (JsonException ex)
        {
            throw new UsageException($"{displayPath}: corrupt baseline: invalid JSON at line {ex.LineNumber + 1}; make it again with 'postlint baseline'");
        }
    }

    /// <summary>Writes the baseline to <paramref name="fullPath"/>.</summary>
    public void Save(string fullPath)
    {
        using var stream = File.Create(fullPath);
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        writer.WriteStartObject();
        writer.WriteString("kind", Kind);
        writer.WriteNumber("version", Version);
        writer.WriteStartArray("findings");
        foreach (var entry in Entries)
        {
            writer.WriteStartObject();
            writer.WriteString("ruleId", entry.RuleId);
            writer.WriteString("file", entry.File);
            writer.WriteString("fingerprint", entry.Fingerprint);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.Flush();
        stream.WriteByte((byte)'\n');
    }

    private static BaselineFile Read(JsonElement root, string displayPath)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("kind", out var kind) || kind.ValueKind != JsonValueKind.String || kind.GetString() != Kind)
        {
            throw new UsageException($"{displayPath}: not a PostLint baseline (no \"kind\": \"{Kind}\"); make one with 'postlint baseline'");
        }

        if (!root.TryGetProperty("version", out var version) || version.ValueKind != JsonValueKind.Number || !version.TryGetInt32(out var number) || number != Version)
        {
            throw new UsageException($"{displayPath}: baseline version {(root.TryGetProperty("version", out var v) ? v.GetRawText() : "missing")} is not supported (expected {Version}); make it again with 'postlint baseline'");
        }

        if (!root.TryGetProperty("findings", out var findings) || findings.ValueKind != JsonValueKind.Array)
        {
            throw new UsageException($"{displayPath}: corrupt baseline: \"findings\" must be an array");
        }

        var entries = new List<BaselineEntry>();
        var index = 0;
        foreach (var finding in findings.EnumerateArray())
        {
            entries.Add(new BaselineEntry(
                Member(finding, "ruleId", index, displayPath),
                Member(finding, "file", index, displayPath),
                Member(finding, "fingerprint", index, displayPath)));
            index++;
        }

        return new BaselineFile(entries);
    }

    private static string Member(JsonElement finding, string name, int index, string displayPath) =>
        finding.ValueKind == JsonValueKind.Object && finding.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text
            ? text
            : throw new UsageException($"{displayPath}: corrupt baseline: findings[{index}] needs a string \"{name}\"");
}

using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using PostLint.Diagnostics;

namespace PostLint.Configuration;

/// <summary>
/// The JSON Schema of <c>.postlint.yml</c>, generated from the rule catalog so that an editor with a
/// YAML language server completes and checks rule IDs and severities. The repository publishes it as
/// <c>schema/postlint.schema.json</c>; <c>postlint schema</c> prints it (with any plugin's rules).
/// </summary>
public static class ConfigurationSchema
{
    /// <summary>Where the published schema lives; <c>postlint init</c> points editors at it.</summary>
    public const string Uri = "https://raw.githubusercontent.com/postlint/postlint/main/schema/postlint.schema.json";

    /// <summary>The shape of a rule ID, built-in (<c>PL1003</c>) or from a rule pack (<c>HOSP0001</c>).</summary>
    public const string RuleIdPattern = "^[A-Z]{2,8}[0-9]{4}$";

    /// <summary>The schema, indented, ending in a newline.</summary>
    public static string Generate(IEnumerable<DiagnosticDescriptor> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteString("$schema", "http://json-schema.org/draft-07/schema#");
            writer.WriteString("$id", Uri);
            writer.WriteString("title", "PostLint configuration (.postlint.yml)");
            writer.WriteString("description", "The nearest .postlint.yml in a post's directory or above it applies. Every key is optional.");
            writer.WriteString("type", "object");
            writer.WriteBoolean("additionalProperties", false);
            writer.WriteStartObject("properties");
            WriteEnum(writer, "language", "Language of posts that do not state one: nl, en or auto (detect).", "nl", "en", "auto");
            WriteAuthor(writer);
            WriteRules(writer, rules);
            WriteReidentification(writer);
            WriteStrings(writer, "codenames", "Internal project names that must never appear in a public post (PL3003).");
            WriteStrings(writer, "packs", "Declarative rule packs (YAML files, relative to this file) whose rules run with the built-in ones. README: Writing rules.");
            WriteStrings(writer, "plugins", "Analyzer assemblies (.dll) whose rules run with the built-in ones, as paths relative to this file. The Native AOT build cannot load them.");
            writer.WriteEndObject();
            writer.WriteStartObject("definitions");
            WriteEnum(writer, "severity", "error, warning or info; none (or off) switches the rule off.", "error", "warning", "info", "none", "off");
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length) + "\n";
    }

    private static void WriteStrings(Utf8JsonWriter writer, string name, string description)
    {
        writer.WriteStartObject(name);
        writer.WriteString("description", description);
        writer.WriteString("type", "array");
        writer.WriteStartObject("items");
        writer.WriteString("type", "string");
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteAuthor(Utf8JsonWriter writer)
    {
        writer.WriteStartObject("author");
        writer.WriteString("description", "Defaults for whatever a post does not say about its author.");
        writer.WriteString("type", "object");
        writer.WriteBoolean("additionalProperties", false);
        writer.WriteStartObject("properties");
        WriteString(writer, "role", "The author's role, e.g. gp, nurse, cardiologist, institution.");
        WriteString(writer, "specialty", "Field of expertise, e.g. cardiology; claims outside it are flagged (PL5004).");
        WriteEnum(writer, "account", "Whether the account is used professionally or privately.", "professional", "private");
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteRules(Utf8JsonWriter writer, IEnumerable<DiagnosticDescriptor> rules)
    {
        writer.WriteStartObject("rules");
        writer.WriteString("description", "Per-rule severity: error, warning, info or none (off).");
        writer.WriteString("type", "object");
        writer.WriteStartObject("properties");
        foreach (var rule in rules.OrderBy(r => r.Id, StringComparer.Ordinal))
        {
            writer.WriteStartObject(rule.Id);
            writer.WriteString("description", $"{rule.Title} ({rule.Category}, default {rule.DefaultSeverity.ToName()}). `postlint explain {rule.Id}` prints its page.");
            writer.WriteString("$ref", "#/definitions/severity");
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        writer.WriteStartObject("patternProperties");
        writer.WriteStartObject(RuleIdPattern);
        writer.WriteString("$ref", "#/definitions/severity");
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteBoolean("additionalProperties", false);
        writer.WriteEndObject();
    }

    private static void WriteReidentification(Utf8JsonWriter writer)
    {
        writer.WriteStartObject("reidentification");
        writer.WriteString("description", "Crowd-size thresholds for PL2xxx: how many people match the details of a post.");
        writer.WriteString("type", "object");
        writer.WriteBoolean("additionalProperties", false);
        writer.WriteStartObject("properties");
        var defaults = new ReidentificationOptions();
        WriteNumber(writer, "warningBelow", $"Warn when fewer people than this match (default {defaults.WarningBelow.ToString(CultureInfo.InvariantCulture)}).");
        WriteNumber(writer, "errorBelow", $"Error when fewer people than this match (default {defaults.ErrorBelow.ToString(CultureInfo.InvariantCulture)}); not above warningBelow.");
        WriteNumber(writer, "catchment", "Population the institution serves, used when a post names no place (default: the whole country).");
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteString(Utf8JsonWriter writer, string name, string description)
    {
        writer.WriteStartObject(name);
        writer.WriteString("description", description);
        writer.WriteString("type", "string");
        writer.WriteEndObject();
    }

    private static void WriteNumber(Utf8JsonWriter writer, string name, string description)
    {
        writer.WriteStartObject(name);
        writer.WriteString("description", description);
        writer.WriteString("type", "number");
        writer.WriteNumber("minimum", 0);
        writer.WriteEndObject();
    }

    private static void WriteEnum(Utf8JsonWriter writer, string name, string description, params string[] values)
    {
        writer.WriteStartObject(name);
        writer.WriteString("description", description);
        writer.WriteStartArray("enum");
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}

using System.Text.Json;
using PostLint.Diagnostics;

namespace PostLint.Output;

/// <summary>
/// One rule as a JSON object, shared by <c>postlint rules --format json</c> and the HTTP service's
/// <c>GET /v1/rules</c>, so both list the same members.
/// </summary>
public static class RuleJson
{
    /// <summary>
    /// Writes <c>{id, category, defaultSeverity, [severity], title, description, guideline, helpUri}</c>;
    /// <paramref name="effectiveSeverity"/> is written only when given (<c>none</c> for a rule switched off).
    /// </summary>
    public static void Write(Utf8JsonWriter writer, DiagnosticDescriptor rule, string? effectiveSeverity = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(rule);
        writer.WriteStartObject();
        writer.WriteString("id", rule.Id);
        writer.WriteString("category", rule.Category.ToString());
        writer.WriteString("defaultSeverity", rule.DefaultSeverity.ToName());
        if (effectiveSeverity is not null)
        {
            writer.WriteString("severity", effectiveSeverity);
        }

        writer.WriteString("title", rule.Title);
        writer.WriteString("description", rule.Description);
        writer.WriteString("guideline", rule.Guideline);
        if (rule.HelpUri is { } help)
        {
            writer.WriteString("helpUri", help);
        }

        writer.WriteEndObject();
    }
}

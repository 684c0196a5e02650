using PostLint.Diagnostics;
using PostLint.Output;

namespace PostLint.Server;

/// <summary>
/// The body of <c>GET /v1/rules</c>: every rule the linter knows, with the members of
/// <c>postlint rules --format json</c> plus the severity this service reports it at after
/// configuration (<c>severity</c>; <c>none</c> when switched off).
/// Built once at start-up: rules do not change while the service runs.
/// </summary>
internal static class RulesDocument
{
    /// <summary>The JSON <c>{"rules": [{id, category, defaultSeverity, severity, title, description, guideline, helpUri}, ...]}</c>.</summary>
    public static byte[] Build(PostLinter linter) => JsonResponse.Build(writer =>
    {
        writer.WriteStartObject();
        writer.WriteStartArray("rules");
        foreach (var rule in linter.SupportedDiagnostics)
        {
            RuleJson.Write(writer, rule, linter.Options.EffectiveSeverity(rule)?.ToName() ?? "none");
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    });
}

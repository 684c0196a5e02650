namespace PostLint.Diagnostics;

/// <summary>How serious a diagnostic is. Ordered: a higher value is more severe.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Worth knowing; does not fail a check by default.</summary>
    Info = 1,

    /// <summary>Should be fixed before posting.</summary>
    Warning = 2,

    /// <summary>Must be fixed before posting.</summary>
    Error = 3,
}

/// <summary>Contract names of severities, as they appear in configuration and output.</summary>
public static class DiagnosticSeverityNames
{
    /// <summary>The lower-case name used in JSON, SARIF-independent output and configuration.</summary>
    public static string ToName(this DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Info => "info",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Error => "error",
        _ => throw new ArgumentOutOfRangeException(nameof(severity)),
    };

    /// <summary>Parses <c>info</c>, <c>warning</c> or <c>error</c> (case-insensitive).</summary>
    public static bool TryParse(string? text, out DiagnosticSeverity severity)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "info" or "suggestion": severity = DiagnosticSeverity.Info; return true;
            case "warning" or "warn": severity = DiagnosticSeverity.Warning; return true;
            case "error": severity = DiagnosticSeverity.Error; return true;
            default: severity = default; return false;
        }
    }
}

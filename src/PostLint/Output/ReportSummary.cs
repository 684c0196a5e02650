using PostLint.Diagnostics;

namespace PostLint.Output;

/// <summary>How many posts were checked and how many findings of each severity they drew.</summary>
/// <param name="Posts">Posts checked.</param>
/// <param name="Errors">Error-level diagnostics.</param>
/// <param name="Warnings">Warning-level diagnostics.</param>
/// <param name="Infos">Info-level diagnostics.</param>
public sealed record ReportSummary(int Posts, int Errors, int Warnings, int Infos)
{
    /// <summary>Counts the diagnostics of <paramref name="results"/>.</summary>
    public static ReportSummary Of(IReadOnlyList<AnalysisResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        int errors = 0, warnings = 0, infos = 0;
        foreach (var diagnostic in results.SelectMany(r => r.Diagnostics))
        {
            switch (diagnostic.Severity)
            {
                case DiagnosticSeverity.Error: errors++; break;
                case DiagnosticSeverity.Warning: warnings++; break;
                default: infos++; break;
            }
        }

        return new ReportSummary(results.Count, errors, warnings, infos);
    }

    /// <summary>Number of diagnostics at or above <paramref name="severity"/>.</summary>
    public int AtOrAbove(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => Errors,
        DiagnosticSeverity.Warning => Errors + Warnings,
        _ => Errors + Warnings + Infos,
    };
}

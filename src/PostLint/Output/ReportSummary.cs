using PostLint.Diagnostics;

namespace PostLint.Output;

/// <summary>How many posts were checked and how many findings of each severity they drew.</summary>
/// <param name="Posts">Posts checked.</param>
/// <param name="Errors">Error-level diagnostics.</param>
/// <param name="Warnings">Warning-level diagnostics.</param>
/// <param name="Infos">Info-level diagnostics, counting each post's advised count-to-ten verdict (PL0001, an info) as one.</param>
public sealed record ReportSummary(int Posts, int Errors, int Warnings, int Infos)
{
    /// <summary>Files that could not be read or parsed (their posts are not among <see cref="Posts"/>).</summary>
    public int InputErrors { get; init; }

    /// <summary>Counts the diagnostics of <paramref name="results"/>.</summary>
    public static ReportSummary Of(IReadOnlyList<AnalysisResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var tally = new ReportTally();
        foreach (var result in results)
        {
            tally.Add(result);
        }

        return tally.Summary;
    }

    /// <summary>Number of diagnostics at or above <paramref name="severity"/>.</summary>
    public int AtOrAbove(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => Errors,
        DiagnosticSeverity.Warning => Errors + Warnings,
        _ => Errors + Warnings + Infos,
    };
}

/// <summary>Counts results as they are reported, so a streamed report needs no list of them.</summary>
public sealed class ReportTally
{
    private int _posts;
    private int _errors;
    private int _warnings;
    private int _infos;
    private int _inputErrors;

    /// <summary>The counts so far.</summary>
    public ReportSummary Summary => new(_posts, _errors, _warnings, _infos) { InputErrors = _inputErrors };

    /// <summary>Counts one post, its diagnostics and its count-to-ten verdict.</summary>
    public void Add(AnalysisResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        _posts++;
        _infos += result.CountToTen.Advised ? 1 : 0;
        foreach (var diagnostic in result.Diagnostics)
        {
            switch (diagnostic.Severity)
            {
                case DiagnosticSeverity.Error: _errors++; break;
                case DiagnosticSeverity.Warning: _warnings++; break;
                default: _infos++; break;
            }
        }
    }

    /// <summary>Counts a file that could not be checked.</summary>
    public void Add(InputError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        _inputErrors++;
    }
}

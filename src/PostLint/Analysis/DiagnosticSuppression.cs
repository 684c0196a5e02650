using PostLint.Diagnostics;

namespace PostLint.Analysis;

/// <summary>
/// A declared rule between rules: the engine drops a finding of <see cref="Rule"/> when the post's findings
/// already hold one that says it better. Applied by the engine once every analyzer has run, against the
/// findings as reported (before any suppression), so the order analyzers are registered in never decides it.
/// An analyzer declares these in <see cref="DiagnosticAnalyzer.Suppressions"/>.
/// </summary>
public sealed record DiagnosticSuppression
{
    private DiagnosticSuppression(string rule, string? byRule, DiagnosticCategory? byCategory)
    {
        Rule = rule;
        ByRule = byRule;
        ByCategory = byCategory;
    }

    /// <summary>The ID of the rule whose findings are dropped.</summary>
    public string Rule { get; }

    /// <summary>The rule whose finding on an overlapping span drops the finding, or null.</summary>
    public string? ByRule { get; }

    /// <summary>The category any finding of which, anywhere in the post, drops the finding, or null.</summary>
    public DiagnosticCategory? ByCategory { get; }

    /// <summary>True when the suppression holds for every finding of <see cref="Rule"/> in the post, wherever it is.</summary>
    public bool IsPostWide => ByCategory is not null;

    /// <summary>
    /// Drops every finding of <paramref name="rule"/> in a post that has a finding of another rule in
    /// <paramref name="category"/> (a named patient is the bigger problem than the combination that re-identifies them).
    /// </summary>
    public static DiagnosticSuppression InPostWith(DiagnosticDescriptor rule, DiagnosticCategory category)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return new DiagnosticSuppression(rule.Id, null, category);
    }

    /// <summary>Drops a finding of <paramref name="rule"/> whose span overlaps a finding of <paramref name="by"/> (one phrase, one finding).</summary>
    public static DiagnosticSuppression WhereOverlapping(DiagnosticDescriptor rule, DiagnosticDescriptor by)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(by);
        return new DiagnosticSuppression(rule.Id, by.Id, null);
    }

    /// <summary>True when a finding of <paramref name="descriptor"/> is a suppressor of this suppression.</summary>
    public bool IsSuppressor(DiagnosticDescriptor descriptor) =>
        descriptor.Id != Rule && (ByCategory is { } category ? descriptor.Category == category : descriptor.Id == ByRule);

    /// <summary>True when <paramref name="finding"/> (of <see cref="Rule"/>) is dropped given the post's <paramref name="reported"/> findings.</summary>
    public bool Suppresses(Diagnostic finding, IReadOnlyList<Diagnostic> reported)
    {
        if (finding.Id != Rule)
        {
            return false;
        }

        foreach (var other in reported)
        {
            if (IsSuppressor(other.Descriptor) && (IsPostWide || other.Span.Overlaps(finding.Span)))
            {
                return true;
            }
        }

        return false;
    }
}

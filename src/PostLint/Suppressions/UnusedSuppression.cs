using PostLint.Diagnostics;

namespace PostLint.Suppressions;

/// <summary>
/// PL0003: a suppression that suppresses nothing, reported by the engine (not an analyzer) after it has
/// applied the suppressions: an inline directive whose line has no such finding, a front-matter or
/// JSON Lines <c>postlint.disable</c> for a rule that did not fire, or a directive PostLint cannot use
/// (no reason, an unknown or lower-case rule ID). A stale suppression would silently hide the next real finding.
/// </summary>
public static class UnusedSuppression
{
    /// <summary>The rule.</summary>
    public static readonly DiagnosticDescriptor Descriptor = new(
        "PL0003",
        "Suppression that suppresses nothing",
        DiagnosticCategory.Professionalism,
        DiagnosticSeverity.Info,
        "PostLint suppression contract: every suppression names a rule that fires where it stands, with a reason",
        "Reports a suppression that hides no finding, or that cannot be used because it lacks a reason or names an unknown rule ID, so that stale or mistyped suppressions do not hide the next real finding.");
}

namespace PostLint;

/// <summary>
/// The ceiling on any one regular-expression match. Every rule's regex declares it (an architecture
/// test enforces that), so a pattern that backtracks badly on some text fails fast instead of holding a
/// core; the engine reports a timed-out match as PL0002, the same as a post over its time budget.
/// </summary>
internal static class RegexLimits
{
    /// <summary>Milliseconds one match may take: far above what any rule needs on a 100,000-character post.</summary>
    public const int MatchTimeoutMilliseconds = 500;
}

using PostLint.Diagnostics;

namespace PostLint;

/// <summary>
/// PL0002: the engine could not check the whole post. Either the post used up its time budget (or a
/// pattern its match timeout), or one rule reached <see cref="PostLinter.MaxDiagnosticsPerRule"/> findings
/// and stopped. Reported by the engine, not by an analyzer, so that hostile text never runs on unbounded
/// and never passes silently.
/// </summary>
public static class PostTooComplex
{
    /// <summary>The rule.</summary>
    public static readonly DiagnosticDescriptor Descriptor = new(
        "PL0002",
        "Post too complex to check fully",
        // What a cut-short check misses is mostly what most rules look for: identifiers.
        DiagnosticCategory.Privacy,
        DiagnosticSeverity.Warning,
        "PostLint engine limits (issue 16): bounded work per post",
        "Says that a post was checked only in part, because it used up its time budget or a rule stopped at its cap on findings.");

    /// <summary>The post used up its time budget; what was found before that is still reported.</summary>
    public static Diagnostic OutOfTime(TimeSpan budget, PostLanguage language) => new(
        Descriptor,
        new TextSpan(0, 0),
        string.Empty,
        language == PostLanguage.Dutch
            ? $"Bericht te complex om volledig te controleren: de controle stopte na {Seconds(budget)} s. Latere bevindingen kunnen ontbreken; maak het bericht korter of splits het."
            : $"Post too complex to check fully: checking stopped after {Seconds(budget)} s. Later findings may be missing; shorten or split the post.");

    /// <summary>A rule reached its cap at <paramref name="firstUnreported"/>, the first finding it no longer reports.</summary>
    public static Diagnostic RuleStopped(Diagnostic firstUnreported, PostLanguage language) => new(
        Descriptor,
        new TextSpan(firstUnreported.Span.Start, firstUnreported.Span.Start),
        string.Empty,
        language == PostLanguage.Dutch
            ? $"Bericht te complex om volledig te controleren: {firstUnreported.Id} stopte na {PostLinter.MaxDiagnosticsPerRule} bevindingen; vanaf hier meldt het niets meer."
            : $"Post too complex to check fully: {firstUnreported.Id} stopped after {PostLinter.MaxDiagnosticsPerRule} findings and reports nothing from here on.");

    private static string Seconds(TimeSpan budget) => budget.TotalSeconds.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture);
}

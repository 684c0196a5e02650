using PostLint.Analysis;
using PostLint.Diagnostics;

namespace PostLint;

/// <summary>
/// Everything that shapes a <see cref="PostLinter"/>: rule severities, the author's default profile,
/// thresholds, configured terms and extra analyzers. Usually built from a <c>.postlint.yml</c> by
/// the configuration loader; immutable once handed to a linter.
/// </summary>
public sealed record PostLinterOptions
{
    /// <summary>The defaults: every built-in rule at its default severity.</summary>
    public static readonly PostLinterOptions Default = new();

    /// <summary>Language assumed when a post says <c>auto</c> and detection is undecided.</summary>
    public PostLanguage DefaultLanguage { get; init; } = PostLanguage.Auto;

    /// <summary>Author profile used for whatever a post does not say about its author.</summary>
    public AuthorProfile Author { get; init; } = AuthorProfile.Unknown;

    /// <summary>Per-rule severity overrides; a null value switches the rule off.</summary>
    public IReadOnlyDictionary<string, DiagnosticSeverity?> RuleSeverities { get; init; } = new Dictionary<string, DiagnosticSeverity?>();

    /// <summary>Re-identification thresholds and population base.</summary>
    public ReidentificationOptions Reidentification { get; init; } = new();

    /// <summary>Internal project names and terms that must not appear in public posts (PL3xxx).</summary>
    public IReadOnlyList<string> Codenames { get; init; } = [];

    /// <summary>Analyzers from rule packs (<c>packs:</c>) and plugins (<c>plugins:</c>), run with the built-in ones.</summary>
    public IReadOnlyList<DiagnosticAnalyzer> AdditionalAnalyzers { get; init; } = [];

    /// <summary>Recognizers from plugins, run after the built-in ones.</summary>
    public IReadOnlyList<Recognizer> AdditionalRecognizers { get; init; } = [];

    /// <summary>
    /// How long one post may take to check; when it runs out the post gets PL0002 with what was found so far.
    /// <see cref="Timeout.InfiniteTimeSpan"/> lets every post run to the end. Default 2 s, some hundred times what
    /// a long ordinary post needs, so only hostile or machine-made text reaches it. A linter's first analysis, which
    /// also loads rule data and compiles code, runs without it.
    /// </summary>
    public TimeSpan TimeBudget { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>The severity a rule reports at, or null when it is switched off.</summary>
    public DiagnosticSeverity? EffectiveSeverity(DiagnosticDescriptor descriptor) =>
        RuleSeverities.TryGetValue(descriptor.Id, out var configured) ? configured : descriptor.DefaultSeverity;
}

/// <summary>How small a crowd must be before a post counts as re-identifying.</summary>
public sealed record ReidentificationOptions
{
    /// <summary>An estimated crowd below this size is a warning. Default 11, after the small-cell rules of statistical offices.</summary>
    public double WarningBelow { get; init; } = 11;

    /// <summary>An estimated crowd below this size is an error (the post points at about one person). Default 2.</summary>
    public double ErrorBelow { get; init; } = 2;

    /// <summary>Population the institution serves, used when a post names no place; null means the whole country.</summary>
    public long? Catchment { get; init; }
}

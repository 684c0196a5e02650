using PostLint.Analysis;
using PostLint.Diagnostics;

namespace PostLint;

/// <summary>What <see cref="PostLinter.Analyze(Post)"/> found in one post.</summary>
public sealed class AnalysisResult
{
    internal AnalysisResult(Post post, PostLanguage language, IReadOnlyList<Entity> entities, IReadOnlyList<Diagnostic> diagnostics, CountToTenVerdict countToTen)
    {
        Post = post;
        Language = language;
        Entities = entities;
        Diagnostics = diagnostics;
        CountToTen = countToTen;
    }

    /// <summary>The post as analysed (its author profile completed from configuration).</summary>
    public Post Post { get; }

    /// <summary>The language the post was analysed in (detected when the post said <c>auto</c>).</summary>
    public PostLanguage Language { get; }

    /// <summary>Every entity the recognizers found, ordered by start.</summary>
    public IReadOnlyList<Entity> Entities { get; }

    /// <summary>The findings, ordered by position and then by rule ID.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>Whether the author is advised to pause before posting (PL0001), and why.</summary>
    public CountToTenVerdict CountToTen { get; }

    /// <summary>
    /// The same post with only <paramref name="diagnostics"/> (a subset of <see cref="Diagnostics"/>, e.g. what a
    /// baseline does not already know), its count-to-ten verdict judged again on them.
    /// </summary>
    public AnalysisResult WithDiagnostics(IReadOnlyList<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        return new AnalysisResult(Post, Language, Entities, diagnostics, PostLint.CountToTen.Judge(diagnostics, Language));
    }

    /// <summary>The most severe finding, or null for a clean post.</summary>
    public DiagnosticSeverity? HighestSeverity => Diagnostics.Count == 0 ? null : Diagnostics.Max(d => d.Severity);
}

/// <summary>The "tel tot tien" verdict: pause before posting.</summary>
/// <param name="Advised">True when tone rules fired or an error-level finding exists.</param>
/// <param name="Reasons">Why, in the post's language; empty when not advised.</param>
public sealed record CountToTenVerdict(bool Advised, IReadOnlyList<string> Reasons)
{
    /// <summary>No pause needed.</summary>
    public static readonly CountToTenVerdict NotAdvised = new(false, []);
}

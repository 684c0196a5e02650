using System.Runtime.InteropServices;
using PostLint.Diagnostics;
using PostLint.Text;

namespace PostLint.Analysis;

/// <summary>
/// Reads a post and its entities and reports diagnostics, the way Roslyn's <c>DiagnosticAnalyzer</c> does.
/// Built-in rules and plugin assemblies derive from this class. Implementations must be thread-safe:
/// one instance analyses many posts concurrently, so keep per-post state in locals.
/// </summary>
public abstract class DiagnosticAnalyzer
{
    /// <summary>Every descriptor this analyzer may report. The engine skips the analyzer when all are disabled.</summary>
    public abstract IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; }

    /// <summary>
    /// The word lists this analyzer looks up through <see cref="AnalysisContext.Index"/>. The engine compiles the lists
    /// of every enabled analyzer into one trie and matches them all in one pass per post; a list not declared here is
    /// still found, but matched on its own.
    /// </summary>
    public virtual IEnumerable<WordList> WordLists => [];

    /// <summary>
    /// Findings of this analyzer's rules that the engine drops when another rule's finding covers them. The engine
    /// runs an analyzer after the analyzers whose rules can suppress it, and skips it when the post already holds a
    /// post-wide suppressor for all its rules.
    /// </summary>
    public virtual IEnumerable<DiagnosticSuppression> Suppressions => [];

    /// <summary>
    /// Categories whose findings this analyzer reads through <see cref="AnalysisContext.ReportedSoFar"/> (a codename counts
    /// as internal when other confidentiality rules fired). The engine runs it after every analyzer of those categories.
    /// </summary>
    public virtual IEnumerable<DiagnosticCategory> ReadsFindingsOf => [];

    /// <summary>Analyses one post.</summary>
    public abstract void Analyze(AnalysisContext context);
}

/// <summary>What an analyzer sees, and where it reports.</summary>
public sealed class AnalysisContext
{
    private readonly List<Diagnostic> _diagnostics;
    private readonly Func<DiagnosticDescriptor, bool> _isEnabled;
    private readonly Dictionary<string, int> _reportedPerRule = new(StringComparer.Ordinal);
    private readonly List<Diagnostic> _firstUnreported = [];

    internal AnalysisContext(Post post, PostIndex index, IReadOnlyList<Entity> entities, PostLinterOptions options, List<Diagnostic> diagnostics, Func<DiagnosticDescriptor, bool> isEnabled, CancellationToken cancellationToken = default)
    {
        Post = post;
        Index = index;
        Language = index.Language;
        Entities = entities;
        Options = options;
        _diagnostics = diagnostics;
        _isEnabled = isEnabled;
        CancellationToken = cancellationToken;
    }

    /// <summary>Cancelled when the post's time budget runs out; check it inside loops over entities or matches.</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>For each rule that reached <see cref="PostLinter.MaxDiagnosticsPerRule"/>, the first finding it no longer reported.</summary>
    internal IReadOnlyList<Diagnostic> FirstUnreported => _firstUnreported;

    /// <summary>The post.</summary>
    public Post Post { get; }

    /// <summary>The post's text.</summary>
    public string Text => Post.Text;

    /// <summary>The post's words, sentences, negation, quotes and word-list matches, shared by every rule.</summary>
    public PostIndex Index { get; }

    /// <summary>The post's language, detected when the post did not say.</summary>
    public PostLanguage Language { get; }

    /// <summary>The language of the sentence at <paramref name="position"/> (see <see cref="PostIndex.LanguageAt"/>): read a quoted or mixed-in sentence in its own language.</summary>
    public PostLanguage LanguageAt(int position) => Index.LanguageAt(position);

    /// <summary>True when the post is in Dutch.</summary>
    public bool IsDutch => Language == PostLanguage.Dutch;

    /// <summary>The author profile: the post's own, completed from configuration.</summary>
    public AuthorProfile Author => Post.Author;

    /// <summary>Every entity the recognizers found, ordered by start.</summary>
    public IReadOnlyList<Entity> Entities { get; }

    /// <summary>Effective options (thresholds, author profile, configured terms).</summary>
    public PostLinterOptions Options { get; }

    /// <summary>Entities of one type.</summary>
    public IEnumerable<Entity> EntitiesOf(EntityType type) => Entities.Where(e => e.Type == type);

    /// <summary>
    /// Diagnostics reported so far for this post: complete for the categories the analyzer declared in
    /// <see cref="DiagnosticAnalyzer.ReadsFindingsOf"/>, and for its own rules.
    /// </summary>
    public IReadOnlyList<Diagnostic> ReportedSoFar => _diagnostics;

    /// <summary>
    /// True when the rule is enabled and has not gone past its cap (one finding beyond it shows where it stopped);
    /// check before doing expensive work for one rule of several, and in loops that report.
    /// </summary>
    public bool IsEnabled(DiagnosticDescriptor descriptor) =>
        _isEnabled(descriptor) && _reportedPerRule.GetValueOrDefault(descriptor.Id) <= PostLinter.MaxDiagnosticsPerRule;

    /// <summary>Reports a diagnostic; ignored when its rule is disabled or has reached its cap.</summary>
    public void Report(Diagnostic diagnostic)
    {
        if (!_isEnabled(diagnostic.Descriptor))
        {
            return;
        }

        ref var reported = ref CollectionsMarshal.GetValueRefOrAddDefault(_reportedPerRule, diagnostic.Id, out _);
        if (reported < PostLinter.MaxDiagnosticsPerRule)
        {
            _diagnostics.Add(diagnostic);
        }
        else if (reported == PostLinter.MaxDiagnosticsPerRule)
        {
            _firstUnreported.Add(diagnostic);
        }

        reported = Math.Min(reported + 1, PostLinter.MaxDiagnosticsPerRule + 1);
    }

    /// <summary>Reports a diagnostic for <paramref name="span"/> with the given message and optional fixes.</summary>
    public void Report(DiagnosticDescriptor descriptor, TextSpan span, string message, params CodeFix[] fixes) =>
        Report(new Diagnostic(descriptor, span, Text[span.Start..span.End], message, fixes));

    /// <summary>Picks the Dutch or English text according to the post's language.</summary>
    public string Localize(string dutch, string english) => IsDutch ? dutch : english;
}

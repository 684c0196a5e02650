using PostLint.Analysis;
using PostLint.Diagnostics;
using PostLint.Recognizers;
using PostLint.Rules;
using PostLint.Text;

namespace PostLint;

/// <summary>
/// The engine: runs recognizers and analyzers over a post and returns its diagnostics.
/// Create one per configuration and share it; <see cref="Analyze(Post)"/> is thread-safe.
/// </summary>
/// <example>
/// <code>
/// var linter = new PostLinter();
/// foreach (var d in linter.Analyze("Mevrouw Jansen op kamer 12 gezien").Diagnostics)
///     Console.WriteLine($"{d.Id} {d.Severity}: {d.Message}");
/// </code>
/// </example>
public sealed class PostLinter
{
    private readonly IReadOnlyList<Recognizer> _recognizers;
    private readonly IReadOnlyList<DiagnosticAnalyzer> _analyzers;
    private readonly PostIndexBuilder _indexer;
    private readonly IReadOnlyList<DiagnosticSuppression> _suppressions;
    private readonly DiagnosticSuppression[][] _postWide;

    /// <summary>Creates a linter with the built-in rules and <paramref name="options"/> (defaults when null).</summary>
    public PostLinter(PostLinterOptions? options = null)
    {
        Options = options ?? PostLinterOptions.Default;
        _recognizers = [.. BuiltInRecognizers.Create(), .. Options.AdditionalRecognizers];
        _analyzers = AnalyzerOrder.Sort([.. BuiltInAnalyzers.Create(), .. Options.AdditionalAnalyzers]);
        _suppressions = [.. _analyzers.SelectMany(a => a.Suppressions)];
        _postWide = [.. _analyzers.Select(a => a.Suppressions.Where(s => s.IsPostWide).ToArray())];
        SupportedDiagnostics = [CountToTen.Descriptor, .. _analyzers.SelectMany(a => a.SupportedDiagnostics).DistinctBy(d => d.Id).OrderBy(d => d.Id, StringComparer.Ordinal)];

        // One trie over the word lists of the rules that can report: a switched-off rule costs no matching.
        var enabled = _analyzers.Where(a => a.SupportedDiagnostics.Any(d => Options.EffectiveSeverity(d) is not null));
        _indexer = new PostIndexBuilder([.. _recognizers.SelectMany(r => r.WordLists), .. enabled.SelectMany(a => a.WordLists)]);
    }

    /// <summary>The options this linter was created with.</summary>
    public PostLinterOptions Options { get; }

    /// <summary>Every rule this linter knows, ordered by ID (including PL0001, the count-to-ten verdict).</summary>
    public IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; }

    /// <summary>Analyses a text with default metadata.</summary>
    public AnalysisResult Analyze(string text) => Analyze(new Post(text));

    /// <summary>Analyses one post.</summary>
    public AnalysisResult Analyze(Post post)
    {
        ArgumentNullException.ThrowIfNull(post);
        var language = post.Language != PostLanguage.Auto ? post.Language : LanguageDetector.Detect(post.Text, Options.DefaultLanguage);
        post = post with { Author = post.Author.WithDefaults(Options.Author), Language = language };

        var index = _indexer.Build(post.Text, language);
        var entities = Recognize(post, index);
        var diagnostics = RunAnalyzers(post, index, entities);
        return new AnalysisResult(post, language, entities, diagnostics, CountToTen.Judge(diagnostics, language));
    }

    private List<Entity> Recognize(Post post, PostIndex index)
    {
        var entities = new List<Entity>();
        if (post.Text.Length == 0)
        {
            return entities;
        }

        var context = new RecognitionContext(post, index, entities, Options);
        foreach (var recognizer in _recognizers)
        {
            recognizer.Recognize(context);
        }

        entities.Sort(Entity.InTextOrder);
        return entities;
    }

    private List<Diagnostic> RunAnalyzers(Post post, PostIndex index, List<Entity> entities)
    {
        var reported = new List<Diagnostic>();
        if (post.Text.Length == 0)
        {
            return reported;
        }

        var suppressed = post.Suppressions.Select(s => s.RuleId).ToHashSet(StringComparer.Ordinal);
        bool IsEnabled(DiagnosticDescriptor d) => !suppressed.Contains(d.Id) && Options.EffectiveSeverity(d) is not null;

        var context = new AnalysisContext(post, index, entities, Options, reported, IsEnabled);
        for (var a = 0; a < _analyzers.Count; a++)
        {
            var analyzer = _analyzers[a];
            if (!analyzer.SupportedDiagnostics.Any(IsEnabled) || IsSuppressedInPost(analyzer, _postWide[a], IsEnabled, reported))
            {
                continue;
            }

            try
            {
                analyzer.Analyze(context);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                throw new AnalyzerException(analyzer, ex);
            }
        }

        var kept = _suppressions.Count == 0 ? reported : reported.Where(d => !_suppressions.Any(s => s.Suppresses(d, reported)));
        return kept
            // A configured severity overrides; otherwise an analyzer may report above or below its default
            // (PL2001 is an error when the estimated crowd is about one person).
            .Select(d => Options.RuleSeverities.TryGetValue(d.Id, out var configured) && configured is { } severity ? d.WithSeverity(severity) : d)
            .DistinctBy(d => (d.Id, d.Span))
            .OrderBy(d => d.Span.Start).ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToList();
    }

    // Every rule the analyzer can still report is dropped by a post-wide suppression that already holds: its work
    // would be thrown away (its suppressors ran before it, see AnalyzerOrder).
    private static bool IsSuppressedInPost(DiagnosticAnalyzer analyzer, DiagnosticSuppression[] postWide, Func<DiagnosticDescriptor, bool> isEnabled, List<Diagnostic> reported)
    {
        return postWide.Length > 0 && reported.Count > 0 && analyzer.SupportedDiagnostics.Where(isEnabled)
            .All(rule => postWide.Any(s => s.Rule == rule.Id && reported.Exists(d => s.IsSuppressor(d.Descriptor))));
    }
}

/// <summary>An analyzer failed; the message names it. Hosts report this as an internal error.</summary>
public sealed class AnalyzerException(DiagnosticAnalyzer analyzer, Exception inner)
    : Exception($"Analyzer {analyzer.GetType().Name} failed: {inner.Message}", inner);

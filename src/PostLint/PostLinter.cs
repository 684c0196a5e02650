using System.Text.RegularExpressions;
using PostLint.Analysis;
using PostLint.Diagnostics;
using PostLint.Recognizers;
using PostLint.Rules;
using PostLint.Rules.Confidentiality;
using PostLint.Suppressions;
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

    // Fixed by the options, so worked out once rather than asked of every analyzer for every post.
    private readonly bool[] _canReport;
    private readonly Func<DiagnosticDescriptor, bool> _isEnabled;
    private bool _warm;
    private readonly IReadOnlySet<string> _knownRuleIds;

    /// <summary>Creates a linter with the built-in rules and <paramref name="options"/> (defaults when null).</summary>
    public PostLinter(PostLinterOptions? options = null)
    {
        Options = options ?? PostLinterOptions.Default;
        _recognizers = [.. BuiltInRecognizers.Create(), .. Options.AdditionalRecognizers];
        _analyzers = AnalyzerOrder.Sort([.. BuiltInAnalyzers.Create(), .. ConfiguredCodenames.Analyzers(Options.Codenames), .. Options.AdditionalAnalyzers]);
        _suppressions = [.. _analyzers.SelectMany(a => a.Suppressions)];
        _postWide = [.. _analyzers.Select(a => a.Suppressions.Where(s => s.IsPostWide).ToArray())];
        _isEnabled = descriptor => Options.EffectiveSeverity(descriptor) is not null;
        _canReport = [.. _analyzers.Select(a => a.SupportedDiagnostics.Any(_isEnabled))];
        SupportedDiagnostics = [CountToTen.Descriptor, PostTooComplex.Descriptor, UnusedSuppression.Descriptor, .. _analyzers.SelectMany(a => a.SupportedDiagnostics).DistinctBy(d => d.Id).OrderBy(d => d.Id, StringComparer.Ordinal)];
        _knownRuleIds = SupportedDiagnostics.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);

        // One trie over the word lists of the rules that can report: a switched-off rule costs no matching.
        var enabled = _analyzers.Where((_, a) => _canReport[a]);
        _indexer = new PostIndexBuilder([.. _recognizers.SelectMany(r => r.WordLists), .. enabled.SelectMany(a => a.WordLists)]);
    }

    /// <summary>The options this linter was created with.</summary>
    public PostLinterOptions Options { get; }

    /// <summary>Every rule this linter knows, ordered by ID (including those the engine reports: PL0001, the count-to-ten verdict; PL0002, a post too complex to check fully; PL0003, a suppression that hides nothing).</summary>
    public IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; }

    /// <summary>Analyses a text with default metadata.</summary>
    public AnalysisResult Analyze(string text) => Analyze(new Post(text));

    /// <summary>
    /// Most findings one rule reports in one post; beyond it the rule stops and the engine reports PL0002 where it
    /// stopped. A hundred findings of one kind already say all a writer needs to know, and the cap keeps the
    /// work and the report of a machine-made post bounded.
    /// </summary>
    public const int MaxDiagnosticsPerRule = 100;

    /// <summary>Analyses one post within <see cref="PostLinterOptions.TimeBudget"/>.</summary>
    public AnalysisResult Analyze(Post post) => Analyze(post, CancellationToken.None);

    /// <summary>
    /// Analyses one post within <see cref="PostLinterOptions.TimeBudget"/>. A post that uses up its budget gets
    /// what was found so far and PL0002; a cancelled <paramref name="cancellationToken"/> (say, a client that went
    /// away) throws <see cref="OperationCanceledException"/>.
    /// </summary>
    public AnalysisResult Analyze(Post post, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(post);

        // A cold linter's first analysis loads rule data and compiles code: seconds on a busy machine, which have
        // nothing to do with the post. So the clock runs only once one analysis has finished; a cold one is still
        // bounded by the regex timeouts and by rules whose work grows with the length of the post alone.
        using var budget = PostBudget.Start(Volatile.Read(ref _warm) ? Options.TimeBudget : Timeout.InfiniteTimeSpan, cancellationToken);
        var language = post.Language != PostLanguage.Auto ? post.Language : LanguageDetector.Detect(post.Text, Options.DefaultLanguage);
        post = post with { Author = post.Author.WithDefaults(Options.Author), Language = language };

        var index = _indexer.Build(post.Text, language);
        var entities = new List<Entity>();
        var reported = new List<Diagnostic>();
        var context = new AnalysisContext(post, index, entities, Options, reported, _isEnabled, budget.Token);
        try
        {
            Recognize(post, index, entities, budget.Token);
            RunAnalyzers(context);
        }
        catch (Exception ex) when (budget.RanOut(ex))
        {
            // What was found so far stands; the post says it was not checked to the end.
            entities.Sort(Entity.InTextOrder);
            context.Report(PostTooComplex.OutOfTime(Options.TimeBudget, language));
        }

        foreach (var stopped in context.FirstUnreported)
        {
            context.Report(PostTooComplex.RuleStopped(stopped, language));
        }

        var kept = _suppressions.Count == 0 ? reported : [.. reported.Where(d => !_suppressions.Any(s => s.Suppresses(d, reported)))];

        // Suppressions apply to what the analyzers found, so a suppression that hides nothing can be told (PL0003).
        var remaining = SuppressionFilter.Apply(post, kept, _knownRuleIds, id => !Options.RuleSeverities.TryGetValue(id, out var configured) || configured is not null);
        var diagnostics = remaining
            .Where(d => d.Descriptor != UnusedSuppression.Descriptor || _isEnabled(d.Descriptor))
            // A configured severity overrides; otherwise an analyzer may report above or below its default
            // (PL2001 is an error when the estimated crowd is about one person).
            .Select(d => Options.RuleSeverities.TryGetValue(d.Id, out var configured) && configured is { } severity ? d.WithSeverity(severity) : d)
            .DistinctBy(d => (d.Id, d.Span))
            .OrderBy(d => d.Span.Start).ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToList();
        Volatile.Write(ref _warm, true);
        return new AnalysisResult(post, language, entities, diagnostics, CountToTen.Judge(diagnostics, language));
    }

    private void Recognize(Post post, PostIndex index, List<Entity> entities, CancellationToken cancellationToken)
    {
        if (post.Text.Length == 0)
        {
            return;
        }

        var context = new RecognitionContext(post, index, entities, Options, cancellationToken);
        foreach (var recognizer in _recognizers)
        {
            cancellationToken.ThrowIfCancellationRequested();
            recognizer.Recognize(context);
        }

        entities.Sort(Entity.InTextOrder);
    }

    private void RunAnalyzers(AnalysisContext context)
    {
        if (context.Text.Length == 0)
        {
            return;
        }

        for (var a = 0; a < _analyzers.Count; a++)
        {
            var analyzer = _analyzers[a];
            if (!_canReport[a] || IsSuppressedInPost(analyzer, _postWide[a], _isEnabled, context.ReportedSoFar))
            {
                continue;
            }

            context.CancellationToken.ThrowIfCancellationRequested();
            try
            {
                analyzer.Analyze(context);
            }
            catch (Exception ex) when (ex is not (OutOfMemoryException or OperationCanceledException or RegexMatchTimeoutException))
            {
                throw new AnalyzerException(analyzer, ex);
            }
        }
    }

    // Every rule the analyzer can still report is dropped by a post-wide suppression that already holds: its work
    // would be thrown away (its suppressors ran before it, see AnalyzerOrder).
    private static bool IsSuppressedInPost(DiagnosticAnalyzer analyzer, DiagnosticSuppression[] postWide, Func<DiagnosticDescriptor, bool> isEnabled, IReadOnlyList<Diagnostic> reported)
    {
        return postWide.Length > 0 && reported.Count > 0 && analyzer.SupportedDiagnostics.Where(isEnabled)
            .All(rule => postWide.Any(s => s.Rule == rule.Id && reported.Any(d => s.IsSuppressor(d.Descriptor))));
    }
}

/// <summary>An analyzer failed; the message names it. Hosts report this as an internal error.</summary>
public sealed class AnalyzerException(DiagnosticAnalyzer analyzer, Exception inner)
    : Exception($"Analyzer {analyzer.GetType().Name} failed: {inner.Message}", inner);

using System.Diagnostics;
using System.Globalization;
using PostLint.Analysis;
using PostLint.Diagnostics;
using PostLint.Recognizers;
using PostLint.Rules;
using PostLint.Text;

namespace PostLint.Benchmarks;

/// <summary>
/// <c>--throughput --by-component</c>: where the time of an analysis goes, recognizer by recognizer and
/// analyzer by analyzer, so a slow rule can be found without a profiler. It replays the steps of
/// <see cref="PostLinter.Analyze(Post)"/> (language, recognizers, analyzers) with a clock around each
/// component; the figures are shares of one pass, not a second implementation to rely on.
/// </summary>
public static class ComponentProfile
{
    /// <summary>Times every component over <paramref name="iterations"/> passes of <paramref name="posts"/> and prints a table.</summary>
    public static void Run(IReadOnlyList<Post> posts, int iterations)
    {
        var options = PostLinterOptions.Default;
        var recognizers = BuiltInRecognizers.Create().ToArray();
        var analyzers = BuiltInAnalyzers.Create().ToArray();
        var indexer = new PostIndexBuilder([.. recognizers.SelectMany(r => r.WordLists), .. analyzers.SelectMany(a => a.WordLists)]);
        var ticks = new Dictionary<string, long>(StringComparer.Ordinal);

        for (var i = 0; i < iterations; i++)
        {
            foreach (var original in posts)
            {
                var start = Stopwatch.GetTimestamp();
                var language = original.Language != PostLanguage.Auto ? original.Language : LanguageDetector.Detect(original.Text, options.DefaultLanguage);
                var post = original with { Language = language, Author = original.Author.WithDefaults(options.Author) };
                Add(ticks, "(language detection)", start);

                start = Stopwatch.GetTimestamp();
                var index = indexer.Build(post.Text, language);
                Add(ticks, "(post index)", start);

                var entities = new List<Entity>();
                var recognition = new RecognitionContext(post, index, entities, options);
                foreach (var recognizer in recognizers)
                {
                    start = Stopwatch.GetTimestamp();
                    recognizer.Recognize(recognition);
                    Add(ticks, "recognizer " + recognizer.GetType().Name, start);
                }

                entities.Sort(Entity.InTextOrder);
                var analysis = new AnalysisContext(post, index, entities, options, [], descriptor => options.EffectiveSeverity(descriptor) is not null);
                foreach (var analyzer in analyzers)
                {
                    start = Stopwatch.GetTimestamp();
                    analyzer.Analyze(analysis);
                    Add(ticks, "analyzer " + analyzer.GetType().Name, start);
                }
            }
        }

        var total = ticks.Values.Sum();
        var analysed = (double)posts.Count * iterations;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"component",-48} {"µs/post",9} {"share",7}"));
        foreach (var (name, spent) in ticks.OrderByDescending(entry => entry.Value))
        {
            var microseconds = spent * 1_000_000.0 / Stopwatch.Frequency / analysed;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-48} {microseconds,9:F2} {100.0 * spent / total,6:F1}%"));
        }
    }

    private static void Add(Dictionary<string, long> ticks, string component, long start) =>
        ticks[component] = ticks.GetValueOrDefault(component) + (Stopwatch.GetTimestamp() - start);
}

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
/// component; the figures are shares of one pass, not a second implementation to rely on. The bytes each component
/// allocates are counted beside its time: allocations are deterministic, so they show a saving that timing noise hides.
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
        var bytes = new Dictionary<string, long>(StringComparer.Ordinal);
        var recognizerNames = recognizers.Select(r => "recognizer " + r.GetType().Name).ToArray();
        var analyzerNames = analyzers.Select(a => "analyzer " + a.GetType().Name).ToArray();

        for (var i = 0; i < iterations; i++)
        {
            foreach (var original in posts)
            {
                var allocated = GC.GetAllocatedBytesForCurrentThread();
                var start = Stopwatch.GetTimestamp();
                var language = original.Language != PostLanguage.Auto ? original.Language : LanguageDetector.Detect(original.Text, options.DefaultLanguage);
                var post = original with { Language = language, Author = original.Author.WithDefaults(options.Author) };
                Add(ticks, bytes, "(language detection)", start, allocated);

                allocated = GC.GetAllocatedBytesForCurrentThread();
                start = Stopwatch.GetTimestamp();
                var index = indexer.Build(post.Text, language);
                Add(ticks, bytes, "(post index)", start, allocated);

                var entities = new List<Entity>();
                var recognition = new RecognitionContext(post, index, entities, options);
                for (var r = 0; r < recognizers.Length; r++)
                {
                    allocated = GC.GetAllocatedBytesForCurrentThread();
                    start = Stopwatch.GetTimestamp();
                    recognizers[r].Recognize(recognition);
                    Add(ticks, bytes, recognizerNames[r], start, allocated);
                }

                entities.Sort(Entity.InTextOrder);
                var analysis = new AnalysisContext(post, index, entities, options, [], descriptor => options.EffectiveSeverity(descriptor) is not null);
                for (var a = 0; a < analyzers.Length; a++)
                {
                    allocated = GC.GetAllocatedBytesForCurrentThread();
                    start = Stopwatch.GetTimestamp();
                    analyzers[a].Analyze(analysis);
                    Add(ticks, bytes, analyzerNames[a], start, allocated);
                }
            }
        }

        var total = ticks.Values.Sum();
        var analysed = (double)posts.Count * iterations;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"component",-48} {"µs/post",9} {"share",7} {"KiB/post",9}"));
        foreach (var (name, spent) in ticks.OrderByDescending(entry => entry.Value))
        {
            var microseconds = spent * 1_000_000.0 / Stopwatch.Frequency / analysed;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-48} {microseconds,9:F2} {100.0 * spent / total,6:F1}% {bytes[name] / 1024.0 / analysed,9:F2}"));
        }
    }

    private static void Add(Dictionary<string, long> ticks, Dictionary<string, long> bytes, string component, long start, long allocatedBefore)
    {
        ticks[component] = ticks.GetValueOrDefault(component) + (Stopwatch.GetTimestamp() - start);
        bytes[component] = bytes.GetValueOrDefault(component) + (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore);
    }
}

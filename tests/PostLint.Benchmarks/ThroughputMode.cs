using System.Diagnostics;
using System.Globalization;
using System.Runtime;

namespace PostLint.Benchmarks;

/// <summary>
/// <c>--throughput</c>: a quick posts-per-second figure over the dev corpus without BenchmarkDotNet's
/// process and statistics overhead, for issue notes. Also reports the cold first post of this process.
/// </summary>
public static class ThroughputMode
{
    // Tiered JIT keeps recompiling hot methods (tier 0, instrumented, tier 1) in the background for many
    // seconds with this many generated regex methods; timing before that settles measures unoptimised code.
    // So warm up until whole passes go by without a compilation, within these bounds.
    private static readonly TimeSpan MinimumWarmUp = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan MaximumWarmUp = TimeSpan.FromSeconds(90);
    private const int QuietPassesWanted = 3;

    /// <summary>Runs <paramref name="iterations"/> timed passes over the corpus after a warm-up and prints the figures.</summary>
    /// <param name="corpusPath">The JSON Lines corpus.</param>
    /// <param name="iterations">Timed passes over the corpus.</param>
    /// <param name="byComponent">Also print where the time goes, recognizer by recognizer and analyzer by analyzer.</param>
    public static void Run(string corpusPath, int iterations, bool byComponent)
    {
        var posts = DevCorpus.Load(corpusPath);

        var cold = Stopwatch.StartNew();
        var linter = new PostLinter();
        linter.Analyze(posts[0]);
        cold.Stop();

        var diagnostics = Pass(linter, posts);
        var warmUp = WarmUp(linter, posts);

        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var allocatedBefore = GC.GetTotalAllocatedBytes();
        var jittedBefore = JitInfo.GetCompiledMethodCount();
        var timer = Stopwatch.StartNew();
        for (var i = 0; i < iterations; i++)
        {
            Pass(linter, posts);
        }

        timer.Stop();
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;
        var allocated = GC.GetTotalAllocatedBytes() - allocatedBefore;
        var jitted = JitInfo.GetCompiledMethodCount() - jittedBefore;

        var analysed = (double)posts.Count * iterations;
        var perSecond = analysed / timer.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
            corpus:       {corpusPath} ({posts.Count} posts, {diagnostics} diagnostics per pass)
            first post:   {cold.Elapsed.TotalMilliseconds:F1} ms (new PostLinter() + first Analyze, cold process)
            passes:       {iterations} after {warmUp.TotalSeconds:F0} s of warm-up, {timer.Elapsed.TotalSeconds:F2} s
            throughput:   {perSecond:F0} posts/s on one thread ({1_000_000 / perSecond:F1} µs per post)
            cpu time:     {cpu.TotalMicroseconds / analysed:F1} µs per post, {analysed / cpu.TotalSeconds:F0} posts per CPU-second (steadier than wall time on a busy machine)
            allocated:    {allocated / analysed / 1024:F1} KiB per post
            jitted:       {jitted} methods compiled during the timed passes (should be 0: the JIT had not settled within the warm-up otherwise)
            load average: {LoadAverage()}
            """));

        if (byComponent)
        {
            Console.WriteLine();
            ComponentProfile.Run(posts, iterations);
        }
    }

    private static TimeSpan WarmUp(PostLinter linter, IReadOnlyList<Post> posts)
    {
        var warm = Stopwatch.StartNew();
        var quietPasses = 0;
        while (warm.Elapsed < MaximumWarmUp && (warm.Elapsed < MinimumWarmUp || quietPasses < QuietPassesWanted))
        {
            var compiled = JitInfo.GetCompiledMethodCount();
            Pass(linter, posts);
            quietPasses = JitInfo.GetCompiledMethodCount() == compiled ? quietPasses + 1 : 0;
        }

        return warm.Elapsed;
    }

    // Quoted with the figures: on a shared machine they mean little without it.
    internal static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static int Pass(PostLinter linter, IReadOnlyList<Post> posts)
    {
        var diagnostics = 0;
        foreach (var post in posts)
        {
            diagnostics += linter.Analyze(post).Diagnostics.Count;
        }

        return diagnostics;
    }
}

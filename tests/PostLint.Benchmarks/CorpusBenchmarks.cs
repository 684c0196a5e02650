using BenchmarkDotNet.Attributes;

namespace PostLint.Benchmarks;

/// <summary>Engine throughput: one pass of a shared linter over the whole dev corpus.</summary>
// A pass takes a fraction of a second and tiered compilation keeps improving it for many passes: a short run's three
// iterations still fell from 268 to 205 ms on the dev corpus, so this job warms up for longer.
[SimpleJob(launchCount: 1, warmupCount: 15, iterationCount: 10)]
[MemoryDiagnoser]
public class CorpusBenchmarks
{
    private readonly PostLinter _linter = new();
    private IReadOnlyList<Post> _posts = [];

    /// <summary>Loads the corpus once per process.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var path = DevCorpus.Resolve();
        _posts = DevCorpus.Load(path);

        // Printed into the benchmark log so the mean per pass can be turned into posts per second.
        Console.WriteLine($"// corpus: {_posts.Count} posts from {path}");
    }

    /// <summary>Analyses every post once; returns the number of diagnostics so nothing is optimised away.</summary>
    [Benchmark(Description = "Analyze dev corpus (one pass)")]
    public int AnalyzeCorpus()
    {
        var diagnostics = 0;
        foreach (var post in _posts)
        {
            diagnostics += _linter.Analyze(post).Diagnostics.Count;
        }

        return diagnostics;
    }
}

using BenchmarkDotNet.Attributes;

namespace PostLint.Benchmarks;

/// <summary>Latency of one short post on a warm, shared linter (the library and HTTP service case).</summary>
[ShortRunJob]
[MemoryDiagnoser]
public class SinglePostBenchmarks
{
    private readonly PostLinter _linter = new();

    /// <summary>Loads what the first analysis would load, so the measurements are steady state.</summary>
    [GlobalSetup]
    public void Setup() => _linter.Analyze(SamplePosts.Dutch);

    /// <summary>A Dutch post with a finding and a fix.</summary>
    [Benchmark(Baseline = true, Description = "Analyze short Dutch post")]
    public AnalysisResult AnalyzeDutch() => _linter.Analyze(SamplePosts.Dutch);

    /// <summary>A clean English post, language detected.</summary>
    [Benchmark(Description = "Analyze short English post (auto language)")]
    public AnalysisResult AnalyzeEnglish() => _linter.Analyze(SamplePosts.English);
}

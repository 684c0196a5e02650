using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;

namespace PostLint.Benchmarks;

/// <summary>
/// What the first post costs: a fresh <see cref="PostLinter"/> and its first <c>Analyze</c>, in a fresh
/// process each time (cold start strategy, one invocation per launch), so JIT compilation, rule
/// construction and lazy lexicon loads are all inside the measurement. This is the part of CLI start-up
/// that the engine owns; the cold-start script measures the whole command.
/// </summary>
[SimpleJob(RunStrategy.ColdStart, launchCount: 10, warmupCount: 0, iterationCount: 1, invocationCount: 1, id: "ColdStart")]
public class StartupBenchmarks
{
    /// <summary>Constructs a linter and analyses one short post.</summary>
    [Benchmark(Description = "new PostLinter() + first Analyze")]
    public AnalysisResult FirstAnalyze() => new PostLinter().Analyze(SamplePosts.Dutch);
}

using System.Diagnostics;
using PostLint.Text.Entities;

namespace PostLint.Benchmarks;

/// <summary>
/// <c>--model-load</c>: how long reading the shipped entity model from the assembly takes, the first time in this
/// process (with JIT, what a CLI run pays once) and the median of later reads. The budget is 30 ms.
/// </summary>
public static class ModelLoadMode
{
    private const int Reads = 21;

    /// <summary>Times the reads and prints the figures; returns false when the first read exceeds <paramref name="budgetMilliseconds"/>.</summary>
    public static bool Run(double budgetMilliseconds)
    {
        var times = new List<double>();
        for (var i = 0; i < Reads; i++)
        {
            var clock = Stopwatch.StartNew();
            _ = EntityModel.ReadEmbedded(EntityModel.ResourcePath);
            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        var median = times.Skip(1).Order().ElementAt((times.Count - 1) / 2);
        Console.WriteLine($"entity model: first read {times[0]:F1} ms (with JIT), median of {Reads - 1} later reads {median:F1} ms; budget {budgetMilliseconds:F0} ms");
        return times[0] <= budgetMilliseconds;
    }
}

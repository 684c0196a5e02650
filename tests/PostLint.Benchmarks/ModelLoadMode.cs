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
        using var process = Process.GetCurrentProcess();
        var times = new List<double>();
        var firstCpu = 0.0;
        for (var i = 0; i < Reads; i++)
        {
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            _ = EntityModel.ReadEmbedded(EntityModel.ResourcePath);
            times.Add(clock.Elapsed.TotalMilliseconds);
            if (i == 0)
            {
                process.Refresh();
                firstCpu = (process.TotalProcessorTime - cpu).TotalMilliseconds;
            }
        }

        // On a busy machine wall time also counts waiting for a core; the process's CPU time does not.
        var median = times.Skip(1).Order().ElementAt((times.Count - 1) / 2);
        Console.WriteLine($"entity model: first read {times[0]:F1} ms wall, {firstCpu:F1} ms CPU (with JIT); median of {Reads - 1} later reads {median:F1} ms; budget {budgetMilliseconds:F0} ms");
        return times[0] <= budgetMilliseconds;
    }
}

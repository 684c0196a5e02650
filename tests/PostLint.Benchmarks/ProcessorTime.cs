using System.Diagnostics;
using System.Globalization;

namespace PostLint.Benchmarks;

/// <summary>
/// Processor time of this process, all threads (GC included), to the nanosecond on Linux: the sum of the first
/// field of every <c>/proc/self/task/*/schedstat</c>. <see cref="Process.TotalProcessorTime"/> counts in clock
/// ticks there (10 ms), too coarse for a check that takes a few milliseconds.
/// </summary>
internal static class ProcessorTime
{
    public static TimeSpan Now()
    {
        if (!OperatingSystem.IsLinux())
        {
            using var process = Process.GetCurrentProcess();
            return process.TotalProcessorTime;
        }

        long nanoseconds = 0;
        foreach (var task in Directory.EnumerateDirectories("/proc/self/task"))
        {
            try
            {
                var fields = File.ReadAllText(Path.Combine(task, "schedstat")).Split(' ');
                nanoseconds += long.Parse(fields[0], CultureInfo.InvariantCulture);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // A thread that ended between the listing and the read had its time added to the process's already.
            }
        }

        return TimeSpan.FromTicks(nanoseconds / 100);
    }
}

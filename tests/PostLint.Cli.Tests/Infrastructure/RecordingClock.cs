using PostLint.Cli.Console;

namespace PostLint.Cli.Tests.Infrastructure;

/// <summary>A pause clock that only records how long it was asked to wait.</summary>
public sealed class RecordingClock : IPauseClock
{
    public List<TimeSpan> Waits { get; } = [];

    public TimeSpan Total => Waits.Aggregate(TimeSpan.Zero, (sum, wait) => sum + wait);

    public void Wait(TimeSpan duration) => Waits.Add(duration);
}

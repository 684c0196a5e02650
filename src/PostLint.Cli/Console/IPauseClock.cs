namespace PostLint.Cli.Console;

/// <summary>Waits between the seconds of the count-to-ten pause. Injected so tests do not sleep.</summary>
public interface IPauseClock
{
    /// <summary>Blocks for <paramref name="duration"/>.</summary>
    void Wait(TimeSpan duration);
}

/// <summary>The wall clock.</summary>
internal sealed class SystemPauseClock : IPauseClock
{
    public void Wait(TimeSpan duration) => Thread.Sleep(duration);
}

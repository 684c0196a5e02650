using System.Globalization;
using PostLint.Cli.Console;

namespace PostLint.Cli.Progress;

/// <summary>
/// Shows how far a long run is, on one line of standard error that it keeps rewriting. It stays
/// silent for the first two seconds (a hook on one post never sees it), when standard error is not
/// a terminal, on a CI runner (<c>CI</c> set) and with <c>--quiet</c>, and it clears its line when
/// the run ends so the report follows on a clean screen.
/// </summary>
internal sealed class ProgressReporter : IDisposable
{
    /// <summary>How long a run goes quiet before progress appears, unless <c>POSTLINT_PROGRESS_AFTER</c> (seconds) says otherwise.</summary>
    public static readonly TimeSpan DefaultDelay = TimeSpan.FromSeconds(2);

    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(200);

    private readonly TextWriter? _error;
    private readonly Lock _lock = new();
    private readonly ITimer? _timer;
    private int _done;
    private int _total;
    private bool _shown;
    private bool _stopped;

    private ProgressReporter(TextWriter? error, TimeSpan delay, TimeProvider time)
    {
        _error = error;
        _timer = error is null ? null : time.CreateTimer(_ => Render(), null, delay, Interval);
    }

    /// <summary>A reporter for <paramref name="console"/>; one that never shows anything when the run must stay quiet.</summary>
    public static ProgressReporter For(ICliConsole console, bool quiet, TimeProvider? time = null)
    {
        var wanted = !quiet
            && !console.IsErrorRedirected
            && !console.IsContinuousIntegration();
        return new ProgressReporter(wanted ? console.ErrorOutput : null, Delay(console), time ?? TimeProvider.System);
    }

    /// <summary>Sets how many posts the run has in all.</summary>
    public void SetTotal(int total) => Volatile.Write(ref _total, total);

    /// <summary>One more post done; safe from any thread.</summary>
    public void Advance() => Interlocked.Increment(ref _done);

    /// <summary>
    /// The report's writer, made to wipe the progress line before the report writes to the same terminal
    /// (and to flush at once, so the two never mix); the writer itself when progress is off or the report goes elsewhere.
    /// </summary>
    public TextWriter Guard(TextWriter report, bool reportRedirected) =>
        _error is null || reportRedirected ? report : new ProgressGuardedWriter(report, this);

    /// <summary>Wipes the progress line, if it shows; the next tick draws it again.</summary>
    public void Clear()
    {
        lock (_lock)
        {
            ClearLine();
        }
    }

    /// <summary>Runs <paramref name="write"/> with the progress line wiped and no tick in between.</summary>
    internal void Between(Action write)
    {
        lock (_lock)
        {
            ClearLine();
            write();
        }
    }

    /// <summary>Stops and wipes the progress line.</summary>
    public void Dispose()
    {
        _timer?.Dispose();
        lock (_lock)
        {
            _stopped = true;
            ClearLine();
        }
    }

    private void ClearLine()
    {
        if (_shown)
        {
            _error!.Write("\r\e[K");
            _error.Flush();
            _shown = false;
        }
    }

    private void Render()
    {
        lock (_lock)
        {
            if (_stopped)
            {
                return;
            }

            var done = Volatile.Read(ref _done);
            var total = Volatile.Read(ref _total);
            var line = total > 0
                ? string.Create(CultureInfo.InvariantCulture, $"postlint: {done:N0} of {total:N0} posts checked ({100L * done / total}%)")
                : string.Create(CultureInfo.InvariantCulture, $"postlint: {done:N0} posts checked");
            _error!.Write("\r\e[K" + line);
            _error.Flush();
            _shown = true;
        }
    }

    private static TimeSpan Delay(ICliConsole console) =>
        double.TryParse(console.GetEnvironmentVariable("POSTLINT_PROGRESS_AFTER"), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0
            ? TimeSpan.FromSeconds(seconds)
            : DefaultDelay;
}

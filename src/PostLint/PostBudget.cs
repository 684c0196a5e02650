using System.Text.RegularExpressions;

namespace PostLint;

/// <summary>
/// The time one post may take, as a cancellation token that recognizers and analyzers check between and
/// inside their loops. It fires when the budget runs out or when the caller cancels (a client that went
/// away); <see cref="RanOut"/> tells the two apart, because only the first is the post's fault.
/// </summary>
internal sealed class PostBudget : IDisposable
{
    private readonly CancellationTokenSource? _timer;
    private readonly CancellationToken _caller;

    private PostBudget(TimeSpan budget, CancellationToken caller)
    {
        _caller = caller;
        if (budget == Timeout.InfiniteTimeSpan)
        {
            Token = caller;
            return;
        }

        _timer = caller.CanBeCanceled ? CancellationTokenSource.CreateLinkedTokenSource(caller) : new CancellationTokenSource();
        _timer.CancelAfter(budget);
        Token = _timer.Token;
    }

    /// <summary>Cancelled when the budget runs out or the caller cancels.</summary>
    public CancellationToken Token { get; }

    /// <summary>Starts the clock.</summary>
    public static PostBudget Start(TimeSpan budget, CancellationToken caller) => new(budget, caller);

    /// <summary>
    /// True when <paramref name="exception"/> means the post used up its budget: a cancellation the caller
    /// did not ask for, or a regex that hit its match timeout (the same thing, measured per match).
    /// </summary>
    public bool RanOut(Exception exception) => !_caller.IsCancellationRequested && exception switch
    {
        RegexMatchTimeoutException => true,
        OperationCanceledException => Token.IsCancellationRequested,
        _ => false,
    };

    public void Dispose() => _timer?.Dispose();
}

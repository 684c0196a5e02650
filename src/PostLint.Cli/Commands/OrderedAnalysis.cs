using PostLint.Output;

namespace PostLint.Cli.Commands;

/// <summary>What the pipeline hands the reporter, in input order: a post's result or a file's error.</summary>
/// <param name="Result">The analysed post, or null for an unreadable input.</param>
/// <param name="Error">The unreadable input, or null for a post.</param>
internal readonly record struct CheckOutcome(AnalysisResult? Result, InputError? Error);

/// <summary>
/// Analyses posts on every core while keeping input order and bounded memory: posts are taken from
/// the (lazy) input in batches, each batch is analysed on the thread pool, and at most a few batches
/// per core are in flight; the oldest is awaited and handed on before more input is read. The
/// linters are thread-safe. A hook checks one post: starting workers would cost more than it saves,
/// so input that fits in one batch is analysed on the calling thread.
/// </summary>
internal static class OrderedAnalysis
{
    private const int BatchSize = 32;

    private static readonly int MaxBatchesInFlight = 2 * Environment.ProcessorCount;

    /// <summary>The outcome of every item of <paramref name="items"/>, in order, produced as the input is read.</summary>
    public static IEnumerable<CheckOutcome> Run(IEnumerable<CheckItem> items)
    {
        using var input = items.GetEnumerator();
        var first = NextBatch(input);
        if (first.Count < BatchSize)
        {
            foreach (var outcome in Analyze(first))
            {
                yield return outcome;
            }

            yield break;
        }

        var inFlight = new Queue<Task<CheckOutcome[]>>();
        inFlight.Enqueue(Task.Run(() => Analyze(first)));
        for (var batch = NextBatch(input); batch.Count > 0; batch = NextBatch(input))
        {
            var next = batch;
            inFlight.Enqueue(Task.Run(() => Analyze(next)));
            if (inFlight.Count >= MaxBatchesInFlight)
            {
                foreach (var outcome in inFlight.Dequeue().GetAwaiter().GetResult())
                {
                    yield return outcome;
                }
            }
        }

        while (inFlight.Count > 0)
        {
            foreach (var outcome in inFlight.Dequeue().GetAwaiter().GetResult())
            {
                yield return outcome;
            }
        }
    }

    private static List<CheckItem> NextBatch(IEnumerator<CheckItem> input)
    {
        var batch = new List<CheckItem>(BatchSize);
        while (batch.Count < BatchSize && input.MoveNext())
        {
            batch.Add(input.Current);
        }

        return batch;
    }

    private static CheckOutcome[] Analyze(List<CheckItem> batch)
    {
        var outcomes = new CheckOutcome[batch.Count];
        for (var i = 0; i < batch.Count; i++)
        {
            outcomes[i] = batch[i] switch
            {
                PostToCheck post => new CheckOutcome(post.Linter.Analyze(post.Post), null),
                UnreadableInput unreadable => new CheckOutcome(null, unreadable.Error),
                _ => throw new InvalidOperationException("unknown check item " + batch[i].GetType().Name),
            };
        }

        return outcomes;
    }
}

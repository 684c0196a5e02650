namespace PostLint.Output;

/// <summary>
/// A report written as the run goes: results arrive one by one in input order and are written
/// at once (or, where the format puts metadata first, spooled), so a run over a large folder or
/// JSON Lines file holds no more than one post at a time. <see cref="Complete"/> writes the summary.
/// </summary>
public abstract class ReportWriter : IDisposable
{
    private readonly ReportTally _tally = new();

    /// <summary>What has been reported so far.</summary>
    public ReportSummary Summary => _tally.Summary;

    /// <summary>Reports the result of one post.</summary>
    public void Add(AnalysisResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        _tally.Add(result);
        WriteResult(result);
    }

    /// <summary>Reports a file that could not be checked.</summary>
    public void Add(InputError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        _tally.Add(error);
        WriteInputError(error);
    }

    /// <summary>Ends the report: writes what comes after the results, then flushes.</summary>
    public void Complete() => WriteEnd(Summary);

    /// <inheritdoc />
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Writes one post's result.</summary>
    protected abstract void WriteResult(AnalysisResult result);

    /// <summary>Writes (or keeps for the end) a file that could not be checked.</summary>
    protected abstract void WriteInputError(InputError inputError);

    /// <summary>Writes what follows the results.</summary>
    protected abstract void WriteEnd(ReportSummary summary);

    /// <summary>Releases what the writer holds (its JSON writer, a spool).</summary>
    protected virtual void Dispose(bool disposing)
    {
    }
}

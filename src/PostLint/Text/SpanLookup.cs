using PostLint.Diagnostics;

namespace PostLint.Text;

/// <summary>
/// A set of spans (entities found so far, a lexicon's matches) asked "does one lie over this match?" or "does
/// one lie inside this sentence?" in logarithmic time. Asking <c>Entities.Any(...)</c> for every match did work
/// proportional to matches times spans, which a post full of handles or phone numbers turns quadratic.
/// </summary>
internal sealed class SpanLookup
{
    private readonly int[] _starts;

    // In start order: the furthest end among the spans up to each position, and the nearest end from each on.
    private readonly int[] _furthestEndSoFar;
    private readonly int[] _nearestEndFromHere;

    /// <summary>Takes a snapshot of <paramref name="spans"/>.</summary>
    public SpanLookup(IEnumerable<TextSpan> spans)
    {
        var sorted = spans.OrderBy(s => s.Start).ToArray();
        _starts = new int[sorted.Length];
        _furthestEndSoFar = new int[sorted.Length];
        _nearestEndFromHere = new int[sorted.Length];
        var furthest = 0;
        for (var i = 0; i < sorted.Length; i++)
        {
            _starts[i] = sorted[i].Start;
            _furthestEndSoFar[i] = furthest = Math.Max(furthest, sorted[i].End);
        }

        var nearest = int.MaxValue;
        for (var i = sorted.Length - 1; i >= 0; i--)
        {
            _nearestEndFromHere[i] = nearest = Math.Min(nearest, sorted[i].End);
        }
    }

    /// <summary>True when a span overlaps <paramref name="span"/> (as <see cref="TextSpan.Overlaps"/>).</summary>
    public bool Overlaps(TextSpan span)
    {
        // Of the spans starting before span.End, does one reach past span.Start?
        var before = CountStartingBefore(span.End);
        return before > 0 && _furthestEndSoFar[before - 1] > span.Start;
    }

    /// <summary>True when a span contains the character at <paramref name="index"/>.</summary>
    public bool Covers(int index) => Overlaps(new TextSpan(index, index + 1));

    /// <summary>True when a span lies wholly inside <paramref name="within"/>.</summary>
    public bool AnyWithin(TextSpan within)
    {
        // Of the spans starting at or after within.Start, does one end by within.End?
        var first = CountStartingBefore(within.Start);
        return first < _starts.Length && _nearestEndFromHere[first] <= within.End;
    }

    private int CountStartingBefore(int offset) => SortedOffsets.CountBefore(_starts, offset);
}

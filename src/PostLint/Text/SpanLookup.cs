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
        : this(spans.ToArray())
    {
    }

    /// <summary>Takes <paramref name="spans"/>, which it sorts in place and keeps no reference to.</summary>
    /// <remarks>
    /// Sorted by start with <see cref="Array.Sort{T}(T[], Comparison{T})"/> rather than LINQ's OrderBy, whose key and map
    /// buffers cost more than the lookup itself (recognizers build one per question they ask). The sort is not stable, but
    /// no answer depends on the order of spans that start together: queries count the spans starting before an offset,
    /// which never splits such a group, and the ends are read as the maximum or minimum over whole groups.
    /// </remarks>
    internal SpanLookup(TextSpan[] spans)
    {
        Array.Sort(spans, ByStart);
        _starts = new int[spans.Length];
        _furthestEndSoFar = new int[spans.Length];
        _nearestEndFromHere = new int[spans.Length];
        var furthest = 0;
        for (var i = 0; i < spans.Length; i++)
        {
            _starts[i] = spans[i].Start;
            _furthestEndSoFar[i] = furthest = Math.Max(furthest, spans[i].End);
        }

        var nearest = int.MaxValue;
        for (var i = spans.Length - 1; i >= 0; i--)
        {
            _nearestEndFromHere[i] = nearest = Math.Min(nearest, spans[i].End);
        }
    }

    private static readonly Comparison<TextSpan> ByStart = (a, b) => a.Start.CompareTo(b.Start);

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

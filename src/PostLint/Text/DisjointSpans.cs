using PostLint.Diagnostics;

namespace PostLint.Text;

/// <summary>
/// The spans a recognizer has taken so far, none overlapping another, asked "does this match overlap one already
/// taken?" by binary search. Walking every span taken for each new match made a post full of matches cost its
/// length squared.
/// </summary>
internal sealed class DisjointSpans
{
    private readonly List<TextSpan> _spans = [];

    /// <summary>True when a span taken overlaps <paramref name="span"/> (as <see cref="TextSpan.Overlaps"/>).</summary>
    public bool Overlaps(TextSpan span)
    {
        // Of the spans that start before span.End, the last reaches furthest, because they do not overlap: only it can reach span.
        var last = SortedOffsets.CountBefore(_spans, s => s.Start, span.End) - 1;
        return last >= 0 && _spans[last].End > span.Start;
    }

    /// <summary>Takes <paramref name="span"/>, which overlaps none taken so far.</summary>
    public void Add(TextSpan span) => _spans.Insert(SortedOffsets.CountBefore(_spans, s => s.Start, span.Start), span);
}

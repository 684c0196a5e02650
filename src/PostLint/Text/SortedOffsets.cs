namespace PostLint.Text;

/// <summary>Binary search over offsets in ascending order: what lets the per-match questions of rules stay logarithmic.</summary>
internal static class SortedOffsets
{
    /// <summary>How many of <paramref name="sorted"/> are below <paramref name="offset"/>: the index of the first at or after it.</summary>
    public static int CountBefore(int[] sorted, int offset)
    {
        var (low, high) = (0, sorted.Length);
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (sorted[middle] < offset)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    /// <summary>
    /// How many of <paramref name="items"/> (ascending by <paramref name="offsetOf"/>: tokens, sentences or matches in
    /// text order) lie below <paramref name="offset"/>: the index of the first at or after it.
    /// </summary>
    public static int CountBefore<T>(IReadOnlyList<T> items, Func<T, int> offsetOf, int offset)
    {
        var (low, high) = (0, items.Count);
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (offsetOf(items[middle]) < offset)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    /// <summary>The last offset below <paramref name="offset"/>, or -1.</summary>
    public static int LastBefore(int[] sorted, int offset) => CountBefore(sorted, offset) is var count and > 0 ? sorted[count - 1] : -1;

    /// <summary>The first offset at or after <paramref name="offset"/>, or -1.</summary>
    public static int FirstAtOrAfter(int[] sorted, int offset) => CountBefore(sorted, offset) is var count && count < sorted.Length ? sorted[count] : -1;
}

namespace PostLint.Diagnostics;

/// <summary>A range of a post's text in UTF-16 code units; <see cref="End"/> is exclusive.</summary>
public readonly record struct TextSpan
{
    /// <summary>Creates a span from <paramref name="start"/> (inclusive) to <paramref name="end"/> (exclusive).</summary>
    public TextSpan(int start, int end)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfLessThan(end, start);
        Start = start;
        End = end;
    }

    /// <summary>First code unit of the span.</summary>
    public int Start { get; }

    /// <summary>One past the last code unit of the span.</summary>
    public int End { get; }

    /// <summary>Number of code units covered.</summary>
    public int Length => End - Start;

    /// <summary>Creates a span from a start and a length.</summary>
    public static TextSpan FromLength(int start, int length) => new(start, start + length);

    /// <summary>True when the two spans share at least one code unit.</summary>
    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;

    /// <summary>True when <paramref name="other"/> lies entirely inside this span.</summary>
    public bool Contains(TextSpan other) => Start <= other.Start && other.End <= End;

    /// <inheritdoc />
    public override string ToString() => $"[{Start}..{End})";
}

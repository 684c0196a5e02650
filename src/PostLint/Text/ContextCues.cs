namespace PostLint.Text;

/// <summary>
/// A closed list of cue words and phrases (e.g. the words that introduce a BSN) checked in a window of a
/// post. Whole words, case- and diacritic-insensitive, <c>*</c> for a stem, as in <see cref="TermMatcher"/>.
/// Immutable and thread-safe.
/// </summary>
public sealed class ContextCues
{
    private readonly TermMatcher _matcher;

    /// <summary>Creates a cue list from phrases.</summary>
    public ContextCues(params string[] phrases) => _matcher = TermMatcher.FromTerms(phrases);

    /// <summary>The first cue inside <paramref name="text"/>[<paramref name="start"/>..<paramref name="end"/>), or null.</summary>
    public TermMatch? FirstIn(string text, int start, int end) => MatchIn(text, start, end, last: false);

    /// <summary>The last cue inside the window, or null.</summary>
    public TermMatch? LastIn(string text, int start, int end) => MatchIn(text, start, end, last: true);

    /// <summary>True when a cue occurs inside the window.</summary>
    public bool In(string text, int start, int end) => FirstIn(text, start, end) is not null;

    /// <summary>True when a cue occurs anywhere in <paramref name="text"/>.</summary>
    public bool In(string text) => In(text, 0, text.Length);

    private TermMatch? MatchIn(string text, int start, int end, bool last)
    {
        // The window's words are taken from the words of the whole text (tokenised once and shared), so a word
        // that the window's edge cuts in two is left out rather than matched as a fragment.
        var tokens = Tokenizer.Tokenize(text);
        var from = FirstTokenStartingAtOrAfter(tokens, start);
        var to = from;
        while (to < tokens.Count && tokens[to].Span.End <= end)
        {
            to++;
        }

        if (from == to)
        {
            return null;
        }

        var matches = _matcher.Matches(tokens, from, to);
        return matches.Count == 0 ? null : last ? matches[^1] : matches[0];
    }

    private static int FirstTokenStartingAtOrAfter(IReadOnlyList<Token> tokens, int offset)
    {
        var (low, high) = (0, tokens.Count);
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (tokens[middle].Span.Start < offset)
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
}

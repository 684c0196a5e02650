using PostLint.Text;

namespace PostLint.Rules.Claims;

/// <summary>Loads the Claims and Professionalism lexicons once per process and answers questions about their matches.</summary>
internal static class LexiconTerms
{
    /// <summary>A lazily built matcher over the embedded lexicon <c>rules/<paramref name="path"/></c>.</summary>
    public static Lazy<TermMatcher> Matcher(string path) => new(() => new TermMatcher(Lexicon.Load(path)), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The match's first extra column (the kind or topics), or an empty string.</summary>
    public static string Kind(this TermMatch match) => match.Term.Column(0) ?? string.Empty;

    /// <summary>
    /// True when the match is written the way the lexicon writes it where that matters: an entry in
    /// capitals (WHO, SP) needs capitals in the post, a capitalised entry (Volt, Labour) a capital.
    /// Lower-case entries match in any case.
    /// </summary>
    public static bool IsWrittenAsListed(this TermMatch match, IReadOnlyList<Token> tokens)
    {
        var first = match.Term.Term.TrimStart();
        if (first.Length == 0 || !char.IsUpper(first[0]))
        {
            return true;
        }

        var token = tokens[match.FirstToken];
        var listedInCapitals = first.Split(' ')[0].Where(char.IsLetter).All(char.IsUpper);
        return listedInCapitals ? token.Value.Where(char.IsLetter).All(char.IsUpper) : token.IsCapitalized;
    }

    /// <summary>
    /// The matches that lie inside <paramref name="span"/>, of <paramref name="matches"/> in text order as
    /// <see cref="TermMatcher"/> finds them: the first is found by binary search, because rules ask this for the
    /// sentence of every match and walking all matches each time made a long post cost its length squared.
    /// </summary>
    public static IEnumerable<TermMatch> Within(this IReadOnlyList<TermMatch> matches, Diagnostics.TextSpan span)
    {
        for (var i = SortedOffsets.CountBefore(matches, m => m.Span.Start, span.Start); i < matches.Count && matches[i].Span.Start < span.End; i++)
        {
            if (span.Contains(matches[i].Span))
            {
                yield return matches[i];
            }
        }
    }

    /// <summary>The tokens that lie inside <paramref name="span"/>, of <paramref name="tokens"/> in text order, found the same way.</summary>
    public static IEnumerable<Token> Within(this IReadOnlyList<Token> tokens, Diagnostics.TextSpan span)
    {
        for (var i = SortedOffsets.CountBefore(tokens, t => t.Span.Start, span.Start); i < tokens.Count && tokens[i].Span.Start < span.End; i++)
        {
            if (span.Contains(tokens[i].Span))
            {
                yield return tokens[i];
            }
        }
    }
}

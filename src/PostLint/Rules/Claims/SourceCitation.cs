using System.Text.RegularExpressions;
using PostLint.Diagnostics;
using PostLint.Text;

namespace PostLint.Rules.Claims;

/// <summary>
/// Finds a named source near a claim or figure: a link, a DOI, "bron:"/"source:", "volgens ..."/
/// "according to ...", an author-year reference, or an organisation, journal, guideline or study
/// from <c>rules/lexicons/claims/sources.tsv</c>.
/// </summary>
internal static partial class SourceCitation
{
    /// <summary>How far around a claim a source may stand (characters); a post rarely cites further away.</summary>
    public const int Radius = 220;

    private static readonly Lazy<TermMatcher> Sources = LexiconTerms.Matcher("lexicons/claims/sources.tsv");

    /// <summary>True when a source is named within <see cref="Radius"/> characters of <paramref name="span"/>; a negated one ("geen studie") names none.</summary>
    public static bool IsNear(string text, TextSpan span)
    {
        var start = Math.Max(0, span.Start - Radius);
        var end = Math.Min(text.Length, span.End + Radius);
        var window = text[start..end];
        var tokens = Tokenizer.Tokenize(window);
        if (CitationPattern().Matches(window).Any(c => !IsVagueAttribution(window, tokens, c)))
        {
            return true;
        }

        return Sources.Value.Matches(tokens).Any(m => m.IsWrittenAsListed(tokens) && !Negation.Before(window, tokens, m.FirstToken, window: 2)
            && (m.Kind() != "generic" || IsSpecified(window, tokens, m)));
    }

    /// <summary>How many words from a generic study word its name or year may stand ("de grote PREDIMED-studie", "a study in the BMJ").</summary>
    private const int SpecifierReach = 3;

    // "Volgens onderzoek ...", "according to studies": attribution to a generic word names no source.
    private static bool IsVagueAttribution(string window, IReadOnlyList<Token> tokens, Match citation)
    {
        if (!citation.Value.StartsWith("volgens", StringComparison.OrdinalIgnoreCase) && !citation.Value.StartsWith("according", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var next = SortedOffsets.CountBefore(tokens, t => t.Span.Start, citation.Index + citation.Length);
        return next < tokens.Count && Sources.Value.Matches(tokens, next, Math.Min(tokens.Count, next + 2)) is [{ } first, ..]
            && first.FirstToken == next && first.Kind() == "generic" && !IsSpecified(window, tokens, first);
    }

    // A generic word ("studie", "review", "data") names a source next to a name, an acronym, a year or its size: "de PREDIMED-studie",
    // "a 2019 Cochrane review", "onderzoek van het Nivel", "data from Statistics Netherlands". A capital that opens a
    // sentence is no name.
    private static bool IsSpecified(string window, IReadOnlyList<Token> tokens, TermMatch generic)
    {
        var from = Math.Max(0, generic.FirstToken - SpecifierReach);
        var to = Math.Min(tokens.Count, generic.FirstToken + generic.TokenCount + SpecifierReach);
        for (var k = from; k < to; k++)
        {
            if (k >= generic.FirstToken && k < generic.FirstToken + generic.TokenCount)
            {
                continue;
            }

            var token = tokens[k];
            var isYear = token.Value.Length == 4 && token.Value.All(char.IsAsciiDigit) && token.Value[0] is '1' or '2';

            // "een studie met 1.214 patiënten", "a trial of 4,000 women": the study's size describes one study.
            var isSize = token.Value.Any(char.IsAsciiDigit) && k > generic.FirstToken && tokens[k - 1].Normalized is "met" or "with" or "of" or "among" or "onder" or "bij";
            if (isSize)
            {
                return true;
            }

            var opensSentence = k == 0 || window.AsSpan(tokens[k - 1].Span.End, token.Span.Start - tokens[k - 1].Span.End).IndexOfAny(".!?\n") >= 0;
            if (isYear || (token.IsCapitalized && !opensSentence && token.Value.Length > 1))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"https?://|www\.|\b[\w-]+\.(?:nl|com|org|gov|uk|int|eu|be|net|info)\b|\bdoi\b|\b10\.\d{4,}/|\b(?:bron|bronnen|source|sources|ref|refs|zie|see)\s*:|\(\s*(?:bron|source)\b|\bvolgens\b|\baccording to\b|\bet al\b|\b(?:19|20)\d{2}\s*\)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex CitationPattern();
}

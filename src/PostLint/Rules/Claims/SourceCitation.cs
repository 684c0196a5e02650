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
        if (CitationPattern().IsMatch(window))
        {
            return true;
        }

        var tokens = Tokenizer.Tokenize(window);
        return Sources.Value.Matches(tokens).Any(m => m.IsWrittenAsListed(tokens) && !Negation.Before(window, tokens, m.FirstToken, window: 2));
    }

    [GeneratedRegex(@"https?://|www\.|\b[\w-]+\.(?:nl|com|org|gov|uk|int|eu|be|net|info)\b|\bdoi\b|\b10\.\d{4,}/|\b(?:bron|bronnen|source|sources|ref|refs|zie|see)\s*:|\(\s*(?:bron|source)\b|\bvolgens\b|\baccording to\b|\bet al\b|\b(?:19|20)\d{2}\s*\)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex CitationPattern();
}

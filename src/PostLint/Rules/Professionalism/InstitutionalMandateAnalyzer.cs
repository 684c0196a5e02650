using PostLint.Analysis;
using PostLint.Diagnostics;
using PostLint.Rules.Claims;
using PostLint.Text;

namespace PostLint.Rules.Professionalism;

/// <summary>
/// PL6003: an employee speaks for the institution ("namens het ziekenhuis", "our hospital's position
/// is", "officieel standpunt van onze afdeling", "ons ziekenhuis is tegen", "wij als afdeling vinden")
/// without a role that gives that mandate. Silent on
/// the institution's own account (role <c>institution</c>), for spokespersons, for thanks and wishes
/// sent on behalf of a team, and when the author says they speak on a personal title.
/// </summary>
internal sealed class InstitutionalMandateAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "PL6003",
        "Speaking for the institution without mandate",
        DiagnosticCategory.Professionalism,
        DiagnosticSeverity.Warning,
        "KNMG Artsen en social media A8 (volg gedragsregels werkgever); KNMP social media-code 8; GMC Using social media §8; NMC (act responsibly when you say you are a nurse); Nij Smellinghe social media richtlijnen",
        "Only the institution and its spokespersons speak for it; a personal post that claims to do so commits the employer and misleads readers.");

    private static readonly Lazy<TermMatcher> Phrases = LexiconTerms.Matcher("lexicons/professionalism/mandate.tsv");

    private static readonly Lazy<HashSet<string>> MandatedRoles = new(() => Lexicon.Load("lexicons/professionalism/mandate.tsv")
        .Where(e => e.Column(0) == "mandated").Select(e => Normalize(e.Term)).ToHashSet(StringComparer.Ordinal));

    /// <summary>Dutch names institutions as compounds ("Maasziekenhuis", "Zorggroep"): these heads give them away.</summary>
    private static readonly string[] InstitutionHeads = ["ziekenhuis", "gasthuis", "kliniek", "zorggroep", "umc", "praktijk", "apotheek", "hospital"];

    /// <summary>How many words after "namens" may stand before the institution is named ("namens het hele Rivierduin Ziekenhuis").</summary>
    private const int InstitutionReach = 6;

    /// <summary>How many words after the institution the stance may follow ("as a trust, we oppose", "ons ziekenhuis is het niet eens").</summary>
    private const int StanceReach = 4;

    /// <summary>How many words after "wij van" the institution may stand ("wij van de afdeling", "we at St Mary's Hospital").</summary>
    private const int MemberReach = 4;

    /// <summary>How many words after "wij van" the stance may stand ("Wij van de afdeling oncologie van het Tjongerzicht vinden").</summary>
    private const int MemberStanceReach = 10;

    /// <summary>"our clinic supports families": a recipient this close after the stance makes it care, not a position.</summary>
    private const int RecipientReach = 3;

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Analyze(AnalysisContext context)
    {
        if (context.Author.Role is { } role && MandatedRoles.Value.Contains(Normalize(role)))
        {
            return;
        }

        var text = context.Text;
        var tokens = context.Index.Tokens;
        var matches = Phrases.Value.Matches(tokens);
        if (matches.Any(m => m.Kind() == "disclaimer"))
        {
            return;
        }

        foreach (var match in matches)
        {
            var span = match.Kind() switch
            {
                "position" => match.Span,
                "behalf" or "spokesperson" => BehalfOfInstitution(context.Index, matches, match),
                "collective" => CollectiveStance(context.Index, matches, match),
                "member" => MemberStance(context.Index, matches, match),
                _ => default,
            };

            var sentence = context.Index.SentenceContaining(match.Span.Start);
            if (span.Length == 0 || Negation.Before(text, tokens, match.FirstToken, window: 2) || matches.Within(sentence).Any(m => m.Kind() == "courtesy"))
            {
                continue;
            }

            var phrase = text[span.Start..span.End];
            context.Report(
                Rule,
                span,
                context.Localize(
                    $"'{phrase}': je spreekt hier namens de instelling. Alleen de instelling of haar woordvoerder mag dat; schrijf vanuit jezelf ('ik vind', 'op persoonlijke titel').",
                    $"'{phrase}': this speaks for the institution. Only the institution or its spokesperson may do that; write as yourself ('I think', 'views my own')."));
            return;
        }
    }

    /// <summary>From "namens" to the institution word, when one follows in the same clause.</summary>
    private static TextSpan BehalfOfInstitution(PostIndex index, IReadOnlyList<TermMatch> matches, TermMatch behalf)
    {
        var tokens = index.Tokens;
        var lastToken = behalf.FirstToken + behalf.TokenCount - 1;
        for (var k = lastToken + 1; k < tokens.Count && k - lastToken <= InstitutionReach && !index.ClauseBreakBetween(tokens[k - 1].Span.End, tokens[k].Span.Start); k++)
        {
            if (InstitutionHeads.Any(head => tokens[k].Normalized.EndsWith(head, StringComparison.Ordinal)))
            {
                return new TextSpan(behalf.Span.Start, tokens[k].Span.End);
            }
        }

        foreach (var institution in matches.Where(m => m.Kind() == "institution" && m.IsWrittenAsListed(tokens)))
        {
            var distance = institution.FirstToken - lastToken;
            if (distance is > 0 and <= InstitutionReach && !index.ClauseBreakBetween(behalf.Span.End, institution.Span.Start))
            {
                return new TextSpan(behalf.Span.Start, institution.Span.End);
            }
        }

        return default;
    }

    /// <summary>
    /// From "ons"/"wij als" to the stance ("Ons ziekenhuis is tegen", "Wij als afdeling vinden"): the institution
    /// right after the collective word, or after a name in capitals ("ons Rivierduin Ziekenhuis"), so "als de
    /// praktijk vindt" (if the practice thinks) stays out.
    /// </summary>
    private static TextSpan CollectiveStance(PostIndex index, IReadOnlyList<TermMatch> matches, TermMatch collective)
    {
        var tokens = index.Tokens;
        var k = collective.FirstToken + collective.TokenCount;
        while (k < tokens.Count && !IsInstitution(tokens, matches, k) && tokens[k].IsCapitalized && k - collective.FirstToken - collective.TokenCount < 2)
        {
            k++;
        }

        if (k >= tokens.Count || !IsInstitution(tokens, matches, k))
        {
            return default;
        }

        var sentence = index.SentenceContaining(tokens[k].Span.Start);
        var stance = matches.FirstOrDefault(m => m.Kind() == "stance" && m.FirstToken > k && m.FirstToken - k <= StanceReach && sentence.Contains(m.Span));
        if (stance.TokenCount == 0 || matches.Any(m => m.Kind() == "recipient" && m.FirstToken > stance.FirstToken && m.FirstToken - stance.FirstToken <= RecipientReach))
        {
            return default;
        }

        return new TextSpan(collective.Span.Start, stance.Span.End);
    }

    /// <summary>
    /// "Wij van de afdeling oncologie van het Tjongerzicht vinden", "We at Riverside Hospital reject": an institution word
    /// within a few words after "wij van"/"we at", and a stance later in the same clause.
    /// </summary>
    private static TextSpan MemberStance(PostIndex index, IReadOnlyList<TermMatch> matches, TermMatch member)
    {
        var tokens = index.Tokens;
        var first = member.FirstToken + member.TokenCount;
        var institution = Enumerable.Range(first, Math.Max(0, Math.Min(tokens.Count, first + MemberReach) - first)).FirstOrDefault(k => IsInstitution(tokens, matches, k), -1);
        if (institution < 0 || index.ClauseBreakBetween(member.Span.End, tokens[institution].Span.Start))
        {
            return default;
        }

        var stance = matches.FirstOrDefault(m => m.Kind() == "stance" && m.FirstToken > institution && m.FirstToken - member.FirstToken <= MemberStanceReach
            && !index.ClauseBreakBetween(member.Span.End, m.Span.Start));
        return stance.TokenCount == 0 ? default : new TextSpan(member.Span.Start, stance.Span.End);
    }

    private static bool IsInstitution(IReadOnlyList<Token> tokens, IReadOnlyList<TermMatch> matches, int k) =>
        InstitutionHeads.Any(head => tokens[k].Normalized.EndsWith(head, StringComparison.Ordinal))
        || matches.Any(m => m.Kind() == "institution" && m.FirstToken == k && m.IsWrittenAsListed(tokens));

    private static string Normalize(string value) => string.Join(' ', Tokenizer.Tokenize(value).Select(t => t.Normalized));
}

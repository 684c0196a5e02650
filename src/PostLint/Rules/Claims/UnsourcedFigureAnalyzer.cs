using System.Text.RegularExpressions;
using PostLint.Analysis;
using PostLint.Diagnostics;
using PostLint.Text;

namespace PostLint.Rules.Claims;

/// <summary>
/// PL5002: a health statistic (a percentage, "8 op de 10", "1 in 3", "x out of y") with no source
/// named nearby, including an endorsement share ("9 op de 10 artsen raden dit aan"). Percentages outside health ("90% van mijn tijd", "100% kans op regen"), discounts
/// (PL5005's concern), concentrations ("1% hydrocortisone") and sourced figures do not fire.
/// </summary>
internal sealed partial class UnsourcedFigureAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "PL5002",
        "Health statistic without a source",
        DiagnosticCategory.Claims,
        DiagnosticSeverity.Warning,
        "GMC Using social media §8 (give context so readers can verify claims) and Good medical practice 2024 §89; KNMP social media-code 4 (check a fact before posting it); Ahpra B5",
        "A health figure without a source cannot be checked, and a wrong one spreads with the author's authority behind it.");

    private static readonly HashSet<string> NotAStatistic = new(StringComparer.Ordinal)
    {
        "korting", "kortingscode", "discount", "off", "sale", "uitverkoop", "code", "btw", "vat", "rente", "interest", "regen", "rain",
        "batterij", "battery", "opgeladen", "charged",
    };

    /// <summary>A percentage next to these is a concentration ("hydrocortisonzalf 1%"), not a statistic.</summary>
    private static readonly string[] Preparations = ["zalf", "creme", "cream", "ointment", "gel", "oplossing", "solution", "alcohol", "lotion"];

    private static readonly Lazy<TermMatcher> Endorsements = LexiconTerms.Matcher("lexicons/claims/endorsements.tsv");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    // "100% veilig" is PL5001's; one finding for one phrase is enough.
    public override IEnumerable<DiagnosticSuppression> Suppressions { get; } = [DiagnosticSuppression.WhereOverlapping(Rule, AbsoluteClaimAnalyzer.Rule)];

    public override void Analyze(AnalysisContext context)
    {
        var text = context.Text;
        var tokens = context.Index.Tokens;
        var health = HealthVocabulary.Find(tokens);
        var endorsements = Endorsements.Value.Matches(tokens);

        // Whether a sentence can hold an unsourced statistic depends on the sentence alone: answered once per
        // sentence, not once per figure in it (a long sentence of figures made that its length squared).
        var statisticSentences = new Dictionary<TextSpan, bool>();
        bool HoldsStatistic(TextSpan sentence)
        {
            if (!statisticSentences.TryGetValue(sentence, out var holds))
            {
                statisticSentences[sentence] = holds = (HealthVocabulary.MentionsHealthOrPeople(tokens, health, sentence) || IsEndorsement(endorsements, sentence))
                    && !SentenceWords(tokens, sentence).Any(w => NotAStatistic.Contains(w) || Preparations.Any(p => w.EndsWith(p, StringComparison.Ordinal)))
                    && !SourceCitation.IsNear(text, sentence);
            }

            return holds;
        }

        foreach (Match figure in FigurePattern().Matches(text))
        {
            var span = new TextSpan(figure.Index, figure.Index + figure.Length);
            if (!HoldsStatistic(context.Index.SentenceContaining(span.Start)) || IsNegated(context.Index, span) || IsCountOfNamedFew(context, span))
            {
                continue;
            }

            context.Report(
                Rule,
                span,
                context.Localize(
                    $"Het cijfer '{figure.Value.Trim()}' gaat over gezondheid maar er staat geen bron bij. Noem het onderzoek of de organisatie (RIVM, CBS, een richtlijn, een link), zodat lezers het kunnen nagaan.",
                    $"The figure '{figure.Value.Trim()}' is about health but has no source. Name the study or organisation (WHO, NICE, ONS, a guideline, a link) so readers can check it."));
        }
    }

    /// <summary>Denominators small enough that "x of the y" counts people one can name rather than sampling a population.</summary>
    private static readonly HashSet<string> Handful = new(StringComparer.Ordinal)
    {
        "2", "3", "4", "5", "6", "twee", "drie", "vier", "vijf", "zes", "two", "three", "four", "five", "six",
    };

    /// <summary>
    /// "Huisbezoek bij de familie Nguyen: twee van de drie kinderen hebben waterpokken": a share of a handful of people in a
    /// post that names them (a person, their address or room) counts those people; it is no statistic needing a source.
    /// "Twee van de drie kinderen krijgen waterpokken" names nobody, and "1 op de 3" or "2 out of every 5" is a rate.
    /// </summary>
    private static bool IsCountOfNamedFew(AnalysisContext context, TextSpan figure)
    {
        var words = context.Index.Tokens.Within(figure).Select(t => t.Normalized).ToList();
        var partitive = words.Contains("van") || (words.Contains("out") && !words.Contains("every"));
        return partitive
            && Handful.Contains(words[^1])
            && context.Entities.Any(e => e.Type == EntityType.Person || e.Type == EntityType.Address || e.Type == EntityType.Room);
    }

    /// <summary>"4 out of 5 dentists recommend": clinicians and a verb of recommending in one sentence.</summary>
    private static bool IsEndorsement(IReadOnlyList<TermMatch> endorsements, TextSpan sentence)
    {
        var kinds = endorsements.Within(sentence).Select(m => m.Kind()).ToHashSet();
        return kinds.Contains("clinician") && kinds.Contains("recommend");
    }

    private static IEnumerable<string> SentenceWords(IReadOnlyList<Token> tokens, TextSpan sentence) =>
        tokens.Within(sentence).Select(t => t.Normalized);

    /// <summary>"Geen enkel medicijn is 100% veilig" denies a figure rather than claiming one.</summary>
    private static bool IsNegated(PostIndex index, TextSpan span) =>
        index.FirstTokenAtOrAfter(span.Start) is var first && first < index.Tokens.Count && index.IsNegatedBefore(first);

    [GeneratedRegex(
        @"(?<![\w.,])\d{1,3}(?:[.,]\d+)?\s?(?:%|procent\b|percent\b|per cent\b)"
        + @"|\b(?:(?:de\s+)?helft|een\s+derde|twee\s+derde|een\s+kwart|driekwart|half|a\s+third|two\s+thirds|a\s+quarter|three\s+quarters)\s+(?:of\s+all|van\s+alle|of\s+the|van\s+de)\b"
        + @"|\b(?:\d{1,3}|een|één|twee|drie|vier|negen|one|two|three|four|nine)\s+(?:op\s+(?:de\s+)?|out\s+of\s+(?:every\s+)?|in\s+(?:every\s+)?|van\s+de\s+|of\s+every\s+)(?:\d{1,4}(?![\d.,:])|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|twintig|honderd|duizend|two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|thousand)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex FigurePattern();
}

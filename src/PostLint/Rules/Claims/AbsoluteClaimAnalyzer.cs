using PostLint.Analysis;
using PostLint.Diagnostics;
using PostLint.Text;

namespace PostLint.Rules.Claims;

/// <summary>
/// PL5001: absolute or miracle claims about health: cures, guarantees, "100% veilig", "zonder
/// bijwerkingen", "wetenschappelijk bewezen" without a source, "doctors don't want you to know",
/// detox and immune-boosting promises. Negated absolutes ("geen enkel medicijn is 100% veilig") and
/// absolutes outside health ("100% zeker dat ik kom") do not fire. A supplement or alternative remedy
/// said to prevent or cure a condition ("vitamine C voorkomt verkoudheid"), and any treatment said to do so
/// for everyone ("reverses diabetes in every patient"), fires unless a source is named.
/// </summary>
internal sealed class AbsoluteClaimAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "PL5001",
        "Absolute or miracle health claim",
        DiagnosticCategory.Claims,
        DiagnosticSeverity.Warning,
        "GMC Good medical practice 2024 §89 (don't present opinion as fact, don't minimise risk); Ahpra social media guidance B5; NMC Code 6; KNMP social media-code 4",
        "No treatment cures with certainty, is free of risk or side effects, or is proven without evidence; saying so misleads patients.");

    private static readonly Lazy<TermMatcher> Claims = LexiconTerms.Matcher("lexicons/claims/absolute-claims.tsv");
    private static readonly Lazy<TermMatcher> RemedyEfficacy = LexiconTerms.Matcher("lexicons/claims/remedy-efficacy.tsv");

    /// <summary>Words before "cure" that make it a noun ("a cure", "no cure"), not a claim that something cures.</summary>
    private static readonly HashSet<string> NounMarkers = new(StringComparer.Ordinal) { "a", "an", "the", "no", "any", "this", "that", "its", "their", "for", "miracle" };

    /// <summary>Kinds that are about health by themselves; the others need a health word in the sentence.</summary>
    private static readonly HashSet<string> SelfEvidentlyHealth = new(StringComparer.Ordinal) { "miracle", "detox", "immune-boost" };

    /// <summary>Kinds that are themselves negative ("nog nooit iemand", "don't want you to know"): a negation check would cancel them.</summary>
    private static readonly HashSet<string> NegativeByNature = new(StringComparer.Ordinal) { "never-ill", "conspiracy", "no-side-effects" };

    /// <summary>Kinds that a named source makes acceptable.</summary>
    private static readonly HashSet<string> NeedsSource = new(StringComparer.Ordinal) { "proven", "superiority" };

    private static WordList Attribution => AssertedClaims.Attribution;

    /// <summary>How many words before a claim a hedge may stand in its clause ("may in some patients reduce").</summary>
    private const int HedgeReach = 6;

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override IEnumerable<WordList> WordLists { get; } = [Attribution];

    /// <summary>"MMS geneest alles" is a refuted claim (PL5006) before it is a cure promise: one phrase, one finding.</summary>
    public override IEnumerable<DiagnosticSuppression> Suppressions { get; } = [DiagnosticSuppression.WhereOverlapping(Rule, RefutedClaimAnalyzer.Rule)];

    public override void Analyze(AnalysisContext context)
    {
        var text = context.Text;
        var tokens = context.Index.Tokens;
        var health = HealthVocabulary.Find(tokens);
        var reported = new HashSet<(int Sentence, string Kind)>();

        foreach (var match in Claims.Value.Matches(tokens))
        {
            var kind = match.Kind();
            var sentence = context.Index.SentenceContaining(match.Span.Start);
            if (!IsClaim(context, tokens, health, match, kind, sentence) || !reported.Add((sentence.Start, kind)))
            {
                continue;
            }

            var phrase = text[match.Span.Start..match.Span.End];
            context.Report(Rule, match.Span, Message(context, kind, phrase));
        }

        ReportRemedyClaims(context, tokens, health, reported.Select(r => r.Sentence).ToHashSet());
    }

    /// <summary>
    /// "Vitamine C voorkomt verkoudheid": a supplement or alternative remedy said to prevent or cure a condition;
    /// "reverses diabetes in every patient": any treatment said to do so for everyone. Both without a source.
    /// </summary>
    private static void ReportRemedyClaims(AnalysisContext context, IReadOnlyList<Token> tokens, IReadOnlyList<TermMatch> health, HashSet<int> alreadyReported)
    {
        var text = context.Text;
        var matches = RemedyEfficacy.Value.Matches(tokens);
        var universals = matches.Where(m => m.Kind() == "universal").ToList();
        foreach (var verb in matches.Where(m => m.Kind() != "universal"))
        {
            var sentence = context.Index.SentenceContaining(verb.Span.Start);
            var terms = health.Within(sentence).ToList();
            var remedy = terms.FirstOrDefault(m => HealthVocabulary.Topics(m).Contains("remedy"));
            var universal = universals.FirstOrDefault(u => u.FirstToken > verb.FirstToken && sentence.Contains(u.Span)
                && !context.Index.ClauseBreakBetween(verb.Span.End, u.Span.Start)
                && !Negation.Before(text, tokens, u.FirstToken, window: 1)); // "voorkomt griep niet bij iedereen"
            var condition = terms.Any(m => m.FirstToken > verb.FirstToken && !HealthVocabulary.Topics(m).Contains("remedy"));
            if ((remedy.TokenCount == 0 && universal.TokenCount == 0) || !condition || !alreadyReported.Add(sentence.Start)
                || Negation.Before(text, tokens, verb.FirstToken, window: 3) || Negation.After(text, tokens, verb.FirstToken + verb.TokenCount - 1, window: 1)
                || SourceCitation.IsNear(text, sentence) || IsNotTheAuthors(context.Index, verb, sentence))
            {
                continue;
            }

            var span = remedy.TokenCount > 0
                ? new TextSpan(Math.Min(remedy.Span.Start, verb.Span.Start), Math.Max(remedy.Span.End, verb.Span.End))
                : new TextSpan(verb.Span.Start, universal.Span.End);
            context.Report(Rule, span, Message(context, remedy.TokenCount > 0 ? "remedy" : "universal", text[span.Start..span.End]));
        }
    }

    private static bool IsClaim(AnalysisContext context, IReadOnlyList<Token> tokens, IReadOnlyList<TermMatch> health, TermMatch match, string kind, TextSpan sentence)
    {
        var last = match.FirstToken + match.TokenCount - 1;
        if (!NegativeByNature.Contains(kind)
            && (Negation.Before(context.Text, tokens, match.FirstToken) || Negation.After(context.Text, tokens, last, window: 1)))
        {
            return false;
        }

        if (kind == "no-side-effects" && Negation.Before(context.Text, tokens, match.FirstToken, window: 5))
        {
            return false; // "niet zonder bijwerkingen", "not without side effects"
        }

        if (kind == "cure" && tokens[match.FirstToken].Normalized is "cure" or "cures" && IsNoun(tokens, match.FirstToken))
        {
            return false;
        }

        if (!SelfEvidentlyHealth.Contains(kind) && !HealthVocabulary.MentionsHealth(tokens, health, sentence))
        {
            return false;
        }

        if (IsNotTheAuthors(context.Index, match, sentence) || (kind == "guarantee" && GuaranteesAService(context.Index, match)))
        {
            return false;
        }

        return !NeedsSource.Contains(kind) || !SourceCitation.IsNear(context.Text, match.Span);
    }

    /// <summary>
    /// "Mijn buurvrouw beweert dat kurkuma kanker geneest", "Anyone promising a miracle cure", "We're hopeful it could one
    /// day cure", a claim in quotes: reported, warned about, hedged or quoted, the claim is not the author's, unless the
    /// author endorses it in the sentence ("and I agree").
    /// </summary>
    private static bool IsNotTheAuthors(PostIndex index, TermMatch claim, TextSpan sentence)
    {
        var before = index.MatchesIn(Attribution, sentence.Start, claim.Span.Start);
        var hedged = before.Any(m => m.Term.Column(0) == "hedge" && claim.FirstToken - m.FirstToken <= HedgeReach
            && !index.ClauseBreakBetween(m.Span.End, claim.Span.Start));
        if (hedged)
        {
            return true;
        }

        var reported = before.Any(m => m.Term.Column(0) == "report") || index.QuoteAround(claim.Span) is not null;
        return reported && !index.MatchesIn(Attribution, sentence.Start, sentence.End).Any(m => m.Term.Column(0) == "endorse");
    }

    /// <summary>"guarantees access to a GP", "garandeert vergoeding": a guarantee of a service, not of a health outcome.</summary>
    private static bool GuaranteesAService(PostIndex index, TermMatch guarantee)
    {
        var after = index.Tokens.Count > guarantee.FirstToken + guarantee.TokenCount ? index.Tokens[guarantee.FirstToken + guarantee.TokenCount].Span.Start : index.Text.Length;
        return index.FirstIn(Attribution, after, Math.Min(index.Text.Length, after + 20)) is { } next && next.Term.Column(0) == "service" && next.Span.Start == after;
    }

    private static bool IsNoun(IReadOnlyList<Token> tokens, int index) =>
        (index > 0 && NounMarkers.Contains(tokens[index - 1].Normalized))
        || (index + 1 < tokens.Count && tokens[index + 1].Normalized is "for" or "rate" or "rates");

    private static string Message(AnalysisContext context, string kind, string phrase) => kind switch
    {
        "cure" or "miracle" => context.Localize(
            $"'{phrase}' belooft genezing. Geen behandeling geneest zeker; zo'n belofte misleidt patiënten en kan ze van werkzame zorg afhouden.",
            $"'{phrase}' promises a cure. No treatment cures with certainty; a promise like this misleads patients and can keep them from effective care."),
        "guarantee" => context.Localize(
            $"'{phrase}': een resultaat van zorg is nooit gegarandeerd. Beschrijf wat onderzoek laat zien, met een bron.",
            $"'{phrase}': no health outcome is guaranteed. Describe what the evidence shows, with a source."),
        "absolute" or "no-side-effects" => context.Localize(
            $"'{phrase}' is een absolute bewering. Geen middel is zonder risico of bijwerkingen; zo'n bewering bagatelliseert risico's.",
            $"'{phrase}' is an absolute claim. Nothing is free of risk or side effects; a claim like this minimises risk."),
        "proven" => context.Localize(
            $"'{phrase}' zonder bron in de buurt. Noem het onderzoek of de richtlijn, zodat lezers het kunnen nagaan.",
            $"'{phrase}' with no source nearby. Name the study or guideline so readers can check it."),
        "superiority" => context.Localize(
            $"'{phrase}': een vergelijking van werkzaamheid zonder bron. Noem het onderzoek waarop die berust.",
            $"'{phrase}': a comparison of effectiveness with no source. Name the study it rests on."),
        "conspiracy" => context.Localize(
            $"'{phrase}' suggereert dat artsen of onderzoekers iets verzwijgen. Dat ondermijnt vertrouwen in zorg zonder bewijs te leveren.",
            $"'{phrase}' suggests that doctors or scientists hide something. It undermines trust in care without offering evidence."),
        "remedy" => context.Localize(
            $"'{phrase}': een supplement of alternatief middel dat een aandoening zou voorkomen of genezen, zonder bron. Zo'n belofte kan mensen van werkzame zorg afhouden; noem het onderzoek of laat haar weg.",
            $"'{phrase}': a supplement or alternative remedy said to prevent or cure a condition, with no source. A promise like this can keep people from effective care; name the evidence or leave it out."),
        "universal" => context.Localize(
            $"'{phrase}': een behandeling die bij iedereen zou werken, zonder bron. Geen behandeling helpt iedereen; noem het onderzoek en wat het werkelijk laat zien.",
            $"'{phrase}': a treatment said to work for everyone, with no source. No treatment helps everyone; name the evidence and what it actually shows."),
        "detox" or "immune-boost" => context.Localize(
            $"'{phrase}' is een gezondheidsbelofte zonder wetenschappelijke basis (ontgiften, 'boosten'). Het lichaam ontgift zichzelf via lever en nieren.",
            $"'{phrase}' is a health promise without scientific basis (detox, 'boosting'). The body clears toxins through the liver and kidneys."),
        _ => context.Localize(
            $"'{phrase}' belooft volledige bescherming. Geen middel voorkomt ziekte bij iedereen.",
            $"'{phrase}' promises complete protection. Nothing prevents illness in everyone."),
    };
}

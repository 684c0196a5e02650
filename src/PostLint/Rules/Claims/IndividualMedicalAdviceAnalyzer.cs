using System.Text.RegularExpressions;
using PostLint.Analysis;
using PostLint.Diagnostics;
using PostLint.Text;

namespace PostLint.Rules.Claims;

/// <summary>
/// PL5003: individual medical advice given in public: a reply to a named person ("@Petra_R stop maar
/// met je bloedverdunners", "Dave, double your dose") or to someone's own symptoms ("klinkt als
/// gordelroos, neem aciclovir") or to a question about the reader's symptoms with a dose ("Heb je
/// hoofdpijn? Neem 2x 1000 mg paracetamol") that starts, stops or changes a medicine. General health education
/// ("drink voldoende water"), referrals ("bespreek het met je huisarts") and negated advice ("stop niet
/// zomaar met je medicijnen") do not fire.
/// </summary>
internal sealed partial class IndividualMedicalAdviceAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "PL5003",
        "Individual medical advice in public",
        DiagnosticCategory.Claims,
        DiagnosticSeverity.Warning,
        "Research note R4: KNMG Richtlijn online arts-patiëntcontact; RCGP social media rule 3 (be cautious of personal advice); AMA 2.3.2(c); Ahpra B3; GMC Good medical practice 2024 §89",
        "Advice about one person's medicine without their history, examination or record can harm them, and in public it reaches others it does not fit.");

    private static readonly Lazy<TermMatcher> Verbs = LexiconTerms.Matcher("lexicons/claims/advice-verbs.tsv");
    private static readonly Lazy<TermMatcher> Cues = LexiconTerms.Matcher("lexicons/claims/advice-cues.tsv");

    /// <summary>How many words may stand between the directive and the medicine ("stop dan gewoon een weekje met je bloedverdunners").</summary>
    private const int Reach = 8;

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Analyze(AnalysisContext context)
    {
        var text = context.Text;
        var tokens = context.Index.Tokens;
        var cues = Cues.Value.Matches(tokens);
        var health = HealthVocabulary.Find(tokens);
        var addressed = AddresseePattern().IsMatch(text) || cues.Any(c => c.Kind() == "distance");
        var asksAboutSymptoms = !addressed && AsksAboutSymptoms(context.Index, tokens, health);
        var medicines = health.Where(HealthVocabulary.IsMedication).ToList();
        var span = addressed || asksAboutSymptoms
            ? MedicationAdvice(context.Index, tokens, medicines, cues, asksAboutSymptoms)
            : default;
        if (span.Length == 0 && addressed)
        {
            span = DismissiveVerdict(context.Index, health, cues);
        }

        if (span.Length == 0)
        {
            span = StopOnceBetter(context.Index, tokens, medicines, cues);
        }

        if (span.Length == 0)
        {
            return;
        }

        context.Report(
            Rule,
            span,
            context.Localize(
                $"'{text[span.Start..span.End]}' is persoonlijk medisch advies, in het openbaar en zonder dossier of onderzoek. Verwijs naar de eigen huisarts of apotheker, of bespreek het in een beveiligd kanaal.",
                $"'{text[span.Start..span.End]}' is personal medical advice, given in public without the record or an examination. Refer to their own GP or pharmacist, or continue in a secure channel."),
            CodeFix.Replace(
                context.Localize("Verwijs naar de huisarts", "Refer to their GP"),
                span,
                context.Localize("bespreek je medicijnen met je eigen huisarts of apotheker", "talk to your own GP or pharmacist about your medication")));
    }

    /// <summary>The first directive that starts, stops or changes a medicine, unless its sentence refers on or defers to a source.</summary>
    private static TextSpan MedicationAdvice(PostIndex index, IReadOnlyList<Token> tokens, IReadOnlyList<TermMatch> medicines, IReadOnlyList<TermMatch> cues, bool asksAboutSymptoms)
    {
        foreach (var verb in Verbs.Value.Matches(tokens))
        {
            var sentence = index.SentenceContaining(verb.Span.Start);
            var span = verb.Kind() == "final"
                ? VerbFinalAdvice(index, tokens, medicines, verb)
                : ImperativeAdvice(index, tokens, medicines, cues, sentence, verb);
            if (span.Length > 0
                && !RefersOnOrCitesSource(cues, sentence)
                && (!asksAboutSymptoms || DosePattern().IsMatch(index.Text[sentence.Start..sentence.End])))
            {
                return span;
            }
        }

        return default;
    }

    /// <summary>
    /// A referral ("bespreek het met je huisarts") or the leaflet or a guideline ("volgens de bijsluiter") in the sentence.
    /// A professional named right after a dismissal ("je hoeft niet naar de dokter") is no referral.
    /// </summary>
    private static bool RefersOnOrCitesSource(IReadOnlyList<TermMatch> cues, TextSpan sentence)
    {
        var within = cues.Within(sentence).ToList();
        var dismissals = within.Where(c => c.Kind() == "dismissal").ToList();
        return within.Any(c => c.Kind() == "source"
            || (c.Kind() == "referral" && !dismissals.Any(d => d.FirstToken < c.FirstToken && c.FirstToken - d.FirstToken <= Reach)));
    }

    /// <summary>How many words may stand between a verdict and the complaint it waves away ("definitely just a migraine").</summary>
    private const int VerdictReach = 4;

    /// <summary>
    /// To one person: "no need to see anyone", "je hoeft niet naar de dokter", or a verdict on their complaint at a
    /// distance ("it's definitely just anxiety", "het is vast spierpijn"). Either keeps them from care they may need.
    /// </summary>
    private static TextSpan DismissiveVerdict(PostIndex index, IReadOnlyList<TermMatch> health, IReadOnlyList<TermMatch> cues)
    {
        // "No need to see the film" is no medical advice: a dismissal counts in a post about a complaint, or when it
        // names the care it waves away ("je hoeft niet naar de dokter").
        if (cues.FirstOrDefault(c => c.Kind() == "dismissal") is { TokenCount: > 0 } dismissal
            && (health.Count > 0 || cues.Any(c => c.Kind() == "referral" && c.FirstToken > dismissal.FirstToken && c.FirstToken - dismissal.FirstToken <= Reach)))
        {
            return dismissal.Span;
        }

        foreach (var verdict in cues.Where(c => c.Kind() == "verdict"))
        {
            var complaint = health.FirstOrDefault(m => !HealthVocabulary.IsMedication(m)
                && m.FirstToken >= verdict.FirstToken + verdict.TokenCount
                && m.FirstToken - (verdict.FirstToken + verdict.TokenCount) < VerdictReach
                && !index.ClauseBreakBetween(verdict.Span.End, m.Span.Start));
            if (complaint.TokenCount > 0)
            {
                return new TextSpan(verdict.Span.Start, complaint.Span.End);
            }
        }

        return default;
    }

    /// <summary>How many words may stand between a permission and the stopping it allows ("you can safely just stop").</summary>
    private const int PermissionReach = 2;

    /// <summary>
    /// "You can stop your blood pressure tablets once your readings are normal": allowing anyone to stop a medicine once
    /// they feel or measure better is dangerous without an addressee, because that is when the medicine is working.
    /// "Don't stop your tablets without talking to your doctor" is negated; "stop the cream if it blisters" allows nothing.
    /// </summary>
    private static TextSpan StopOnceBetter(PostIndex index, IReadOnlyList<Token> tokens, IReadOnlyList<TermMatch> medicines, IReadOnlyList<TermMatch> cues)
    {
        foreach (var verb in Verbs.Value.Matches(tokens).Where(v => v.Kind() == "stop"))
        {
            var sentence = index.SentenceContaining(verb.Span.Start);
            var within = cues.Within(sentence).ToList();
            var allowed = within.Any(c => c.Kind() == "permission"
                && c.FirstToken + c.TokenCount <= verb.FirstToken
                && verb.FirstToken - (c.FirstToken + c.TokenCount) <= PermissionReach
                && !Negation.Before(index.Text, tokens, verb.FirstToken, window: PermissionReach + 2));
            var medicine = medicines.FirstOrDefault(m => m.FirstToken > verb.FirstToken && m.FirstToken - verb.FirstToken <= Reach
                && !index.ClauseBreakBetween(verb.Span.End, m.Span.Start));
            if (allowed && medicine.TokenCount > 0 && within.Any(c => c.Kind() == "recovery") && !RefersOnOrCitesSource(cues, sentence))
            {
                return new TextSpan(verb.Span.Start, medicine.Span.End);
            }
        }

        return default;
    }

    /// <summary>"Neem aciclovir", "double your insulin": a directive before the medicine, as an imperative or addressed to the reader.</summary>
    private static TextSpan ImperativeAdvice(PostIndex index, IReadOnlyList<Token> tokens, IReadOnlyList<TermMatch> medicines, IReadOnlyList<TermMatch> cues, TextSpan sentence, TermMatch verb)
    {
        var medicine = medicines.FirstOrDefault(m => m.FirstToken > verb.FirstToken && m.FirstToken - verb.FirstToken <= Reach
            && !index.ClauseBreakBetween(verb.Span.End, m.Span.Start));
        if (medicine.TokenCount == 0
            || Negation.Before(index.Text, tokens, verb.FirstToken, window: 2)
            || Negation.After(index.Text, tokens, verb.FirstToken + verb.TokenCount - 1, window: 1)
            || !(IsAddressedToReader(cues, sentence) || StartsClause(index, tokens, verb.FirstToken)))
        {
            return default;
        }

        return new TextSpan(verb.Span.Start, medicine.Span.End);
    }

    /// <summary>How many words may stand between a medicine and a Dutch clause-final verb ("de prednison gewoon rustig afbouwen").</summary>
    private const int FinalReach = 4;

    private static readonly HashSet<string> Modals = new(StringComparer.Ordinal) { "zou", "moet", "kun", "kan", "kunt", "mag" };
    private static readonly HashSet<string> Pronouns = new(StringComparer.Ordinal) { "ik", "je", "jij", "u" };

    /// <summary>
    /// Dutch puts the infinitive last: "zou ik de prednison afbouwen", "moet je je metformine verhogen".
    /// The medicine precedes the verb, and a modal with a pronoun frames it as advice.
    /// </summary>
    private static TextSpan VerbFinalAdvice(PostIndex index, IReadOnlyList<Token> tokens, IReadOnlyList<TermMatch> medicines, TermMatch verb)
    {
        var medicine = medicines.LastOrDefault(m => m.FirstToken + m.TokenCount <= verb.FirstToken && verb.FirstToken - (m.FirstToken + m.TokenCount) < FinalReach
            && !index.ClauseBreakBetween(m.Span.End, verb.Span.Start));
        if (medicine.TokenCount == 0 || !HasAdviceFrame(index, tokens, medicine.FirstToken) || Negation.Before(index.Text, tokens, verb.FirstToken, window: Reach))
        {
            return default;
        }

        return new TextSpan(medicine.Span.Start, verb.Span.End);
    }

    /// <summary>A modal next to a pronoun ("zou ik", "je moet") in the clause before the medicine.</summary>
    private static bool HasAdviceFrame(PostIndex index, IReadOnlyList<Token> tokens, int medicineIndex)
    {
        for (var k = medicineIndex - 1; k > 0 && medicineIndex - k <= Reach; k--)
        {
            if (index.ClauseBreakBetween(tokens[k].Span.End, tokens[k + 1].Span.Start)
                || index.ClauseBreakBetween(tokens[k - 1].Span.End, tokens[k].Span.Start))
            {
                return false;
            }

            var (first, second) = (tokens[k - 1].Normalized, tokens[k].Normalized);
            if ((Modals.Contains(first) && Pronouns.Contains(second)) || (Pronouns.Contains(first) && Modals.Contains(second)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Heb je hoofdpijn?", "Got a migraine?": a question about the reader's own complaint. Followed by
    /// a dose it answers that one complaint; without a dose it is usually general education.
    /// </summary>
    private static bool AsksAboutSymptoms(PostIndex index, IReadOnlyList<Token> tokens, IReadOnlyList<TermMatch> health)
    {
        var complaints = health.Where(m => !HealthVocabulary.IsMedication(m)).ToList();
        return index.Sentences.Any(s => index.Text[s.End - 1] == '?' && HealthVocabulary.MentionsHealth(tokens, complaints, s));
    }

    // "je kunt", "you can": a permission speaks to the reader too.
    private static bool IsAddressedToReader(IReadOnlyList<TermMatch> cues, TextSpan sentence) =>
        cues.Within(sentence).Any(c => c.Kind() is "you" or "permission");

    /// <summary>Softeners that may stand before an imperative ("just take", "neem gewoon").</summary>
    private static readonly HashSet<string> Softeners = new(StringComparer.Ordinal) { "just", "simply", "then", "please", "gewoon", "maar", "dan", "even", "gerust", "echt", "really" };

    /// <summary>An imperative opens its clause: "klinkt als gordelroos, neem aciclovir", "just take ibuprofen".</summary>
    private static bool StartsClause(PostIndex index, IReadOnlyList<Token> tokens, int verb)
    {
        while (verb > 0 && Softeners.Contains(tokens[verb - 1].Normalized) && !index.ClauseBreakBetween(tokens[verb - 1].Span.End, tokens[verb].Span.Start))
        {
            verb--;
        }

        return verb == 0 || index.ClauseBreakBetween(tokens[verb - 1].Span.End, tokens[verb].Span.Start);
    }

    /// <summary>A dose: "2x", "1000 mg", "twee tabletten", "two ibuprofen tablets".</summary>
    [GeneratedRegex(@"\b\d+\s?(?:x|mg|ml|mcg|µg|gram|g|ie|iu|tablet\w*|pil\w*|capsule\w*|puff\w*|druppels|drops)\b|\b(?:\d+|een|één|twee|drie|vier|one|two|three|four)\s+(?:\w+\s+)?(?:tablet\w*|pil\w*|capsule\w*|puff\w*)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex DosePattern();

    /// <summary>A reply to someone: an @-mention, or a name followed by a comma at the start of the post ("Petra, ...", "Hi Dave,").</summary>
    [GeneratedRegex(@"(?<![\w@])@\w{2,}|^\s*(?:(?i:hoi|hi|hey|hallo|beste|dear)\s+)?\p{Lu}\p{Ll}+\s*,", RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex AddresseePattern();
}

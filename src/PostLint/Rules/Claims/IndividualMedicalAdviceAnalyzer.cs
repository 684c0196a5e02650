using System.Text.RegularExpressions;
using PostLint.Analysis;
using PostLint.Diagnostics;
using PostLint.Text;

namespace PostLint.Rules.Claims;

/// <summary>
/// PL5003: individual medical advice given in public: a reply to a named person ("@Petra_R stop maar
/// met je bloedverdunners", "Dave, double your dose") or to someone's own symptoms ("klinkt als
/// gordelroos, neem aciclovir") that starts, stops or changes a medicine. General health education
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
        var tokens = Tokenizer.Tokenize(text);
        var cues = Cues.Value.Matches(tokens);
        var addressed = AddresseePattern().IsMatch(text) || cues.Any(c => c.Kind() == "distance");
        if (!addressed)
        {
            return;
        }

        var medicines = HealthVocabulary.Find(tokens).Where(HealthVocabulary.IsMedication).ToList();
        var sentences = PostSentences.Split(text);
        foreach (var verb in Verbs.Value.Matches(tokens))
        {
            var sentence = PostSentences.Containing(sentences, verb.Span.Start);
            var medicine = medicines.FirstOrDefault(m => m.FirstToken > verb.FirstToken && m.FirstToken - verb.FirstToken <= Reach
                && !PostSentences.ClauseBreakBetween(text, verb.Span.End, m.Span.Start));
            if (medicine.TokenCount == 0
                || Negation.Before(text, tokens, verb.FirstToken, window: 2)
                || Negation.After(text, tokens, verb.FirstToken + verb.TokenCount - 1, window: 1)
                || cues.Within(sentence).Any(c => c.Kind() == "referral")
                || !(IsAddressedToReader(cues, sentence) || StartsClause(text, tokens, verb.FirstToken)))
            {
                continue;
            }

            var span = new TextSpan(verb.Span.Start, medicine.Span.End);
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
            return;
        }
    }

    private static bool IsAddressedToReader(IReadOnlyList<TermMatch> cues, TextSpan sentence) =>
        cues.Within(sentence).Any(c => c.Kind() == "you");

    /// <summary>Softeners that may stand before an imperative ("just take", "neem gewoon").</summary>
    private static readonly HashSet<string> Softeners = new(StringComparer.Ordinal) { "just", "simply", "then", "please", "gewoon", "maar", "dan", "even", "gerust", "echt", "really" };

    /// <summary>An imperative opens its clause: "klinkt als gordelroos, neem aciclovir", "just take ibuprofen".</summary>
    private static bool StartsClause(string text, IReadOnlyList<Token> tokens, int index)
    {
        while (index > 0 && Softeners.Contains(tokens[index - 1].Normalized) && !PostSentences.ClauseBreakBetween(text, tokens[index - 1].Span.End, tokens[index].Span.Start))
        {
            index--;
        }

        return index == 0 || PostSentences.ClauseBreakBetween(text, tokens[index - 1].Span.End, tokens[index].Span.Start);
    }

    /// <summary>A reply to someone: an @-mention, or a name followed by a comma at the start of the post ("Petra, ...", "Hi Dave,").</summary>
    [GeneratedRegex(@"(?<![\w@])@\w{2,}|^\s*(?:(?i:hoi|hi|hey|hallo|beste|dear)\s+)?\p{Lu}\p{Ll}+\s*,", RegexOptions.CultureInvariant)]
    private static partial Regex AddresseePattern();
}

using PostLint.Analysis;
using PostLint.Diagnostics;
using PostLint.Text;

namespace PostLint.Rules.Claims;

/// <summary>
/// PL5006: a health claim that health authorities have refuted, asserted in the post: vaccines cause autism or kill,
/// 5G spreads COVID-19, bleach or MMS cures, ivermectin cures COVID-19, steam or garlic kills the virus, fluoride is
/// poison, mRNA vaccines change DNA, and the other claims of <c>rules/lexicons/claims/refuted-claims.tsv</c>. Claims are
/// matched as concepts joined by a relation, so paraphrases match too. Debunking, negation, questions, quotes and
/// reports of what others claim do not fire (see <see cref="RefutedClaimFinder"/>).
/// </summary>
internal sealed class RefutedClaimAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "PL5006",
        "Refuted health claim",
        DiagnosticCategory.Claims,
        DiagnosticSeverity.Error,
        "GMC Good medical practice 2024 §89 (information must be accurate, don't present opinion as fact); Ahpra social media guidance B5 (nothing false, misleading or deceptive); NMC Code 6 (evidence-based information); KNMP social media-code 4 (check a fact before posting it)",
        "A clinician who repeats a claim that health authorities have refuted spreads misinformation with a professional's authority; the IGJ has acted on more than 200 such reports since 2020.");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override IEnumerable<WordList> WordLists => RefutedClaimFinder.WordLists;

    public override void Analyze(AnalysisContext context)
    {
        foreach (var mention in RefutedClaimFinder.Asserted(context.Index, context.CancellationToken))
        {
            var phrase = context.Text[mention.Span.Start..mention.Span.End];
            var claim = mention.Claim;
            var message = context.LanguageAt(mention.Span.Start) == PostLanguage.Dutch
                ? $"'{phrase}' is een weerlegde gezondheidsclaim. {claim.ConsensusDutch} Zie {claim.UrlDutch}. Haal de bewering weg, of zet de feiten erbij met deze bron."
                : $"'{phrase}' is a refuted health claim. {claim.ConsensusEnglish} See {claim.UrlEnglish}. Remove the claim, or correct it and link this source.";
            context.Report(Rule, mention.Span, message);
        }
    }
}

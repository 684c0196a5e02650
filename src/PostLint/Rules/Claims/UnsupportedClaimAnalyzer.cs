using PostLint.Analysis;
using PostLint.Diagnostics;
using PostLint.Text;

namespace PostLint.Rules.Claims;

/// <summary>
/// PL5007: a sentence that asserts as fact what causes, prevents, cures, harms or is safe, the way health
/// misinformation does ("steam kills the virus", "na de prik gaan ouderen dood", "5G is the cause of the pandemic",
/// "flu kills more than covid"), without a source or a hedge. The learned claim classifier decides whether a sentence is
/// such a claim, whatever its wording; the post index decides whether the author asserts it (see
/// <see cref="AssertedClaims"/>). Where a more specific Claims rule covers the sentence, that rule speaks instead.
/// </summary>
internal sealed class UnsupportedClaimAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "PL5007",
        "Unsupported health claim",
        DiagnosticCategory.Claims,
        DiagnosticSeverity.Warning,
        "GMC Good medical practice 2024 §89 (information must be accurate and evidence-based, don't present opinion as fact); Ahpra social media guidance B5; NMC Code 6.1 (make sure any information or advice is evidence-based); KNMG richtlijn online handelen (wees zorgvuldig met medische informatie); KNMP social media-code 4",
        "A claim about what causes, prevents, cures or harms, stated as fact by a clinician, is read as medical advice; without a source or a hedge it spreads what may be misinformation with a professional's authority.");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override IEnumerable<WordList> WordLists => AssertedClaims.WordLists;

    /// <summary>A refuted claim (PL5006), a miracle promise (PL5001) or an unsourced figure (PL5002) already explains the sentence better.</summary>
    public override IEnumerable<DiagnosticSuppression> Suppressions { get; } =
    [
        DiagnosticSuppression.WhereOverlapping(Rule, RefutedClaimAnalyzer.Rule),
        DiagnosticSuppression.WhereOverlapping(Rule, AbsoluteClaimAnalyzer.Rule),
        DiagnosticSuppression.WhereOverlapping(Rule, UnsourcedFigureAnalyzer.Rule),
    ];

    public override void Analyze(AnalysisContext context)
    {
        foreach (var claim in AssertedClaims.In(context.Index))
        {
            var message = context.LanguageAt(claim.Sentence.Start) == PostLanguage.Dutch
                ? "Deze zin brengt een gezondheidsbewering als feit (wat ziek maakt, beschermt, geneest of schaadt), zonder bron. Zet de bron erbij (richtlijn, RIVM, studie), zwak haar af als het bewijs onzeker is ('kan', 'lijkt'), of laat haar weg."
                : "This sentence states a health claim as fact (what causes, prevents, cures or harms), with no source. Add the source (guideline, health authority, study), hedge it if the evidence is uncertain ('may', 'seems'), or leave it out.";
            context.Report(Rule, claim.Sentence, message);
        }
    }
}

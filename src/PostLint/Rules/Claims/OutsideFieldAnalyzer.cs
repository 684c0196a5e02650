using PostLint.Analysis;
using PostLint.Diagnostics;
using PostLint.Text;

namespace PostLint.Rules.Claims;

/// <summary>
/// PL5004: a claim or advice in a clinical domain far from the author's declared specialty (a
/// dermatologist on statins, a physiotherapist on vaccines, a cardiologist on chemotherapy). Needs a
/// known specialty (<see cref="AuthorProfile.Specialty"/>, or a role that names one); silent when none
/// is known and for generalists. A sentence that only mentions a topic, names a source, asks a question
/// or also touches the author's own field (the interface between fields) does not fire.
/// </summary>
internal sealed class OutsideFieldAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "PL5004",
        "Claim outside the author's field",
        DiagnosticCategory.Claims,
        DiagnosticSeverity.Warning,
        "\"Blijf bij je eigen kennis- of werkgebied\"; NMC Code 6 and social media guidance (don't discuss anything outside your competence); GMC Good medical practice 2024 §82 and Using social media §8; RTG 's-Hertogenbosch ECLI:NL:TGZREIN:2022:66",
        "A professional title lends authority to every claim made under it; outside the author's field that authority is borrowed.");

    private static readonly Lazy<TermMatcher> ClaimMarkers = LexiconTerms.Matcher("lexicons/claims/claim-markers.tsv");

    /// <summary>Words around a one-word marker that make it a noun ("a cause for", "the cure"), not a claim.</summary>
    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal) { "a", "an", "the", "no", "een", "de", "het", "geen" };

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Analyze(AnalysisContext context)
    {
        if (SpecialtyTaxonomy.Of(context.Author) is not { Broad: false } specialty)
        {
            return;
        }

        var text = context.Text;
        var tokens = context.Index.Tokens;
        var health = HealthVocabulary.Find(tokens);
        var markers = ClaimMarkers.Value.Matches(tokens);

        foreach (var sentence in context.Index.Sentences)
        {
            var clinical = health.Within(sentence).Where(m => HealthVocabulary.Domains(m).Any()).ToList();
            var outside = clinical.FirstOrDefault(m => !specialty.Covers(HealthVocabulary.Domains(m)));
            if (outside.TokenCount == 0
                || clinical.Any(m => specialty.Covers(HealthVocabulary.Domains(m)))
                || !markers.Within(sentence).Any(m => !IsNoun(tokens, m) && !IsNegatedStop(text, tokens, m))
                || text[sentence.End - 1] == '?'
                || SourceCitation.IsNear(text, sentence))
            {
                continue;
            }

            var topic = text[outside.Span.Start..outside.Span.End];
            context.Report(
                Rule,
                sentence,
                context.Localize(
                    $"Deze bewering over '{topic}' ligt buiten je vakgebied ({specialty.Name}). Je titel geeft haar gezag dat ze niet heeft; blijf bij je eigen kennisgebied of verwijs naar de richtlijn of een collega van dat vak.",
                    $"This claim about '{topic}' lies outside your field ({specialty.Name}). Your title lends it authority it does not have; stay within your field or point to the guideline or a colleague in that specialty."));
        }
    }

    // "Don't skip the second dose", "niet stoppen met je statines": advice to keep to the treatment, not against it.
    private static bool IsNegatedStop(string text, IReadOnlyList<Token> tokens, TermMatch marker) =>
        marker.Kind() == "stop" && Negation.Before(text, tokens, marker.FirstToken, window: 3);

    private static bool IsNoun(IReadOnlyList<Token> tokens, TermMatch marker)
    {
        if (marker.TokenCount > 1)
        {
            return false;
        }

        var next = marker.FirstToken + marker.TokenCount;
        return (marker.FirstToken > 0 && Determiners.Contains(tokens[marker.FirstToken - 1].Normalized))
            || (tokens[marker.FirstToken].Normalized is "cause" or "causes" or "cure" or "cures" && next < tokens.Count && tokens[next].Normalized is "for" or "of");
    }
}

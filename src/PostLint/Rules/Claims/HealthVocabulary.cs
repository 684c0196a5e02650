using PostLint.Diagnostics;
using PostLint.Text;

namespace PostLint.Rules.Claims;

/// <summary>
/// The health terms of <c>rules/lexicons/claims/health-topics.tsv</c> and the clinical domains they
/// belong to: tells whether a sentence is about health and which fields a claim touches.
/// </summary>
internal static class HealthVocabulary
{
    /// <summary>Health words that belong to every clinician's field.</summary>
    public const string General = "general";

    /// <summary>Groups of people; they make a figure a health statistic but are not health words themselves.</summary>
    public const string Population = "population";

    /// <summary>A medicine.</summary>
    public const string Medication = "medication";

    private static readonly Lazy<TermMatcher> Terms = LexiconTerms.Matcher("lexicons/claims/health-topics.tsv");

    private static readonly Lazy<string[]> CompoundHeads = new(() => Lexicon.Load("lexicons/claims/health-compounds.txt").Select(e => e.Term).ToArray());

    /// <summary>Every health term in <paramref name="tokens"/>.</summary>
    public static IReadOnlyList<TermMatch> Find(IReadOnlyList<Token> tokens) => Terms.Value.Matches(tokens);

    /// <summary>The topics of one match.</summary>
    public static IEnumerable<string> Topics(TermMatch match) =>
        match.Kind().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>The clinical domains of one match (topics other than general, population and medication).</summary>
    public static IEnumerable<string> Domains(TermMatch match) =>
        Topics(match).Where(t => t is not (General or Population or Medication));

    /// <summary>True when <paramref name="span"/> contains a health word (not merely a group of people).</summary>
    public static bool MentionsHealth(IReadOnlyList<Token> tokens, IReadOnlyList<TermMatch> terms, TextSpan span) =>
        terms.Within(span).Any(m => Topics(m).Any(t => t != Population)) || HasHealthCompound(tokens, span);

    /// <summary>True when <paramref name="span"/> contains a health word or a group of people.</summary>
    public static bool MentionsHealthOrPeople(IReadOnlyList<Token> tokens, IReadOnlyList<TermMatch> terms, TextSpan span) =>
        terms.Within(span).Any() || HasHealthCompound(tokens, span);

    /// <summary>Dutch writes health words as compounds ("migrainepatiënten"); their head gives them away.</summary>
    private static bool HasHealthCompound(IReadOnlyList<Token> tokens, TextSpan span) =>
        tokens.Within(span).Any(t => CompoundHeads.Value.Any(head => t.Normalized.Length > head.Length && t.Normalized.EndsWith(head, StringComparison.Ordinal)));

    /// <summary>True when the match names a medicine.</summary>
    public static bool IsMedication(TermMatch match) => Topics(match).Contains(Medication);
}

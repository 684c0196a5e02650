using PostLint.Analysis;

namespace PostLint.Rules.Tone;

/// <summary>
/// The built-in Tone analyzers, in the order they run: the lexicon rules first, then shouting (its
/// "!!!" check reads their findings), then the classifier, which speaks only when none of them did.
/// PL4006 (written in anger) is declarative: <c>rules/packs/tone.yml</c>.
/// </summary>
internal static class ToneRules
{
    public static IEnumerable<DiagnosticAnalyzer> Create() =>
    [
        new InsultAnalyzer(),
        new GroupHateAnalyzer(),
        new PatientMockeryAnalyzer(),
        new ColleagueHostilityAnalyzer(),
        new ShoutingAnalyzer(),
        new ToxicToneAnalyzer(),
    ];
}

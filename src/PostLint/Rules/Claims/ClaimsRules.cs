using PostLint.Analysis;

namespace PostLint.Rules.Claims;

/// <summary>The built-in Claims analyzers, in the order they run.</summary>
internal static class ClaimsRules
{
    public static IEnumerable<DiagnosticAnalyzer> Create() =>
    [
        new AbsoluteClaimAnalyzer(),
        new UnsourcedFigureAnalyzer(),
        new IndividualMedicalAdviceAnalyzer(),
        new OutsideFieldAnalyzer(),
        new UndisclosedPromotionAnalyzer(),
        new RefutedClaimAnalyzer(),
        new UnsupportedClaimAnalyzer(),
    ];
}

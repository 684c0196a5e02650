using PostLint.Analysis;

namespace PostLint.Rules.Reidentification;

/// <summary>The built-in Reidentification analyzers, in the order they run.</summary>
internal static class ReidentificationRules
{
    public static IEnumerable<DiagnosticAnalyzer> Create() =>
    [
        new QuasiIdentifierCombinationAnalyzer(),
        new UniqueDescriptionAnalyzer(),
    ];
}

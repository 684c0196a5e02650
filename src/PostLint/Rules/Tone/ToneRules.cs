using PostLint.Analysis;

namespace PostLint.Rules.Tone;

/// <summary>The built-in Tone analyzers, in the order they run.</summary>
internal static class ToneRules
{
    public static IEnumerable<DiagnosticAnalyzer> Create() =>
    [
    ];
}

using PostLint.Analysis;

namespace PostLint.Recognizers.QuasiIdentifiers;

/// <summary>The built-in quasi-identifier recognizers, in the order they run.</summary>
internal static class QuasiIdentifierRecognizers
{
    public static IEnumerable<Recognizer> Create() =>
    [
    ];
}

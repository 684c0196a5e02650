using PostLint.Analysis;

namespace PostLint.Recognizers;

/// <summary>
/// The recognizers that ship with PostLint, in the order they run: direct identifiers first, then the
/// quasi-identifiers that re-identification reasons about (some of which read the identifiers).
/// </summary>
internal static class BuiltInRecognizers
{
    public static IEnumerable<Recognizer> Create() =>
    [
        .. Identifiers.IdentifierRecognizers.Create(),
        .. QuasiIdentifiers.QuasiIdentifierRecognizers.Create(),
    ];
}

using PostLint.Analysis;

namespace PostLint.Recognizers.Identifiers;

/// <summary>The built-in direct-identifier recognizers, in the order they run.</summary>
internal static class IdentifierRecognizers
{
    public static IEnumerable<Recognizer> Create() =>
    [
        new EmailRecognizer(),
        new UrlRecognizer(),
        new IbanRecognizer(),
        new CreditCardRecognizer(),
        new BsnRecognizer(),
        new PhoneRecognizer(),
    ];
}

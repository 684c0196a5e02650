using PostLint.Analysis;

namespace PostLint.Recognizers.Identifiers;

/// <summary>
/// The built-in direct-identifier recognizers, in the order they run. Numbers with checksums come first,
/// then the patterns that must not swallow them, and PERSON last because it reads all the others
/// (a name after "bed 4" is a patient; a name never overlaps an e-mail, handle or address).
/// </summary>
internal static class IdentifierRecognizers
{
    public static IEnumerable<Recognizer> Create() =>
    [
        new EmailRecognizer(),
        new UrlRecognizer(),
        new IbanRecognizer(),
        new CreditCardRecognizer(),
        new BsnRecognizer(),
        new NationalIdRecognizer(),
        new IdNumberRecognizer(),
        new DeviceIdRecognizer(),
        new PhoneRecognizer(),
        new DateOfBirthRecognizer(),
        new RoomRecognizer(),
        new AddressRecognizer(),
        new PostcodeRecognizer(),
        new HandleRecognizer(),
        new PersonNameRecognizer(),
    ];
}

using PostLint.Analysis;

namespace PostLint.Rules.Privacy;

/// <summary>The built-in Privacy analyzers, in the order they run.</summary>
internal static class PrivacyRules
{
    public static IEnumerable<DiagnosticAnalyzer> Create() =>
    [
        new PatientNameAnalyzer(),
        new PhoneNumberAnalyzer(),
        new EmailAddressAnalyzer(),
        new NationalIdAnalyzer(),
        new BankAccountAnalyzer(),
        new PaymentCardAnalyzer(),
        new RecordNumberAnalyzer(),
        new HomeAddressAnalyzer(),
        new RoomNumberAnalyzer(),
        new DateOfBirthAnalyzer(),
        new PatientHandleAnalyzer(),
    ];
}

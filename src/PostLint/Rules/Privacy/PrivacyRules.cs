using PostLint.Analysis;

namespace PostLint.Rules.Privacy;

/// <summary>The built-in Privacy analyzers, in the order they run.</summary>
internal static class PrivacyRules
{
    public static IEnumerable<DiagnosticAnalyzer> Create() =>
    [
        new PhoneNumberAnalyzer(),
        new EmailAddressAnalyzer(),
        new BsnAnalyzer(),
        new BankAccountAnalyzer(),
        new PaymentCardAnalyzer(),
    ];
}

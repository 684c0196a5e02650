using PostLint.Analysis;

namespace PostLint.Rules.Professionalism;

/// <summary>The built-in Professionalism analyzers, in the order they run.</summary>
internal static class ProfessionalismRules
{
    public static IEnumerable<DiagnosticAnalyzer> Create() =>
    [
        new PrivateChannelInvitationAnalyzer(),
        new PrivateContentAnalyzer(),
        new InstitutionalMandateAnalyzer(),
        new PatientImageAnalyzer(),
    ];
}

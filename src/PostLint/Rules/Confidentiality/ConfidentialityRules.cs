using PostLint.Analysis;

namespace PostLint.Rules.Confidentiality;

/// <summary>The built-in Confidentiality analyzers, in the order they run.</summary>
internal static class ConfidentialityRules
{
    public static IEnumerable<DiagnosticAnalyzer> Create() =>
    [
        new CredentialAnalyzer(),
        new InternalLinkAnalyzer(),
        new ConfidentialMarkerAnalyzer(),
        new UnpublishedResultsAnalyzer(),
        new StaffMatterAnalyzer(),
        new InternalScreenAnalyzer(),

        // Last: a project name counts as a codename when the rules above found internal content.
        new CodenameAnalyzer(),
    ];
}

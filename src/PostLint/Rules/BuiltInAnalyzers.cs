using PostLint.Analysis;
using PostLint.Packs;
using PostLint.Rules.Claims;
using PostLint.Rules.Confidentiality;
using PostLint.Rules.Privacy;
using PostLint.Rules.Professionalism;
using PostLint.Rules.Reidentification;
using PostLint.Rules.Tone;

namespace PostLint.Rules;

/// <summary>The analyzers that ship with PostLint, family by family, and the rules of its own packs (<c>rules/packs/</c>).</summary>
internal static class BuiltInAnalyzers
{
    public static IEnumerable<DiagnosticAnalyzer> Create() =>
    [
        .. PrivacyRules.Create(),
        .. ReidentificationRules.Create(),
        .. ConfidentialityRules.Create(),
        .. ToneRules.Create(),
        .. ClaimsRules.Create(),
        .. ProfessionalismRules.Create(),
        .. RulePacks.BuiltIn.Select(rule => new PackRuleAnalyzer(rule)),
    ];
}

using PostLint.Analysis;
using PostLint.Diagnostics;

namespace PostLint.Rules.Tone;

/// <summary>Reporting helpers shared by the tone rules.</summary>
internal static class ToneReporting
{
    /// <summary>
    /// Reports unless the same rule already reported an overlapping span: one phrase can match two
    /// entries ("'frequent flyer'" as scare quotes and as slang), and the author needs one finding for it.
    /// </summary>
    public static void ReportOnce(this AnalysisContext context, DiagnosticDescriptor rule, TextSpan span, string message, params CodeFix[] fixes)
    {
        if (!context.ReportedSoFar.Any(d => d.Id == rule.Id && d.Span.Overlaps(span)))
        {
            context.Report(rule, span, message, fixes);
        }
    }
}

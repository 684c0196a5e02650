using PostLint.Analysis;
using PostLint.Diagnostics;

namespace PostLint.Rules.Privacy;

/// <summary>
/// PL1007: a patient, record or hospital number, or an NHS number with a valid check digit. Anyone with
/// access to the record system — and many people have — can look the patient up with it.
/// </summary>
internal sealed class RecordNumberAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "PL1007",
        "Patient, record or NHS number",
        DiagnosticCategory.Privacy,
        DiagnosticSeverity.Warning,
        "KNMG-SM2011-A2 (Garandeer vertrouwelijkheid); VVN-SM-2 (NBC 2.10); GMC-USM24-§18; NMC-SMG; ANA-SN2011-P1",
        "A record number opens one patient's file for everyone with access to the system, and often links to other records too.");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Analyze(AnalysisContext context)
    {
        foreach (var number in context.EntitiesOf(EntityType.IdNumber))
        {
            var nhs = number.Attribute("kind") == "nhs";
            context.Report(
                Rule,
                number.Span,
                nhs
                    ? context.Localize(
                        $"NHS-nummer '{number.Text}' (controlecijfer klopt) hoort bij precies één patiënt en opent diens dossier.",
                        $"NHS number '{number.Text}' (valid check digit) belongs to exactly one patient and opens their record.")
                    : context.Localize(
                        $"Patiënt- of dossiernummer '{number.Text}': wie toegang heeft tot het systeem, vindt hiermee de patiënt.",
                        $"Patient or record number '{number.Text}': anyone with access to the system can look the patient up with it."),
                CodeFix.Replace(
                    context.Localize("Verwijder het nummer", "Remove the number"),
                    number.Span,
                    nhs ? context.Localize("[NHS-nummer verwijderd]", "[NHS number removed]") : context.Localize("[nummer verwijderd]", "[number removed]")));
        }
    }
}

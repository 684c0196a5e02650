using PostLint.Analysis;
using PostLint.Diagnostics;

namespace PostLint.Rules.Privacy;

/// <summary>
/// PL1007: a patient, record or hospital number, or the serial number of a patient's device or the IP address an access
/// log tied to them. Anyone with access to the record system — and many people have — can look the patient up with it.
/// NHS numbers are national identifiers and go to PL1004.
/// </summary>
internal sealed class RecordNumberAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "PL1007",
        "Patient or record number",
        DiagnosticCategory.Privacy,
        DiagnosticSeverity.Warning,
        "KNMG-SM2011-A2 (Garandeer vertrouwelijkheid); VVN-SM-2 (NBC 2.10); GMC-USM24-§18; NMC-SMG; ANA-SN2011-P1",
        "A record number opens one patient's file for everyone with access to the system, and often links to other records too.");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Analyze(AnalysisContext context)
    {
        foreach (var number in context.EntitiesOf(EntityType.IdNumber).Where(n => n.Attribute("kind") != "nhs"))
        {
            var message = number.Attribute("kind") switch
            {
                "device" => context.Localize(
                    $"Serie- of apparaatnummer '{number.Text}': de leverancier en het ziekenhuis koppelen dit nummer aan één patiënt.",
                    $"Serial or device number '{number.Text}': the supplier and the hospital tie this number to one patient."),
                "ip" => context.Localize(
                    $"IP-adres '{number.Text}': met de logboeken van portaal of provider is dit adres te herleiden tot één persoon.",
                    $"IP address '{number.Text}': with the portal's or provider's logs, this address leads back to one person."),
                _ => context.Localize(
                    $"Patiënt- of dossiernummer '{number.Text}': wie toegang heeft tot het systeem, vindt hiermee de patiënt.",
                    $"Patient or record number '{number.Text}': anyone with access to the system can look the patient up with it."),
            };
            context.Report(
                Rule,
                number.Span,
                message,
                CodeFix.Replace(context.Localize("Verwijder het nummer", "Remove the number"), number.Span, context.Localize("[nummer verwijderd]", "[number removed]")));
        }
    }
}

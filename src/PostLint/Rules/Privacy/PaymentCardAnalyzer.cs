using PostLint.Analysis;
using PostLint.Diagnostics;

namespace PostLint.Rules.Privacy;

/// <summary>PL1006: a payment card number (Luhn-valid, known issuer prefix). There is no benign reason to post one.</summary>
internal sealed class PaymentCardAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "PL1006",
        "Payment card number",
        DiagnosticCategory.Privacy,
        DiagnosticSeverity.Error,
        "KNMG-SM2011-A2 (Garandeer vertrouwelijkheid); VVN-SM-2 (NBC 2.10); GMC-USM24-§18; PCI DSS req. 3 (no full card numbers in the clear)",
        "A card number lets anyone charge the holder's account and traces straight back to them.");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Analyze(AnalysisContext context)
    {
        foreach (var card in context.EntitiesOf(EntityType.CreditCard))
        {
            context.Report(
                Rule,
                card.Span,
                context.Localize(
                    $"Betaalkaartnummer '{card.Text}' ({card.Attribute("brand")}, Luhn-controle klopt): hiermee kan iedereen betalen op rekening van de houder, en het leidt naar die persoon. Verwijder het.",
                    $"Payment card number '{card.Text}' ({card.Attribute("brand")}, passes the Luhn check): anyone can charge the holder with it, and it leads to that person. Remove it."),
                CodeFix.Replace(context.Localize("Verwijder het kaartnummer", "Remove the card number"), card.Span, context.Localize("[kaartnummer verwijderd]", "[card number removed]")));
        }
    }
}

using PostLint.Analysis;
using PostLint.Diagnostics;
using PostLint.Text;

namespace PostLint.Rules.Privacy;

/// <summary>
/// PL1005: the IBAN of a private person, or a bank account number, sort code or routing number given with its label. An organisation's account (a foundation's donation account, a
/// hospital's) is benign when the post names the organisation as account holder (<c>t.n.v. Stichting …</c>)
/// or the sentence is about an organisation or charity. Donation words alone do not clear an account:
/// a crowdfunding appeal for a named patient ("doneren kan op … t.n.v. T. Hendriks") still identifies them.
/// </summary>
internal sealed class BankAccountAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "PL1005",
        "Bank account (IBAN) of a private person",
        DiagnosticCategory.Privacy,
        DiagnosticSeverity.Warning,
        "KNMG-SM2011-A2 (Garandeer vertrouwelijkheid); VVN-SM-2 (NBC 2.10); GMC-USM24-§18; AMA-2.3.2(a)",
        "A private bank account number names its holder at every bank and payment app; next to a care story it identifies the patient.");

    private static readonly ContextCues HolderWords = new(
        "tnv", "t n v", "ten name van", "op naam van", "in the name of", "account name", "payable to", "rekeninghouder", "begunstigde", "beneficiary");

    private static readonly ContextCues OrganisationWords = new(
        "stichting", "vriendenstichting", "vereniging", "fonds", "anbi", "bv", "b v", "nv", "ziekenhuis", "umc", "praktijk", "huisartsenpraktijk", "zorggroep",
        "kwf", "hartstichting", "longfonds", "nierstichting", "rode kruis", "foundation", "charity", "trust", "hospital", "hospice", "society",
        "association", "ltd", "limited", "nhs", "appeal fund");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Analyze(AnalysisContext context)
    {
        var text = context.Text;
        foreach (var iban in context.EntitiesOf(EntityType.Iban))
        {
            // The rule stops at its cap (PostLinter.MaxDiagnosticsPerRule): the rest would not be reported.
            if (!context.IsEnabled(Rule))
            {
                break;
            }

            if (IsOrganisationAccount(context, iban))
            {
                continue;
            }

            context.Report(
                Rule,
                iban.Span,
                iban.Attribute("kind") == "domestic"
                    ? context.Localize(
                        $"'{iban.Text}' is een rekeningnummer of bankcode: samen wijzen ze één rekeninghouder aan. Zet geen bankgegevens van patiënten of naasten online.",
                        $"'{iban.Text}' is a bank account number or bank code: together they point at one account holder. Do not post bank details of patients or relatives.")
                    : context.Localize(
                        $"IBAN '{iban.Text}' is een geldige privérekening (mod-97 klopt): het nummer staat op naam van één persoon en wijst die aan. Zet geen rekeningnummers van patiënten of naasten online.",
                        $"IBAN '{iban.Text}' is a valid private account (mod-97 check passes): it is held by one person and points at them. Do not post bank details of patients or relatives."),
                CodeFix.Replace(context.Localize("Verwijder het rekeningnummer", "Remove the account number"), iban.Span, context.Localize("[rekeningnummer verwijderd]", "[account number removed]")));
        }
    }

    private static bool IsOrganisationAccount(AnalysisContext context, Entity iban)
    {
        var text = context.Text;
        var sentenceStart = context.Index.ContextSentenceStart(iban.Span.Start);
        var sentenceEnd = context.Index.ContextSentenceEnd(iban.Span.End);

        // "t.n.v. X" right after the number names the holder; the holder decides.
        if (HolderWords.FirstIn(text, iban.Span.End, Math.Min(text.Length, iban.Span.End + 20)) is { } holder)
        {
            var holderEnd = Math.Min(text.Length, Math.Max(sentenceEnd, holder.Span.End + 60));
            return OrganisationWords.In(text, holder.Span.End, holderEnd);
        }

        return context.Author.Role == "institution" || OrganisationWords.In(text, sentenceStart, sentenceEnd);
    }
}

using PostLint.Analysis;
using PostLint.Diagnostics;
using PostLint.Rules.Professionalism;
using PostLint.Text;

namespace PostLint.Rules.Privacy;

/// <summary>
/// PL1002: the phone number of a patient, relative or other private person. Numbers people are meant to
/// call are benign: service numbers (0800, 0900, 088, freephone), numbers introduced as the practice's,
/// ward's or hospital's, fixed lines in an institution's own posts and contact numbers in vacancies.
/// The author's own private number ("call me at …") fires too, with its own message, unless the post offers it to
/// patients: that invitation is PL6001's.
/// </summary>
internal sealed class PhoneNumberAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "PL1002",
        "Phone number of a private person",
        DiagnosticCategory.Privacy,
        DiagnosticSeverity.Warning,
        "KNMG-SM2011-A2 (Garandeer vertrouwelijkheid); VVN-SM-2 (NBC 2.10); GMC-USM24-§18; AMA-2.3.2(a); ANA-SN2011-P1",
        "A personal phone number reaches one person directly; next to a story about care it identifies the patient.");

    private static readonly ContextCues InstitutionWords = new(
        "praktijk", "huisartsenpraktijk", "huisartsenpost", "polikliniek", "poli", "afdeling", "ziekenhuis", "receptie", "balie", "assistente",
        "doktersassistente", "secretariaat", "apotheek", "informatienummer", "afsprakenlijn", "bel ons", "ons nummer", "ons op", "onze", "team", "teamleider",
        "kliniek", "spoedlijn", "centrale", "reserveren", "aanmelden", "afspraak", "afspraken", "informatie", "zorgverzekeraar", "gemeente", "locatie",
        "practice", "surgery", "clinic", "ward", "unit", "reception", "hospital", "pharmacy", "helpline", "hotline", "switchboard", "call us", "ring us",
        "our", "office", "team", "book", "booking", "bookings", "appointment", "appointments", "enquiries", "inquiries", "service", "desk", "department",
        // a phone menu and opening hours belong to a service line, not to a person
        "keuze", "kies", "toets", "optie", "werkdagen", "werkdag", "openingstijden", "herhaalrecept*",
        "press", "option", "weekdays", "opening hours", "open from", "between", "tussen", "prescription*", "repeat prescription*");

    private static readonly ContextCues VacancyWords = new(
        "vacature*", "solliciteer", "solliciteren", "sollicitatie", "werkenbij", "we zoeken", "wij zoeken", "recruiter", "hiring", "vacancy", "vacancies",
        "apply", "job", "jobs", "recruitment", "careers");

    private static readonly ContextCues OwnNumberWords = new(
        "mijn nummer", "mijn privenummer", "mijn prive nummer", "mijn 06", "mijn mobiel*", "mijn telefoon*", "mijn whatsapp", "mijn gsm", "bel me", "bel mij",
        "app me", "app mij", "sms me", "sms mij", "whatsapp me", "ik ben bereikbaar", "mij bereiken", "me bereiken", "my number", "my mobile", "my phone",
        "my cell", "my personal number", "my private number", "my whatsapp", "text me", "call me", "ring me", "whatsapp me", "message me", "reach me");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Analyze(AnalysisContext context)
    {
        var text = context.Text;
        var vacancy = VacancyWords.In(text);
        foreach (var phone in context.EntitiesOf(EntityType.Phone))
        {
            // The rule stops at its cap (PostLinter.MaxDiagnosticsPerRule): the rest would not be reported.
            if (!context.IsEnabled(Rule))
            {
                break;
            }

            var kind = phone.Attribute("kind");
            if (kind == "service" || vacancy || (kind == "fixed" && context.Author.Role == "institution"))
            {
                continue;
            }

            var sentenceStart = context.Index.ContextSentenceStart(phone.Span.Start);
            var afterEnd = Math.Min(context.Index.ContextSentenceEnd(phone.Span.End), phone.Span.End + 40);
            if (InstitutionWords.In(text, sentenceStart, afterEnd) || IsAlternativeToAServiceLine(context, phone))
            {
                continue;
            }

            var what = kind == "mobile" ? context.Localize("mobiele nummer", "mobile number") : context.Localize("telefoonnummer", "phone number");
            var fix = CodeFix.Replace(context.Localize("Verwijder het telefoonnummer", "Remove the phone number"), phone.Span, context.Localize("[telefoonnummer verwijderd]", "[phone number removed]"));

            // "Call me at …", "mijn nummer is …": the author's own private number, personal data that reaches them anywhere,
            // at any hour. Offered to patients ("voor patiënten met vragen na ontslag") it is PL6001's invitation instead.
            var own = OwnNumberWords.In(text, sentenceStart, phone.Span.Start);
            if (own && PatientAudience.IsNamedIn(context.Index.Tokens))
            {
                continue;
            }

            var message = own
                ? context.Localize(
                    $"'{phone.Text}' is je eigen privénummer: iedereen die het bericht leest, ook patiënten, kan je er voortaan op bellen. Verwijs naar het nummer van de praktijk of instelling.",
                    $"'{phone.Text}' is your own private number: anyone who reads the post, patients included, can call you on it from now on. Give the practice's or organisation's number instead.")
                : context.Localize(
                    $"Het {what} '{phone.Text}' is van een privépersoon: wie het belt, heeft de patiënt of naaste aan de lijn. Zet geen telefoonnummers van patiënten of hun naasten online.",
                    $"The {what} '{phone.Text}' belongs to a private person: whoever calls it reaches the patient or relative. Do not post phone numbers of patients or their relatives.");
            context.Report(Rule, phone.Span, message, fix);
        }
    }

    // "Call 478-749-0179 or 844-987-0099": a number listed right beside a freephone or service number ("or", "of", a
    // comma or slash between them) is another line of the same service. "Call 06-… or the GP on 0800 …" lists two parties.
    private static bool IsAlternativeToAServiceLine(AnalysisContext context, Entity phone) =>
        context.EntitiesOf(EntityType.Phone).Any(other => other != phone && other.Attribute("kind") == "service"
            && Between(context.Text, phone.Span, other.Span).Trim() is "or" or "of" or "," or "/");

    private static ReadOnlySpan<char> Between(string text, TextSpan a, TextSpan b) =>
        a.End <= b.Start ? text.AsSpan(a.End, b.Start - a.End) : b.End <= a.Start ? text.AsSpan(b.End, a.Start - b.End) : [];
}

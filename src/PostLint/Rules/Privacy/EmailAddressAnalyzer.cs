using PostLint.Analysis;
using PostLint.Diagnostics;
using PostLint.Recognizers.Identifiers;
using PostLint.Text;

namespace PostLint.Rules.Privacy;

/// <summary>
/// PL1003: a personal e-mail address. Functional mailboxes of organisations (info@, secretariaat@, and
/// department boxes such as poli.cardiologie@ or referrals.cardiology@) are how patients reach a practice
/// and do not fire, nor do work addresses of staff given as a contact (a vacancy's recruiter).
/// </summary>
internal sealed class EmailAddressAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "PL1003",
        "Personal e-mail address",
        DiagnosticCategory.Privacy,
        DiagnosticSeverity.Warning,
        "KNMG Artsen en social media §1 (geen vertrouwelijke informatie); GMC Good medical practice §69",
        "An e-mail address of a patient, relative or other private person identifies them directly.");

    private static readonly ContextCues InformationRequests = new(
        "meer weten", "meer informatie", "meer info", "vragen", "aanmelden", "aanmelding", "inschrijven", "opgeven", "more information", "more info",
        "questions", "enquiries", "inquiries", "register", "registration", "sign up", "rsvp", "find out more");

    private static readonly HashSet<string> FunctionalMailboxes = new(StringComparer.OrdinalIgnoreCase)
    {
        "info", "contact", "secretariaat", "secretariat", "receptie", "reception", "balie", "afspraken", "appointments", "praktijk",
        "vacatures", "vacancies", "jobs", "werkenbij", "careers", "recruitment", "hr", "pers", "press", "media", "communicatie",
        "communications", "klachten", "complaints", "patientenservice", "servicedesk", "helpdesk", "support", "noreply", "no-reply",
        "redactie", "editor", "nieuws", "news", "webmaster", "aanmelden", "inschrijven", "opleiding", "onderwijs", "research", "onderzoek",
        "poli", "polikliniek", "afdeling", "spoed", "triage", "assistente", "assistentes", "huisarts", "huisartsen", "apotheek", "pharmacy", "recept",
        "recepten", "herhaalrecepten", "prescriptions", "repeats", "verwijzingen", "referrals", "referral", "admin", "administratie", "office", "enquiries",
        "enquiry", "bookings", "booking", "planning", "facturen", "billing", "finance", "privacy", "dpo", "klantenservice", "patientenvoorlichting",
        "hello", "hallo", "team", "events", "congres", "symposium", "nascholing", "accreditatie", "personeelszaken", "wijkteam", "zorgbureau",
    };

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Analyze(AnalysisContext context)
    {
        foreach (var email in context.EntitiesOf(EntityType.Email))
        {
            // The rule stops at its cap (PostLinter.MaxDiagnosticsPerRule): the rest would not be reported.
            if (!context.IsEnabled(Rule))
            {
                break;
            }

            if (IsFunctional(email.Attribute("local") ?? string.Empty) || IsStaffContact(context, email))
            {
                continue;
            }

            context.Report(
                Rule,
                email.Span,
                context.Localize(
                    $"E-mailadres '{email.Text}' herleidt direct naar een persoon. Zet geen persoonlijke contactgegevens van patiënten of naasten online.",
                    $"E-mail address '{email.Text}' leads straight to a person. Do not post contact details of patients or relatives."),
                CodeFix.Replace(context.Localize("Verwijder het e-mailadres", "Remove the e-mail address"), email.Span, context.Localize("[e-mailadres verwijderd]", "[e-mail removed]")));
        }
    }

    // A work address at an organisation's own domain, given as a contact: in a vacancy, next to a named member of staff
    // ("Jolien Hoekstra, teamleider: j.hoekstra@…"), or as the address for questions or registration in a post that tells
    // of no one's care. Any other personal address at a company domain ("schrijf naar piet@bedrijf.nl") reaches one person
    // as surely as a private mailbox does.
    private static bool IsStaffContact(AnalysisContext context, Entity email)
    {
        if (email.Attribute("provider") != "organisation")
        {
            return false;
        }

        var local = (email.Attribute("local") ?? string.Empty).ToLowerInvariant();
        if (PersonRoles.IsVacancy(context.Text)
            || context.EntitiesOf(EntityType.Person).Any(p => p.Attribute("role") is PersonRoles.Staff or PersonRoles.Public && SurnameIn(p.Text, local)))
        {
            return true;
        }

        var sentence = context.Index.SentenceContaining(email.Span.Start);
        // The request is often a question of its own just before the address ("Vragen? Mail …").
        return InformationRequests.In(context.Text, Math.Max(0, sentence.Start - 40), sentence.End)
            && !PersonRoles.HasCareCue(context.Text, sentence.Start, sentence.End) && !PersonRoles.IsCarePost(context.Text);
    }

    private static bool SurnameIn(string name, string local)
    {
        var space = name.LastIndexOf(' ');
        var surname = (space < 0 ? name : name[(space + 1)..]).ToLowerInvariant();
        return surname.Length > 2 && local.Contains(surname, StringComparison.Ordinal);
    }

    // A department mailbox joins a function word to a speciality or site ("poli.cardiologie", "secretariaat-chirurgie");
    // a person's address is a name ("els.jansen1962"), which no function word is part of.
    private static bool IsFunctional(string local) =>
        FunctionalMailboxes.Contains(local) || local.Split(['.', '-', '_']).Any(FunctionalMailboxes.Contains);
}

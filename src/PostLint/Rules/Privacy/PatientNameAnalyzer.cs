using PostLint.Analysis;
using PostLint.Diagnostics;
using PostLint.Recognizers.Identifiers;
using PostLint.Text;

namespace PostLint.Rules.Privacy;

/// <summary>
/// PL1001: the name of a patient, a patient's relative or another private person. People who may be named
/// are left alone: staff being thanked or congratulated, researchers at a thesis defence, public figures in
/// the news, historical figures, the author introducing themself. A bare given name counts only when the
/// words around it tie it to care ("Sem (7) mag naar huis"); a full name, initials or a form of address
/// (mevrouw, Mr) count unless the context says the person may be named. A claimed consent ("hij vond het
/// goed") does not clear a name: the linter warns and the author checks.
/// </summary>
internal sealed class PatientNameAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "PL1001",
        "Name of a patient or private person",
        DiagnosticCategory.Privacy,
        DiagnosticSeverity.Warning,
        "KNMG-SM2011-A2 (Garandeer vertrouwelijkheid); VVN-SM-2 (NBC 2.10); GMC-USM24-§18 and §20 (explicit consent); NMC-SMG; AMA-2.3.2(a); ANA-SN2011-P1",
        "A name ties everything else in the post — condition, ward, date — to one identifiable person.");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Analyze(AnalysisContext context)
    {
        bool? isCarePost = null;
        foreach (var person in context.EntitiesOf(EntityType.Person))
        {
            var role = person.Attribute("role");
            var form = person.Attribute("form");
            var fires = role is PersonRoles.Patient or PersonRoles.Relative
                || (role == PersonRoles.Unknown && (form == "initials" || (form is "title" or "fullName" && ((isCarePost ??= IsAboutSomeonesCare(context)) || HasDiagnosisNearby(context, person)))))
                || CarriesOwnIdentifier(context, person, role);
            var credited = !fires && IsCreditedInRecord(context, person);
            if (!fires && !credited)
            {
                continue;
            }

            if (credited)
            {
                context.Report(
                    Rule,
                    person.Span,
                    context.Localize(
                        $"'{person.Text}' staat als behandelaar, verwijzer of ondertekenaar in wat leest als een dossier of brief: die naam wijst de praktijk of afdeling aan, en zo de patiënt. Laat namen weg uit wat u uit een dossier overneemt.",
                        $"'{person.Text}' is credited as a clinician, referrer or signer in what reads as a record or letter: the name points at the practice or ward, and so at the patient. Leave names out of anything taken from a record."),
                    CodeFix.Replace(context.Localize("Vervang door 'de behandelaar'", "Replace with 'the clinician'"), person.Span, context.Localize("de behandelaar", "the clinician")));
                continue;
            }

            var relative = role == PersonRoles.Relative;
            var who = role switch
            {
                PersonRoles.Patient => context.Localize("een patiënt", "a patient"),
                PersonRoles.Relative => context.Localize("een naaste van een patiënt", "a patient's relative"),
                _ => context.Localize("een privépersoon", "a private person"),
            };
            context.Report(
                Rule,
                person.Span,
                context.Localize(
                    $"'{person.Text}' is de naam van {who}: met de naam erbij is alles in dit bericht terug te voeren op één persoon. Noem geen patiënten of naasten bij naam, ook niet met toestemming zonder dat die vastligt.",
                    $"'{person.Text}' names {who}: with the name, everything in this post points at one person. Do not name patients or relatives, not even with consent that is not on record."),
                NeutralPhraseFix(context, person, relative));
        }
    }

    // A full name or "mevrouw Jansen" whose role the words around it do not tell is a patient's or private person's only in
    // a post about someone's care, or beside a detail that only a record holds (a date of birth, a citizen or file number,
    // an address, a room, a diagnosis). Elsewhere it is a guest on the radio, a minister, an author cited: people named in
    // public. Initials and a surname ("M. de Groot") are how records and letters name people, so they count anywhere.
    private static bool IsAboutSomeonesCare(AnalysisContext context) =>
        PersonRoles.IsCarePost(context.Text) || context.Entities.Any(e => RecordDetails.Contains(e.Type));

    // A clinician named in a record's header, signature or credit ("Behandelend arts: dr. Smit", "Met collegiale groet, M. Zwart,
    // huisarts", "gezien door dr. Yilmaz (AIOS)"). A crediting phrase alone ("gezien door dr. Jansen") is also how a patient
    // speaks of their own doctor, and a signature alone is how a doctor signs an open letter or their own post, so these
    // count only where the post holds another detail of a record: a named patient, a date of birth or file number, a room,
    // or a clinician credited in a header field or note. A collegial closing signs a letter between clinicians, a record's.
    // In a post whose header or signature already credits a clinician, another clinician named by their title is part of the
    // same record ("cc: dr. Lubbers, cardioloog; huisarts F. Aksoy").
    private static bool IsCreditedInRecord(AnalysisContext context, Entity person)
    {
        if (person.Attribute("role") is not (PersonRoles.Staff or PersonRoles.Unknown))
        {
            return false;
        }

        bool CreditedElsewhere() => context.EntitiesOf(EntityType.Person).Any(e => e != person && IsRecordsOwn(e.Attribute("credit")));
        var credit = person.Attribute("credit");
        if (credit is null)
        {
            return person.Attribute("role") == PersonRoles.Staff && person.Attribute("title") is { } title
                && (PersonRoles.RoleOfWord(title) == PersonRoles.Staff || PersonRoles.IsStaffWord(title)) && CreditedElsewhere();
        }

        return IsRecordsOwn(credit)
            || CreditedElsewhere()
            || context.Entities.Any(e => RecordDetails.Contains(e.Type)
                || (e.Type == EntityType.Person && e != person && e.Attribute("role") == PersonRoles.Patient));
    }

    // A header field, a credit with its grade, a letter between clinicians: only a record credits a clinician so.
    private static bool IsRecordsOwn(string? credit) => credit is RecordCredits.Field or RecordCredits.Credited or RecordCredits.ColleagueLetter;

    private static readonly EntityType[] RecordDetails =
        [EntityType.DateOfBirth, EntityType.Bsn, EntityType.NationalId, EntityType.IdNumber, EntityType.Address, EntityType.Postcode, EntityType.Room];

    // "Patient: Derek Lowe, NHS no. 473 643 1369", "Mieke Lammers (+31 6 2384 1190)": a citizen, record or birth number, or a
    // phone number, mailbox or home address written right after the name is that person's own, and nobody posts a public
    // figure's that way. For named staff only a record number counts: their work number or mailbox is how they are reached.
    private static bool CarriesOwnIdentifier(AnalysisContext context, Entity person, string? role)
    {
        if (role is not (PersonRoles.Unknown or PersonRoles.Public or PersonRoles.Staff))
        {
            return false;
        }

        var kinds = role == PersonRoles.Staff ? RecordIdentifiers : OwnIdentifiers;
        var sentenceEnd = context.Index.ContextSentenceEnd(person.Span.End);
        return context.Entities.Any(e => kinds.Contains(e.Type) && e.Span.Start >= person.Span.End && e.Span.Start <= Math.Min(sentenceEnd, person.Span.End + AttachedWithin)
            && context.Text.AsSpan(person.Span.End, e.Span.Start - person.Span.End).IndexOfAny(ClauseBreaks) < 0);
    }

    private const int AttachedWithin = 16;

    private static readonly char[] ClauseBreaks = ['!', '?', ';', '\n'];

    private static readonly EntityType[] RecordIdentifiers = [EntityType.DateOfBirth, EntityType.Bsn, EntityType.NationalId, EntityType.IdNumber];

    private static readonly EntityType[] OwnIdentifiers = [.. RecordIdentifiers, EntityType.Phone, EntityType.Email, EntityType.Address];

    // A diagnosis is a record detail only about the person it is told of: in the name's sentence or the next one. A disease
    // elsewhere in the post ("#COVID19", "de crisis rondom corona") is the news the person is named in.
    private static bool HasDiagnosisNearby(AnalysisContext context, Entity person)
    {
        var text = context.Text;
        var start = context.Index.ContextSentenceStart(person.Span.Start);
        var sentenceEnd = context.Index.ContextSentenceEnd(person.Span.End);
        var end = sentenceEnd < text.Length ? context.Index.ContextSentenceEnd(Math.Min(text.Length - 1, sentenceEnd + 1)) : sentenceEnd;
        return context.EntitiesOf(EntityType.Condition).Any(c => c.Span.Start >= start && c.Span.End <= end);
    }

    // "mevrouw Jansen" becomes "een patiënt"; after a role word ("mijn patiënt Kees Meijer", "papa Bram") the name is dropped.
    private static CodeFix NeutralPhraseFix(AnalysisContext context, Entity person, bool relative)
    {
        var text = context.Text;
        var phrase = relative ? context.Localize("een naaste", "a relative") : context.Localize("een patiënt", "a patient");
        var title = person.Attribute("title");
        var start = person.Span.Start;
        var titleStart = title is null ? -1 : TitleStart(text, start, title);
        if (titleStart >= 0 && PersonRoles.CivilTitles.Contains(title!))
        {
            start = titleStart;
        }
        else if (titleStart >= 0)
        {
            // Drop the name and the space before it; the role word stays ("mijn patiënt (hij vond het goed)").
            var from = start;
            while (from > 0 && text[from - 1] == ' ')
            {
                from--;
            }

            return CodeFix.Replace(context.Localize("Verwijder de naam", "Remove the name"), new TextSpan(from, person.Span.End), string.Empty);
        }

        if (char.IsUpper(text[start]) && SentenceStartsAt(context.Index, start))
        {
            phrase = char.ToUpperInvariant(phrase[0]) + phrase[1..];
        }

        return CodeFix.Replace(context.Localize($"Vervang door '{phrase}'", $"Replace with '{phrase}'"), new TextSpan(start, person.Span.End), phrase);
    }

    // Where the title word right before the name starts ("Dhr. P. de Boer", "mevrouw Jansen"), or -1.
    private static int TitleStart(string text, int nameStart, string title)
    {
        var i = nameStart;
        while (i > 0 && char.IsWhiteSpace(text[i - 1]))
        {
            i--;
        }

        if (i > 0 && text[i - 1] == '.')
        {
            i--;
        }

        var end = i;
        while (i > 0 && char.IsLetter(text[i - 1]))
        {
            i--;
        }

        return end > i && Tokenizer.Normalize(text[i..end]) == title ? i : -1;
    }

    private static bool SentenceStartsAt(PostIndex index, int position) => index.ContextSentenceStart(position) is var s && index.Text.AsSpan(s, position - s).IsWhiteSpace();
}

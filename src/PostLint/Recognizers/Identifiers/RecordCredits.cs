using PostLint.Diagnostics;
using PostLint.Text;

namespace PostLint.Recognizers.Identifiers;

/// <summary>
/// Where a clinical record or letter names the clinicians who treat, refer, receive or sign it: after a role field
/// (<c>Behandelend arts: dr. P. Smit</c>, <c>cc: dr. Lubbers</c>, <c>Attending: Dr. Raman</c>), after the words with which a
/// note credits one (<c>gezien door</c>, <c>seen by</c>, <c>dictated by</c>, <c>besproken met</c>), and as the signature of a
/// letter (<c>Met collegiale groet, M. Zwart, huisarts</c>). De-identification removes these names: they tell which practice
/// or ward holds the record, and so whose record it is. The same colleague named in news or thanks (<c>Dr. Jansen geeft
/// vanavond een lezing</c>, a hospital welcoming a surgeon) stands in none of these places.
/// </summary>
internal static class RecordCredits
{
    /// <summary>A role field with its colon: the name is part of a record or letter header wherever the post stands.</summary>
    public const string Field = "field";

    /// <summary>The signature of a letter: a closing, the name, and a profession or a letter's formal closing.</summary>
    public const string Signature = "signature";

    /// <summary>The signature under a closing only clinicians write to each other (<c>Met collegiale groet</c>): a referral or discharge letter's.</summary>
    public const string ColleagueLetter = "colleague-letter";

    /// <summary>A note's crediting phrase with a profession after the name, as notes write it (<c>gezien door dr. Yilmaz (AIOS chirurgie)</c>).</summary>
    public const string Credited = "credited";

    /// <summary>A note's crediting phrase alone (<c>gezien door</c>): a record's only beside other record details; a patient may write it too.</summary>
    public const string Phrase = "phrase";

    // Header fields naming who treats, refers, receives or signs; they count only with their colon ("Van: T. Oudshoorn").
    private static readonly ContextCues RoleFields = new(
        "behandelend arts", "behandelaar", "hoofdbehandelaar", "regiebehandelaar", "verwijzer", "verwijzend arts", "verwezen door", "huisarts",
        "specialist", "supervisor", "supervisie", "operateur", "assistent", "arts assistent", "anesthesioloog",
        "anesthesist", "consulent", "casemanager", "gedicteerd door", "uitgewerkt door", "getypt door", "ondertekend door", "verpleegkundige",
        "attending", "attending physician", "referring physician", "referring doctor", "referrer", "primary care provider", "pcp", "gp", "consultant",
        "surgeon", "assistant", "anaesthetist", "anesthetist", "anesthesiologist", "dictated by", "transcribed by", "signed by", "case manager", "care coordinator", "key worker", "registrar", "clinician", "physician", "provider");

    // A letter's or message's address fields: only where a header has them, at the start of a line or after another field
    // ("Van: T. Oudshoorn"; "Aan: …; cc: …"). Mid-sentence, "tips from: Dr Kwan" is a credit in a post, not a header.
    private static readonly ContextCues HeaderFields = new("cc", "kopie aan", "aan", "van", "copy to", "from", "to");

    // Words with which notes credit a clinician, colon or not.
    private static readonly ContextCues CreditPhrases = new(
        "gezien door", "besproken met", "overlegd met", "overleg met", "overleg gehad met", "verwezen door", "aangevraagd door", "gedicteerd door",
        "uitgewerkt door", "beoordeeld door", "seen by", "reviewed by", "discussed with", "referred by", "requested by", "dictated by",
        "transcribed by", "signed by", "electronically signed by", "handover from", "overdracht door", "assessed by", "examined by");

    // Closings of a letter, after which comes the signer's name.
    private static readonly ContextCues Closings = new(
        "met vriendelijke groet", "met vriendelijke groeten", "met collegiale groet", "met collegiale groeten", "hoogachtend", "ondertekend",
        "yours sincerely", "yours faithfully", "kind regards", "best regards", "warm regards", "many thanks", "with thanks", "sincerely");

    // Closings only letters use: the name after one signs a letter even without a profession after it.
    private static readonly ContextCues FormalClosings = new(
        "met collegiale groet", "met collegiale groeten", "hoogachtend", "ondertekend", "yours sincerely", "yours faithfully");

    // Closings of letters between clinicians.
    private static readonly ContextCues CollegialClosings = new("met collegiale groet", "met collegiale groeten", "collegiale groet", "with collegial regards");

    // The longest cue, its colon and up to three title words ("Attending physician: Dr. ") fit in this.
    private const int Window = 48;

    /// <summary>
    /// How the name spanning <paramref name="name"/> is credited in a record (<see cref="Field"/>, <see cref="Signature"/>,
    /// <see cref="Credited"/>, <see cref="Phrase"/>), or null when it stands in no such place.
    /// </summary>
    public static string? Of(string text, TextSpan name)
    {
        var nameStart = name.Start;
        var professionAfter = PersonRoles.RoleOfApposition(text, name.End) == PersonRoles.Staff || ProfessionInBrackets(text, name.End);
        var from = Math.Max(0, nameStart - Window);
        if (RoleFields.LastIn(text, from, nameStart) is { } field && ColonThenTitles(text, field.Span.End, nameStart))
        {
            return Field;
        }

        if (HeaderFields.LastIn(text, from, nameStart) is { } header && ColonThenTitles(text, header.Span.End, nameStart) && StartsHeaderLine(text, header.Span.Start))
        {
            return Field;
        }

        // "Kind regards, Sarah, Ward Manager" is how a writer signs their own post; a letter signs with a full name or initials.
        if (Closings.LastIn(text, from, nameStart) is { } closing && CommaThenTitles(text, closing.Span.End, nameStart)
            && (FormalClosings.In(text, closing.Span.Start, closing.Span.End) || (professionAfter && text.AsSpan(nameStart, name.End - nameStart).IndexOfAny(' ', '.') >= 0)))
        {
            return CollegialClosings.In(text, closing.Span.Start, closing.Span.End) ? ColleagueLetter : Signature;
        }

        return CreditPhrases.LastIn(text, from, nameStart) is { } phrase && TitlesOnly(text, SkipSpaces(text, phrase.Span.End, ':'), nameStart)
            ? professionAfter ? Credited : Phrase
            : null;
    }

    // Grades and professions notes put in brackets after a clinician's name: "(SpR)", "(reg)", "(vpk)", "(AIOS chirurgie)", "(cardioloog)".
    private static readonly HashSet<string> GradesInBrackets = new(StringComparer.Ordinal)
    {
        "spr", "reg", "sho", "fy1", "fy2", "f1", "f2", "ct1", "ct2", "st3", "st4", "rn", "np", "pa", "md", "hospitalist", "intensivist", "vpk", "aios",
        "anios", "ios", "ivk", "oa", "ha", "sp", "vs", "cardioloog", "neuroloog", "internist", "chirurg", "longarts", "kinderarts", "geriater",
    };

    private static bool ProfessionInBrackets(string text, int nameEnd)
    {
        var i = nameEnd;
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        if (i >= text.Length || text[i] != '(')
        {
            return false;
        }

        var start = ++i;
        while (i < text.Length && char.IsLetterOrDigit(text[i]))
        {
            i++;
        }

        var word = Tokenizer.Normalize(text[start..i]);
        return word.Length > 0 && (GradesInBrackets.Contains(word) || IsTitle(word));
    }

    // Only spaces since the start of the line, or since the end of another field (".", ";", "|").
    private static bool StartsHeaderLine(string text, int cueStart)
    {
        var i = cueStart - 1;
        while (i >= 0 && text[i] is ' ' or '\t')
        {
            i--;
        }

        return i < 0 || text[i] is '\n' or '\r' or '.' or ';' or '|';
    }

    private static bool ColonThenTitles(string text, int cueEnd, int nameStart)
    {
        var i = cueEnd;
        while (i < nameStart && text[i] == ' ')
        {
            i++;
        }

        return i < nameStart && text[i] == ':' && TitlesOnly(text, i + 1, nameStart);
    }

    private static bool CommaThenTitles(string text, int cueEnd, int nameStart)
    {
        var i = cueEnd;
        while (i < nameStart && text[i] == ' ')
        {
            i++;
        }

        return i < nameStart && text[i] is ',' or '\n' && TitlesOnly(text, i + 1, nameStart);
    }

    private static int SkipSpaces(string text, int from, char optional)
    {
        var i = from;
        while (i < text.Length && (text[i] == ' ' || text[i] == optional))
        {
            i++;
        }

        return i;
    }

    // Between the cue and the name only spaces, line breaks and titles ("dr.", "Mr", "consultant", "huisarts").
    private static bool TitlesOnly(string text, int from, int nameStart)
    {
        var i = from;
        var words = 0;
        while (i < nameStart)
        {
            if (char.IsWhiteSpace(text[i]) || text[i] == '.')
            {
                i++;
                continue;
            }

            var start = i;
            while (i < nameStart && (char.IsLetter(text[i]) || text[i] == '-'))
            {
                i++;
            }

            var word = Tokenizer.Normalize(text[start..i]);
            if (i == start || ++words > 3 || !IsTitle(word))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsTitle(string word) =>
        PersonRoles.CivilTitles.Contains(word) || PersonRoles.StrongTitles.Contains(word) || PersonRoles.RoleOfWord(word) == PersonRoles.Staff
        || PersonRoles.IsStaffWord(word) || word is "on-call" or "oncall" or "dienstdoend" or "dienstdoende";
}

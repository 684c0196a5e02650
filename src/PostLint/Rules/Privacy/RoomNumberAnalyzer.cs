using PostLint.Analysis;
using PostLint.Diagnostics;
using PostLint.Text;

namespace PostLint.Rules.Privacy;

/// <summary>
/// PL1009: a room or bed number. Colleagues, visitors and family know who lies in "kamer 12" or "bay 3,
/// bed 2"; the NCSBN lists the room number among the details that still identify a patient. Meeting
/// rooms and lecture rooms are not about patients, and a room number inside quotation marks is words
/// being discussed ("'de dementerende op kamer 7' is geen manier van praten"), not a patient being pointed at.
/// A room described as empty, being cleaned, painted or maintained, or used by staff ("kamer 12 is weer vrij", "room 412 is
/// the staff room", "kamer 7 en 8 worden geschilderd") holds no patient.
/// </summary>
internal sealed class RoomNumberAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "PL1009",
        "Room or bed number",
        DiagnosticCategory.Privacy,
        DiagnosticSeverity.Warning,
        "KNMG-SM2011-A2 (Garandeer vertrouwelijkheid); VVN-SM-2 (NBC 2.10); GMC-USM24-§19; NCSBN (2011) white paper: room numbers identify",
        "Everyone on the ward, and every visitor, knows who lies in a given room or bed.");

    private static readonly ContextCues MeetingWords = new(
        "vergadering", "vergaderen", "overleg", "lezing", "cursus", "training", "scholing", "bijeenkomst", "presentatie", "informatieavond", "workshop",
        "symposium", "congres", "meeting", "lecture", "seminar", "conference", "class", "session", "teaching", "webinar", "exam", "examen", "vergaderzaal",
        "vrij", "leeg", "empty", "free", "schoonmaak", "cleaning", "staff", "personeel", "personeelsruimte", "office", "kantoor", "opslag", "storage",
        "keuken", "kitchen", "verbouwing", "renovation",
        // the room itself being worked on: painted, maintained, refurbished
        "geschilderd", "schilderen", "schilderwerk", "painted", "painting", "redecorated", "onderhoud", "maintenance", "opgeknapt", "refurbished",
        "gerenoveerd", "renovated");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Analyze(AnalysisContext context)
    {
        var text = context.Text;
        // Whether a sentence is about a meeting is read once per sentence, however many rooms it names.
        var meetingSentences = new Dictionary<(int Start, int End), bool>();
        foreach (var room in context.EntitiesOf(EntityType.Room))
        {
            // The rule stops at its cap (PostLinter.MaxDiagnosticsPerRule): the rest would not be reported.
            if (!context.IsEnabled(Rule))
            {
                break;
            }

            var sentenceStart = context.Index.ContextSentenceStart(room.Span.Start);
            var sentenceEnd = context.Index.ContextSentenceEnd(room.Span.End);
            if (!meetingSentences.TryGetValue((sentenceStart, sentenceEnd), out var meeting))
            {
                meetingSentences[(sentenceStart, sentenceEnd)] = meeting = MeetingWords.In(text, sentenceStart, sentenceEnd);
            }

            if (IsQuoted(text, room.Span, sentenceStart, sentenceEnd) || meeting)
            {
                continue;
            }

            var bed = room.Attribute("kind") == "bed";
            context.Report(
                Rule,
                room.Span,
                context.Localize(
                    $"'{room.Text}' wijst één patiënt aan: collega's, bezoekers en familie weten wie daar ligt. Laat kamer- en bednummers weg.",
                    $"'{room.Text}' points at one patient: colleagues, visitors and family know who is in it. Leave room and bed numbers out."),
                CodeFix.Replace(
                    context.Localize("Vervang door een algemene plek", "Replace with a general place"),
                    room.Span,
                    bed ? context.Localize("een bed", "a bed") : context.Localize("een kamer", "a room")));
        }
    }

    // True when the room sits between a pair of quotation marks within its sentence.
    private static bool IsQuoted(string text, TextSpan span, int sentenceStart, int sentenceEnd)
    {
        ReadOnlySpan<char> quotes = ['\'', '"', '‘', '’', '“', '”', '„', '«', '»'];
        var before = text.AsSpan(sentenceStart, span.Start - sentenceStart);
        var after = text.AsSpan(span.End, sentenceEnd - span.End);
        var open = before.LastIndexOfAny(quotes);

        // An apostrophe inside a word (z'n, Mary's) is not a quotation mark.
        return open >= 0 && (open == 0 || !char.IsLetter(before[open - 1])) && after.IndexOfAny(quotes) >= 0;
    }
}

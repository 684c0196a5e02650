using System.Text.RegularExpressions;
using PostLint.Analysis;
using PostLint.Text;

namespace PostLint.Recognizers.Identifiers;

/// <summary>
/// Finds room and bed numbers (<see cref="EntityType.Room"/>): <c>kamer 12</c>, <c>bed 4</c>,
/// <c>Bay 3, bed 2</c>, <c>room 214</c>, <c>box 3</c>, <c>kamernummer 6b</c>, <c>side room 2</c>.
/// The number is required, so "kamer van koophandel", "room for improvement", "bed rest" and
/// "3 bedden" (a count, number first) are not rooms. A box on a form or in Dutch income tax ("vink box 2 aan",
/// "belasting in box 3") is not a treatment box.
/// Attributes: <c>kind</c> (<c>room</c>, <c>bed</c>, <c>bay</c>, <c>box</c>), <c>number</c>.
/// </summary>
internal sealed partial class RoomRecognizer : Recognizer
{
    private static readonly ContextCues NotAWardBox = new(
        "tick", "ticked", "check", "checked", "vink", "vinkje", "aanvinken", "aangevinkt", "vul", "invullen", "ingevuld", "formulier", "form", "belasting*",
        "heffing", "vermogen*", "aangifte", "fiscus", "spaargeld", "sparen", "spaarders", "beleggingen", "beleggen", "tax", "taxes", "vak", "field");

    public override IReadOnlyList<EntityType> Produces { get; } = [EntityType.Room];

    public override void Recognize(RecognitionContext context)
    {
        foreach (Match match in RoomOrBed().Matches(context.Text))
        {
            if (PostOfficeBox().IsMatch(context.Text.AsSpan(0, match.Index)))
            {
                continue;
            }

            var word = match.Groups["word"].Value.ToLowerInvariant();
            var kind = word switch
            {
                "bed" or "bedden" => "bed",
                "bay" => "bay",
                "box" => "box",
                _ => "room",
            };
            // "kamer 5.12" is floor 5, room 12; a bed, bay or box has no floor ("bed 1.5" is a width).
            if (kind != "room" && match.Groups["number"].Value.Contains('.'))
            {
                continue;
            }

            if (kind == "box" && NotAWardBox.In(
                    context.Text, context.Index.ContextSentenceStart(match.Index), context.Index.ContextSentenceEnd(match.Index + match.Length)))
            {
                continue;
            }
            context.Add(new Entity(EntityType.Room, new(match.Index, match.Index + match.Length), match.Value)
            {
                Attributes = new Dictionary<string, string>(StringComparer.Ordinal) { ["kind"] = kind, ["number"] = match.Groups["number"].Value },
            });
        }
    }

    // "<word> <number>[letter]" optionally continued by ", bed 2" (bay and bed together form one place).
    [GeneratedRegex(
        @"(?<![\w-])(?<word>kamer|kamernummer|kamernr|bed|bednummer|bay|box|room|side[ -]room|single room|cubicle)\.?\s?(?:nr\.?\s?|no\.?\s?|#)?(?<number>\d{1,2}\.\d{2,3}(?![\d.,])|\d{1,4}[a-z]?)(?:\s?,?\s?(?:bed|bedden)\s?\d{1,2}[a-z]?)?(?![\w-]|[.,:]\d|\s?(?:jaar|uur|minuten|dagen|weken|maanden|years?|hours?|minutes?|days?|weeks?|months?|%|x\b))",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex RoomOrBed();

    // "PO Box 123" is a postal address, not a delivery box on a ward.
    [GeneratedRegex(@"\bP\.?\s?O\.?\s?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex PostOfficeBox();
}

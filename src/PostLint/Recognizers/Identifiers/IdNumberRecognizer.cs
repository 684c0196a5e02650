using System.Text.RegularExpressions;
using PostLint.Analysis;
using PostLint.Text;

namespace PostLint.Recognizers.Identifiers;

/// <summary>
/// Finds patient and record numbers (<see cref="EntityType.IdNumber"/>):
/// <list type="bullet">
/// <item>a number of at least five digits (optionally after up to three letters) right after a record word: <c>patiëntnummer</c>, <c>patnr</c>,
/// <c>dossiernummer</c>, <c>ziekenhuisnummer</c>, <c>cliëntnummer</c>, <c>EPD-nummer</c>, <c>MRN</c>,
/// <c>record number</c>, <c>hospital number</c>, <c>unit number</c>, and the numbers insurers and laboratories file a patient
/// under: <c>polisnummer</c>, <c>verzekerdennummer</c>, <c>labnummer</c>, <c>Medicare number</c>, <c>member ID</c>,
/// <c>policy number</c>; the letters may be joined by a hyphen (<c>P-0093317</c>, <c>PT-0045521</c>);</item>
/// <item>NHS numbers: ten digits whose last digit is the mod-11 check digit, either after <c>NHS</c>
/// (<c>NHS no. 943 476 5919</c>) or written in the NHS 3-3-4 grouping on their own.</item>
/// </list>
/// Trial (NCT…), vacancy, order and reference numbers have none of these words and are not matched.
/// Attributes: <c>kind</c> (<c>record</c> or <c>nhs</c>), <c>value</c> (digits).
/// </summary>
internal sealed partial class IdNumberRecognizer : Recognizer
{
    private static readonly ContextCues PhoneWords = new("tel", "telefoon*", "bel", "phone", "call", "mobile", "ring", "fax");

    public override IReadOnlyList<EntityType> Produces { get; } = [EntityType.IdNumber];

    public override void Recognize(RecognitionContext context)
    {
        var text = context.Text;

        // Every pattern here needs digits and tests every position of the text; most posts have none.
        if (!KeywordGate.HasDigit(text))
        {
            return;
        }

        var taken = new DisjointSpans();
        foreach (Match match in AfterRecordWord().Matches(text))
        {
            var number = match.Groups["number"];
            var digits = Checksums.DigitsOf(number.Value);
            var nhs = match.Groups["nhs"].Success;
            if (nhs && !Checksums.IsNhsNumber(digits))
            {
                continue;
            }

            // A Scottish CHI number is a date of birth (DDMMYY) and four digits with the NHS check digit; "chi" alone is also a word.
            if (match.Groups["chi"].Success && !IsChiNumber(digits))
            {
                continue;
            }

            taken.Add(Add(context, number.Index, number.Length, nhs ? "nhs" : "record", digits));
        }

        foreach (Match match in CodeAfterPatientWord().Matches(text))
        {
            var code = match.Groups["code"];
            var span = new Diagnostics.TextSpan(code.Index, code.Index + code.Length);
            if (!taken.Overlaps(span))
            {
                taken.Add(Add(context, code.Index, code.Length, "record", Checksums.DigitsOf(code.Value)));
            }
        }

        foreach (Match match in GroupedNhsNumber().Matches(text))
        {
            var digits = Checksums.DigitsOf(match.Value);
            var span = new Diagnostics.TextSpan(match.Index, match.Index + match.Length);
            if (!Checksums.IsNhsNumber(digits) || taken.Overlaps(span) || PhoneWords.In(text, match.Index - 25, match.Index))
            {
                continue;
            }

            Add(context, match.Index, match.Length, "nhs", digits);
        }
    }

    private static bool IsChiNumber(string digits) =>
        digits.Length == 10 && Checksums.IsNhsNumber(digits)
        && int.Parse(digits[..2], System.Globalization.CultureInfo.InvariantCulture) is >= 1 and <= 31
        && int.Parse(digits[2..4], System.Globalization.CultureInfo.InvariantCulture) is >= 1 and <= 12;

    private static Diagnostics.TextSpan Add(RecognitionContext context, int start, int length, string kind, string digits)
    {
        var entity = new Entity(EntityType.IdNumber, new(start, start + length), context.Text.Substring(start, length))
        {
            Attributes = new Dictionary<string, string>(StringComparer.Ordinal) { ["kind"] = kind, ["value"] = digits },
        };
        context.Add(entity);
        return entity.Span;
    }

    // A record word, optional "nr"/"no."/"number", then ":", "#", "is" or nothing, then a number of 5-15 digits (separators allowed).
    // "a record number" (a new high, "a record number 12500 jabs") counts something and names no record.
    [GeneratedRegex(
        @"(?<![\w-])(?:(?<nhs>nhs)(?:[ -]?(?:no|nr|number|num)\.?)?|pati[eë]nt(?:en)?[ -]?(?:nummer|nr|id|no)\.?|pat[ .]?nr\.?|dossier[ -]?(?:nummer|nr)\.?|ziekenhuis[ -]?(?:nummer|nr)\.?|zh[ -]?nr\.?|cli[eë]nt[ -]?(?:nummer|nr|id)\.?|epd[ -]?(?:nummer|nr)\.?|registratienummer patiënt|mrn|(?<!\b(?:a|an|another|new|een|nieuw)\s)(?:medical |health |case )?record[ -]?(?:number|no|nr)\.?|hospital[ -]?(?:number|no)\.?|unit[ -]?number|(?<chi>chi)(?:[ -]?(?:no|nr|number))?\.?|(?:polis|verzekerden|lab|rontgen|röntgen)[ -]?(?:nummer|nr)\.?|(?:medicare|medicaid|member|insurance|policy|lab)[ -]?(?:id|number|no|#)\.?)\s*(?:[:#=]|\s(?:is|was|luidt)\s)?\s*(?<number>(?<![\w])(?:[A-Z]{1,3}-?)?\d(?:[ .-]?\d){4,14})(?![\w-]|[.,]\d)",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex AfterRecordWord();

    // "cliënt C-22817", "patient PT-40913", "bewoner B12345", "pt 88213377": a code of letters and digits, or seven digits or
    // more, right after the word for the person is their number in the record system. "patiënt 12" (a count, a bed) is not.
    [GeneratedRegex(@"(?<![\w-])(?:pati[eë]nte?|cli[eë]nte?|bewoner|bewoonster|patient|client|resident|pt)\.?\s+(?<code>[A-Z]{1,3}-?\d{4,8}|[1-9]\d{6,9})(?![\w-]|[.,]\d)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex CodeAfterPatientWord();

    // NHS grouping 3-3-4 with spaces or hyphens; the first digit of an NHS number is never 0.
    [GeneratedRegex(@"(?<![\w+().-])[1-9]\d{2}([ -])\d{3}\1\d{4}(?![\w-]|[.,]\d)", RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex GroupedNhsNumber();
}

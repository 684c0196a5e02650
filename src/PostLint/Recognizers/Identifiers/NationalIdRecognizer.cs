using System.Collections.Frozen;
using System.Text.RegularExpressions;
using PostLint.Analysis;
using PostLint.Text;

namespace PostLint.Recognizers.Identifiers;

/// <summary>
/// Finds national identification numbers other than the BSN (<see cref="EntityType.NationalId"/>):
/// <list type="bullet">
/// <item>US social security numbers: <c>AAA-GG-SSSS</c> within the ranges the SSA issues; written without
/// the dashes only next to an SSN word (<c>SSN</c>, <c>social security</c>);</item>
/// <item>Belgian national register numbers (rijksregisternummer, INSZ): <c>yy.mm.dd-sss.cc</c> with a valid
/// mod-97 check; 11 bare digits only next to a register word (<c>rijksregisternummer</c>, <c>INSZ</c>,
/// <c>numéro national</c>).</item>
/// <item>UK National Insurance numbers (<c>AB 12 34 56 C</c>): two prefix letters HMRC issues, six digits and a suffix A–D;
/// written without spaces only after an NI word (<c>NI no</c>, <c>National Insurance number</c>, <c>NINO</c>), where HMRC's
/// own example prefix (<c>QQ</c>) counts too.</item>
/// <item>Canadian social insurance numbers: nine digits with the Luhn check, after <c>SIN</c> or <c>social insurance</c>.</item>
/// <item>Passport, driving-licence and tax numbers (<c>passport no. K12345678</c>, <c>driver's license: D1234567</c>,
/// <c>Tax ID 12-3456789</c>): any code of five or more digits, with letters allowed, right after the document's name.
/// Their formats differ per country; the label is what makes them one.</item>
/// </list>
/// The scheme's word counts when it stands right before the number even across an abbreviation's full stop
/// (<c>social security no. 501 22 3344</c>).
/// A number the text names as something else (order, ticket, case, ISBN) is none of these, and a span
/// another identifier (BSN, phone, card) already took is left to it.
/// Attributes: <c>scheme</c> (<c>ssn</c>, <c>rrn</c>, <c>nino</c>, <c>sin</c>, <c>passport</c>, <c>licence</c> or <c>tax</c>),
/// <c>value</c> (digits, or the letters and digits of a NINO or document number).
/// </summary>
internal sealed partial class NationalIdRecognizer : Recognizer
{
    private static readonly WordList SsnWords = WordList.FromTerms("ssn-words", "ssn", "social security", "social security number", "social security no", "ss number");

    private static readonly WordList RegisterWords = WordList.FromTerms(
        "register-words",
        "rijksregisternummer", "rijksregister", "rijksregisternr", "rrn", "insz", "insz nummer", "identificatienummer", "numero national",
        "numero de registre national", "registre national", "niss", "national register number", "national number");

    private static readonly WordList OtherNumberWords = WordList.FromTerms(
        "other-number-words",
        "order*", "bestel*", "ticket*", "case", "claim", "invoice*", "factuur*", "reference", "ref", "referentie*", "tracking", "isbn", "issn", "doi",
        "pmid", "nct", "serial", "serie*", "part", "model", "sku", "kvk", "btw", "vat", "ondernemingsnummer", "kbo", "tel", "phone", "call", "bel", "fax");

    // The labels that name a personal document's number, and the scheme each names. The label has to end right before the
    // number ("social security no. 501 22 3344"), so an abbreviation's full stop between them does not matter.
    private static readonly FrozenDictionary<string, string> DocumentSchemes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["ssn"] = "ssn", ["social security"] = "ssn",
        ["ni"] = "nino", ["nino"] = "nino", ["national insurance"] = "nino",
        ["sin"] = "sin", ["social insurance"] = "sin",
        ["passport"] = "passport", ["paspoort"] = "passport", ["paspoortnummer"] = "passport",
        ["driver s license"] = "licence", ["driver s licence"] = "licence", ["drivers license"] = "licence", ["drivers licence"] = "licence",
        ["driving licence"] = "licence", ["driving license"] = "licence", ["rijbewijs"] = "licence", ["rijbewijsnummer"] = "licence",
        ["tax id"] = "tax", ["taxpayer id"] = "tax", ["ein"] = "tax", ["itin"] = "tax", ["tin"] = "tax",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly ContextCues DocumentLabels = new([.. DocumentSchemes.Keys]);

    public override IReadOnlyList<EntityType> Produces { get; } = [EntityType.NationalId];

    public override IEnumerable<WordList> WordLists => [SsnWords, RegisterWords, OtherNumberWords];

    public override void Recognize(RecognitionContext context)
    {
        // Entities of earlier recognizers, and the numbers taken here: both asked by binary search for every candidate.
        var taken = (Earlier: new SpanLookup(context.Entities.Select(e => e.Span)), Here: new DisjointSpans());
        foreach (Match match in SsnCandidate().Matches(context.Text))
        {
            Consider(context, taken, match, "ssn", (digits, named) => Checksums.IsUsSsn(digits) && (named || !Checksums.IsPublishedSsn(digits)), SsnWords, canonical: match.Groups["dashed"].Success);
        }

        foreach (Match match in RegisterCandidate().Matches(context.Text))
        {
            Consider(context, taken, match, "rrn", (digits, _) => Checksums.IsRijksregisternummer(digits), RegisterWords, canonical: match.Groups["written"].Success);
        }

        foreach (Match match in NinoCandidate().Matches(context.Text))
        {
            if (LabelledScheme(context.Text, match.Index) == "nino" || (match.Groups["spaced"].Success && IsIssuedNinoPrefix(match.Groups["prefix"].Value)))
            {
                AddLabelled(context, taken, match.Index, match.Length, "nino", match.Value.Replace(" ", string.Empty, StringComparison.Ordinal));
            }
        }

        foreach (Match match in DocumentCode().Matches(context.Text))
        {
            var value = match.Value.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);
            var scheme = LabelledScheme(context.Text, match.Index);
            var valid = scheme switch
            {
                "ssn" => Checksums.IsUsSsn(value),
                "sin" => value.Length == 9 && Checksums.IsLuhn(value),
                "passport" or "licence" or "tax" => value.Count(char.IsAsciiDigit) >= MinDocumentDigits,
                _ => false,
            };
            if (valid)
            {
                AddLabelled(context, taken, match.Index, match.Length, scheme!, value);
            }
        }
    }

    // Fewer digits than this after "passport" or "tax" is a count or a year ("passport 2024"), not a document number.
    private const int MinDocumentDigits = 5;

    // The scheme whose label ends right before the number ("Passport no. K12345678", "SIN: 046 454 286"), or null.
    private static string? LabelledScheme(string text, int numberStart) =>
        IdentifierLabels.RightBefore(DocumentLabels, text, numberStart) is { } label ? DocumentSchemes.GetValueOrDefault(Tokenizer.Normalize(label.Term.Term)) : null;

    // HMRC never issues D, F, I, Q, U or V as the first letter, nor D, F, I, O, Q, U or V as the second, nor these pairs.
    private static bool IsIssuedNinoPrefix(string prefix) =>
        prefix[0] is not ('D' or 'F' or 'I' or 'Q' or 'U' or 'V') && prefix[1] is not ('D' or 'F' or 'I' or 'O' or 'Q' or 'U' or 'V')
        && prefix is not ("BG" or "GB" or "KN" or "NK" or "NT" or "TN" or "ZZ");

    private static void AddLabelled(RecognitionContext context, (SpanLookup Earlier, DisjointSpans Here) taken, int start, int length, string scheme, string value)
    {
        var span = new Diagnostics.TextSpan(start, start + length);
        if (taken.Earlier.Overlaps(span) || taken.Here.Overlaps(span))
        {
            return;
        }

        taken.Here.Add(span);
        context.Add(new Entity(EntityType.NationalId, span, context.Text.Substring(start, length))
        {
            Attributes = new Dictionary<string, string>(StringComparer.Ordinal) { ["scheme"] = scheme, ["value"] = value },
        });
    }

    // The written form alone is enough; any other spelling needs the scheme's own word nearby. A word
    // naming the number as something else wins over the written form, never over the scheme's word.
    // isValid is told whether the scheme's word is there: a published specimen number ("my SSN is 078-05-1120")
    // still counts when the author calls it theirs.
    private static void Consider(RecognitionContext context, (SpanLookup Earlier, DisjointSpans Here) taken, Match match, string scheme, Func<string, bool, bool> isValid, WordList schemeWords, bool canonical)
    {
        var index = context.Index;
        var digits = Checksums.DigitsOf(match.Value);
        var span = new Diagnostics.TextSpan(match.Index, match.Index + match.Length);
        if (taken.Earlier.Overlaps(span) || taken.Here.Overlaps(span))
        {
            return;
        }

        var before = Math.Max(index.SentenceContaining(match.Index).Start, match.Index - 40);
        var named = index.ContainsIn(schemeWords, before, Math.Min(index.SentenceContaining(Math.Max(span.End - 1, 0)).End, span.End + 25));
        if (!isValid(digits, named) || (!named && (!canonical || index.ContainsIn(OtherNumberWords, before, match.Index))))
        {
            return;
        }

        taken.Here.Add(span);
        context.Add(new Entity(EntityType.NationalId, span, match.Value)
        {
            Attributes = new Dictionary<string, string>(StringComparer.Ordinal) { ["scheme"] = scheme, ["value"] = digits },
        });
    }

    [GeneratedRegex(@"(?<![\w-])(?<prefix>[A-Z]{2})(?:(?<spaced>\s\d{2}\s\d{2}\s\d{2}\s)|\d{6})[A-D](?![\w-])", RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex NinoCandidate();

    // A code of letters and digits, grouped or not: "K12345678", "D1234567", "12-3456789", "046 454 286", "501 22 3344".
    [GeneratedRegex(@"(?<![\w-])(?:[A-Z]{1,3}-?)?\d[\dA-Z]{0,11}(?:[ -]\d{2,9}){0,3}(?![\w-]|[.,]\d)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex DocumentCode();

    [GeneratedRegex(@"(?<![\w.,+/-])(?:(?<dashed>\d{3}-\d{2}-\d{4})|\d{3} \d{2} \d{4}|\d{9})(?![\w/-]|[.,]\d)", RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex SsnCandidate();

    [GeneratedRegex(@"(?<![\w.,+/-])(?:(?<written>\d{2}\.\d{2}\.\d{2}-\d{3}\.\d{2})|\d{6}[ -]?\d{3}[ -]?\d{2}|\d{2}\.\d{2}\.\d{2}[ -]\d{3}[ -.]\d{2})(?![\w/-]|[.,]\d)", RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex RegisterCandidate();
}

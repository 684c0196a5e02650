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
/// </list>
/// A number the text names as something else (order, ticket, case, ISBN) is none of these, and a span
/// another identifier (BSN, phone, card) already took is left to it.
/// Attributes: <c>scheme</c> (<c>ssn</c> or <c>rrn</c>), <c>value</c> (digits).
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

    [GeneratedRegex(@"(?<![\w.,+/-])(?:(?<dashed>\d{3}-\d{2}-\d{4})|\d{3} \d{2} \d{4}|\d{9})(?![\w/-]|[.,]\d)", RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex SsnCandidate();

    [GeneratedRegex(@"(?<![\w.,+/-])(?:(?<written>\d{2}\.\d{2}\.\d{2}-\d{3}\.\d{2})|\d{6}[ -]?\d{3}[ -]?\d{2}|\d{2}\.\d{2}\.\d{2}[ -]\d{3}[ -.]\d{2})(?![\w/-]|[.,]\d)", RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex RegisterCandidate();
}

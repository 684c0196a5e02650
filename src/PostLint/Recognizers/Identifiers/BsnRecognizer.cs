using System.Text.RegularExpressions;
using PostLint.Analysis;
using PostLint.Text;

namespace PostLint.Recognizers.Identifiers;

/// <summary>
/// Finds Dutch citizen service numbers (<see cref="EntityType.Bsn"/>): 9 digits, also written
/// <c>1234.56.782</c> or <c>123 456 782</c>, that pass the elfproef. One random 9-digit number in eleven
/// passes by chance, so context decides as well:
/// <list type="bullet">
/// <item>a BSN word nearby (<c>BSN</c>, <c>burgerservicenummer</c>, <c>sofinummer</c>, <c>citizen service number</c>)
/// gives <c>confidence=high</c>; a patient word (<c>patiënt</c>, <c>cliënt</c>, <c>meneer</c>…) gives <c>medium</c>;</item>
/// <item>a number named as something else (order, batch, lot, invoice, tracking, lottery, vacancy number) is no
/// BSN unless a BSN word is also there;</item>
/// <item>8 digits (a BSN with its leading zero dropped) count only next to a BSN word.</item>
/// </list>
/// Attributes: <c>value</c> (the 9 digits), <c>confidence</c> (<c>high</c>, <c>medium</c>, <c>low</c>).
/// </summary>
internal sealed partial class BsnRecognizer : Recognizer
{
    private static readonly ContextCues BsnWords = new(
        "bsn", "bsn nummer", "burgerservicenummer", "burgerservice nummer", "sofinummer", "sofi nummer", "sofi", "citizen service number", "social security number");

    private static readonly ContextCues PatientWords = new(
        "patient*", "client*", "meneer", "mevrouw", "dhr", "mw", "bewoner*", "zorgvrager", "verzekerde", "geboortedatum", "identiteit", "epd", "dossier");

    private static readonly ContextCues OtherNumberWords = new(
        "order*", "bestel*", "batch*", "lot", "lotnummer", "loten", "loterij*", "kerstloterij", "factuur*", "invoice*", "tracking*", "track", "zending*",
        "pakket*", "verzend*", "referentie*", "reference", "ref", "vacature*", "vacancy", "klantnummer", "artikel*", "serie*", "serial", "chargenummer",
        "registratienummer", "kenteken", "rekeningnummer", "lottery", "ticket*", "winning", "winnende", "prize", "parcel", "shipment", "product*", "code",
        "kenmerk", "betalingskenmerk", "betaalkenmerk", "transactie*", "transaction", "bon", "bonnummer", "receipt", "reservering*", "booking", "boeking*",
        "confirmation", "bevestiging*", "polis*", "policy", "klant*", "customer", "account", "pmid", "pubmed", "doi", "isbn", "issn", "nct", "kvk", "btw",
        "vat", "agb", "big", "uzi");

    public override IReadOnlyList<EntityType> Produces { get; } = [EntityType.Bsn];

    public override void Recognize(RecognitionContext context)
    {
        var text = context.Text;
        foreach (Match match in Candidate().Matches(text))
        {
            var digits = Checksums.DigitsOf(match.Value);
            if (!Checksums.IsElfproef(digits))
            {
                continue;
            }

            var sentence = (context.Index.ContextSentenceStart(match.Index), context.Index.ContextSentenceEnd(match.Index + match.Length));
            var before = Math.Max(sentence.Item1, match.Index - 60);
            var bsnWord = BsnWords.In(text, before, Math.Min(sentence.Item2, match.Index + match.Length + 30));
            if (!bsnWord && (digits.Length == 8 || OtherNumberWords.In(text, before, match.Index)))
            {
                continue;
            }

            var confidence = bsnWord ? "high" : PatientWords.In(text, sentence.Item1, sentence.Item2) ? "medium" : "low";
            context.Add(new Entity(EntityType.Bsn, new(match.Index, match.Index + match.Length), match.Value)
            {
                Attributes = new Dictionary<string, string>(StringComparer.Ordinal)
                {
                    ["value"] = digits.PadLeft(9, '0'),
                    ["confidence"] = confidence,
                },
            });
        }
    }

    [GeneratedRegex(@"(?<![\w.,+/-])(?:\d{9}|\d{8}|\d{4}\.\d{2}\.\d{3}|\d{3}([ .])\d{3}\1\d{3})(?![\w/-]|[.,]\d)", RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Candidate();
}

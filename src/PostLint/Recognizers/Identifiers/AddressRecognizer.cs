using System.Text.RegularExpressions;
using PostLint.Analysis;
using PostLint.Text;

namespace PostLint.Recognizers.Identifiers;

/// <summary>
/// Finds street addresses (<see cref="EntityType.Address"/>):
/// <list type="bullet">
/// <item>Dutch: a street name ending in a street word (<c>-straat</c>, <c>-laan</c>, <c>-weg</c>, <c>-plein</c>,
/// <c>-gracht</c>, <c>-kade</c>, <c>-singel</c>, <c>-dijk</c>, <c>-hof</c> …), possibly after capitalised
/// words (<c>Burgemeester de Withstraat</c>) or as <c>Laan van …</c>, followed by a house number with an
/// optional letter or addition (<c>12a</c>, <c>12-3</c>, <c>12 hs</c>, <c>88-II</c>, <c>4-2hg</c>), or the street word as a word
/// of its own after such a prefix (<c>Oude Gracht 311</c>, <c>Het Plein 2b</c>);</item>
/// <item>English: house number + capitalised name + street word (<c>14 Harbour Road</c>, <c>Flat 3, 14 Elm Road</c>), also with
/// an American direction or numbered street (<c>1021 N Highland Ave</c>, <c>400 W 59th St</c>),
/// a named house with its street (<c>Glebe Cottage, Denwick Lane</c>), and a street without number after <c>of</c>,
/// <c>on</c>, <c>in</c>, <c>from</c> (<c>of Elm Grove</c>).</item>
/// <item>in capitals, as forms print them: <c>KERKPAD 12</c>, <c>9 KING'S PARADE</c> (one word before a Dutch street word).</item>
/// </list>
/// <item>a PO box (<c>Postbus 118</c>, <c>P.O. Box 2291</c>, <c>Post Office Box 310</c>, <c>POB 4471</c>, <c>RR 2 Box 77</c>), with
/// attribute <c>kind</c> = <c>pobox</c>: most belong to organisations, so whose it is is the rule's to decide.</item>
/// A street name alone in Dutch (<c>de Kerkstraat</c>) names a street, not a home, and is not matched; a town
/// name inside a street name (<c>Utrechtseweg 12</c>) belongs to the address.
/// Attributes: <c>street</c>, <c>number</c> (absent for a street without number).
/// </summary>
internal sealed partial class AddressRecognizer : Recognizer
{
    // Famous streets that stand for an institution, not for someone's home.
    private static readonly HashSet<string> InstitutionStreets = new(StringComparer.OrdinalIgnoreCase)
    {
        "Downing Street", "Wall Street", "Harley Street", "Fleet Street", "Whitehall Place", "Abbey Road", "Great Ormond Street",
    };

    public override IReadOnlyList<EntityType> Produces { get; } = [EntityType.Address];

    public override void Recognize(RecognitionContext context)
    {
        var text = context.Text;
        var found = new DisjointSpans();
        // Most posts have no digit at all; the numbered patterns are the expensive ones, so skip them outright.
        var hasDigit = text.AsSpan().IndexOfAnyInRange('0', '9') >= 0;
        var candidates = hasDigit
            ? DutchAddress().Matches(text).Concat(EnglishAddress().Matches(text)).Concat(NamedHouse().Matches(text)).Concat(EnglishStreetWithoutNumber().Matches(text))
                .Concat(CapitalDutchAddress().Matches(text)).Concat(CapitalEnglishAddress().Matches(text)).Concat(PoBox().Matches(text))
            : NamedHouse().Matches(text).Concat(EnglishStreetWithoutNumber().Matches(text));
        foreach (var match in candidates)
        {
            var street = match.Groups["street"].Value;
            var span = new Diagnostics.TextSpan(match.Index, match.Index + match.Length);
            if (InstitutionStreets.Contains(street) || found.Overlaps(span))
            {
                continue;
            }

            found.Add(span);
            var attributes = new Dictionary<string, string>(StringComparer.Ordinal) { ["street"] = street };
            if (match.Groups["number"].Success)
            {
                attributes["number"] = match.Groups["number"].Value;
            }

            if (match.Groups["box"].Success)
            {
                attributes["kind"] = PoBoxKind;
            }

            context.Add(new Entity(EntityType.Address, span, match.Value) { Attributes = attributes });
        }
    }

    private const string DutchStreetWord =
        "straat|straatweg|laan|weg|plein|gracht|kade|singel|dijk|hof|dreef|steeg|pad|plantsoen|markt|baan|wal|haven|allee|boulevard|zijde|hoeve|akker|gaarde|veld|weide|burcht|vaart|kanaal|achterom|wetering|dyk" +
        // abbreviations in letters and records: Dorpsstr 12, Kerkln 7, Molenwg 3
        @"|str\.?|ln\.?|wg\.?";

    // Capitalised words that open multi-word Dutch street names (Burgemeester de Withstraat, Jan van Galenstraat, Oude Kerkstraat).
    private const string DutchStreetPrefix =
        "Burgemeester|Burg|Dokter|Dr|Professor|Prof|Pastoor|Pater|Dominee|Meester|Mr|Generaal|Kapitein|Admiraal|Graaf|Gravin|Koning|Koningin|Prins|Prinses|Hertog|Sint|St|" +
        DutchStreetAdjective + "|Van|De|Den|Ter|Ten|" +
        "Jan|Willem|Pieter|Johan|Hendrik|Frans|Karel|Anna|Maria|Cornelis|Jacob|Jacobus|Gerrit|Jozef|Frederik|Laurens|Johannes|Thomas|Vincent|Rembrandt|Anne|Aletta";

    // The adjectives of place a street name opens with; they can stand before a street word of its own ("Oude Gracht").
    private const string DutchStreetAdjective =
        "Oude|Nieuwe|Korte|Lange|Hoge|Lage|Grote|Kleine|Noord|Zuid|Oost|West|Noorder|Zuider|Ooster|Wester|Achter|Binnen|Buiten|Boven|Beneden";

    private const string HouseNumber = @"(?<number>(?!(?:19|20)\d\d(?!\d))\d{1,4}(?:\s?[a-zA-Z](?![\w])|-\d{1,3}|/\d{1,3}|[\s-](?:hs|bis|I{1,3}|[1-9]?hg)(?![\w]))?)";

    // Optional capitalised (or particle) words, then a capitalised word ending in a street word, then the number.
    [GeneratedRegex(
        @"(?<![\w-])(?<street>(?:(?:" + DutchStreetPrefix + @")\.?\s(?:(?:" + DutchStreetPrefix + @"|[A-Z]\.|van|de|der|den|het|'t|ter|ten|op|aan|in)\.?\s){0,2})?[A-Z][\p{Ll}'’-]*(?:" + DutchStreetWord + @")|Laan\s(?:van|der|de)\s(?:[A-Za-z][\p{Ll}'’-]+\s?){1,3}?" +
        // the street word as a word of its own after a prefix: "Oude Gracht 311", "Nieuwe Markt 4", "Het Plein 2b"
        @"|(?:" + DutchStreetAdjective + @"|Het)\s(?=\p{Lu})(?i:" + DutchStreetWord + @"))\s" + HouseNumber + @"(?![\w-]|[.,]\d|\s?(?:jaar|uur|km|meter|m\b|minuten|min))",
        RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex DutchAddress();

    private const string EnglishStreetWord =
        "Street|St|Road|Rd|Lane|Ln|Avenue|Ave|Drive|Close|Grove|Crescent|Way|Place|Court|Gardens|Terrace|Square|Row|Walk|Mews|Rise|Hill|Parade|Green|Park|Boulevard|Vale|View|End";

    [GeneratedRegex(
        @"(?<![\w-])(?:(?:Flat|Apartment|Apt|Unit)\s\d{1,4}[A-Za-z]?,?\s)?(?<number>(?!(?:19|20)\d\d(?!\d))\d{1,5}[A-Za-z]?)\s(?<street>(?:[NSEW]\.?\s|N[EW]\s|S[EW]\s)?(?:(?:[A-Z][\p{Ll}'’-]+|\d{1,3}(?:st|nd|rd|th))\s){1,3}(?:" + EnglishStreetWord + @"))\b",
        RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex EnglishAddress();

    // Forms and labels in capitals: "KERKPAD 12", "ZEEWEG 77A", "9 KING'S PARADE". One word before the street word, so that
    // a shouted sentence ("WOONT OP DE KERKSTRAAT 5") gives the street and not the words before it.
    [GeneratedRegex(
        @"(?<![\w-])(?<street>[A-Z][A-Z'’-]*(?i:" + DutchStreetWord + @"))\s" + HouseNumber + @"(?![\w-]|[.,]\d)",
        RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex CapitalDutchAddress();

    [GeneratedRegex(
        @"(?<![\w-])(?<number>(?!(?:19|20)\d\d(?!\d))\d{1,4}[A-Z]?)\s(?<street>(?:[A-Z][A-Z'’-]+\s){1,3}(?i:" + EnglishStreetWord + @"))(?![\w-])",
        RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex CapitalEnglishAddress();

    // A house with a name instead of a number, and its street: "Glebe Cottage, Denwick Lane", "Rose Farm, Mill Road".
    // The street is required: "Ronald McDonald House" alone is an institution.
    [GeneratedRegex(
        @"(?<![\w-])(?<street>(?:[A-Z][\p{Ll}'’-]+\s){1,2}(?:Cottage|Cottages|Farm|Farmhouse|Lodge|Barn|Manor|Villa|Bungalow|Grange|House),\s(?:[A-Z][\p{Ll}'’-]+\s){1,2}(?:Street|Road|Lane|Avenue|Drive|Close|Grove|Crescent|Terrace|Gardens|Mews|Way))\b",
        RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex NamedHouse();

    /// <summary>The <c>kind</c> attribute of a PO box.</summary>
    public const string PoBoxKind = "pobox";

    // "Postbus 118", "P.O. Box 2291", "PO Box 9", "Post Office Box 310", "POB 4471", a rural route's "RR 2 Box 77". A bare "Box 77"
    // is left alone: a box in a store room or a form's tick box reads the same.
    [GeneratedRegex(
        @"(?<![\w-])(?<street>(?<box>(?i:post\s?bus|p\.\s?o\.\s?box|po\s?box|post\soffice\sbox)|POB|RR\s?\d{1,3}\sBox))\s(?<number>\d{1,6})(?![\w-]|[.,]\d)",
        RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex PoBox();

    // "of Elm Grove", "on Harbour Road": only the unambiguous residential street words.
    [GeneratedRegex(
        @"(?<=\b(?:of|on|in|from|at|lives|living)\s)(?<street>(?:[A-Z][\p{Ll}'’-]+\s){1,2}(?:Street|Road|Lane|Avenue|Drive|Close|Grove|Crescent|Terrace|Gardens|Mews))\b",
        RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex EnglishStreetWithoutNumber();
}

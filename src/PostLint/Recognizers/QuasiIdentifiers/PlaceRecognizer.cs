using System.Text.RegularExpressions;
using PostLint.Analysis;
using PostLint.Recognizers.Identifiers;
using PostLint.Text;

namespace PostLint.Recognizers.QuasiIdentifiers;

/// <summary>
/// Finds places with their population (<see cref="EntityType.Place"/>): Dutch municipalities, towns, villages,
/// Wadden islands, provinces and regions (<c>rules/lexicons/places/nl-places.tsv</c>), places abroad
/// (<c>world-places.tsv</c>) and vague places (<c>een dorp hier in de buurt</c>, <c>our small town</c>,
/// <c>in de regio</c>). A name must be capitalised as in the list; names that are also ordinary words or common
/// names (Best, Goes, Epe, Mill, Bergen ...) count only after a place preposition (<c>in</c>, <c>uit</c>,
/// <c>te</c>, <c>from</c> ...). Names inside street names, postcodes, addresses, institutions
/// (<c>UMC Utrecht</c>, <c>University of Leeds</c>: the institution carries the town) and sports clubs
/// (<c>PEC Zwolle</c>, <c>Leeds United</c>) are not places of their own, and neither are names inside a listed health
/// body, hospital or medium (<c>Isala Zwolle</c>, <c>Antonius Sneek</c>, <c>Omroep Zeeland</c>; see <see cref="HealthBodies"/>).
/// Attributes: <c>population</c>, <c>region</c> (province or wider region, used to generalise), <c>kind</c>
/// (municipality, town, village, island, province, region, country, city, county, vague), <c>low</c>/<c>high</c>
/// for vague places, and <c>locates</c>=<c>institution</c> when the place only says where a hospital or practice
/// is ("ons ziekenhuis in Kampen").
/// </summary>
internal sealed partial class PlaceRecognizer : Recognizer
{
    private static readonly Lazy<TermMatcher> Matcher = new(() => new TermMatcher(
        [.. Lexicon.Load("lexicons/places/nl-places.tsv"), .. Lexicon.Load("lexicons/places/world-places.tsv")]));

    private static readonly HashSet<string> PlacePrepositions = new(StringComparer.Ordinal)
    {
        "in", "uit", "te", "bij", "van", "naar", "rond", "nabij", "richting", "from", "near", "outside", "of", "at", "around", "to", "buiten", "op",
    };

    private static readonly HashSet<string> StreetWords = new(StringComparer.Ordinal)
    {
        "straat", "weg", "laan", "plein", "kade", "dijk", "singel", "gracht", "road", "street", "lane", "avenue", "way", "close", "drive", "crescent",
    };

    private static readonly HashSet<string> ClubWords = new(StringComparer.Ordinal)
    {
        "united", "city", "town", "rovers", "athletic", "wanderers", "albion", "county", "fc", "rangers", "hotspur",
    };

    // Every vague place ("ons dorp", "a small town", "in de regio") contains one of these; its pattern, which tests
    // every position of the text, is skipped without one.
    private static readonly KeywordGate VagueGate = new("dorp", "village", "gehucht", "hamlet", "stadje", "town", "eiland", "island", "regio", "region", "area", "omgeving", "buurt");
    private static readonly IEnumerable<Match> NoMatches = [];

    public override IReadOnlyList<EntityType> Produces { get; } = [EntityType.Place];

    public override IEnumerable<WordList> WordLists => [HealthBodies.Names];

    public override void Recognize(RecognitionContext context)
    {
        var text = context.Text;
        var tokens = context.Index.Tokens;
        var organisations = new SpanLookup(HealthBodies.In(context.Index).Select(m => m.Span));
        foreach (var match in Matcher.Value.Matches(tokens))
        {
            if (organisations.Overlaps(match.Span) || !IsPlace(context, tokens, match))
            {
                continue;
            }

            var entry = match.Term;
            var attributes = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["population"] = entry.Column(0) ?? "0",
                ["region"] = entry.Column(1) ?? string.Empty,
                ["kind"] = entry.Column(2) ?? "town",
            };
            if (LocatesInstitution().IsMatch(text.AsSpan(Math.Max(0, match.Span.Start - 40), Math.Min(40, match.Span.Start))))
            {
                attributes["locates"] = "institution";
            }

            context.Add(new Entity(EntityType.Place, match.Span, text[match.Span.Start..match.Span.End]) { Attributes = attributes });
        }

        // The places named so far; vague ones found here do not overlap each other.
        var named = new SpanLookup(context.Entities.Where(e => e.Type == EntityType.Place).Select(e => e.Span));
        foreach (Match m in VagueGate.MayMatch(text) ? VaguePlace().Matches(text) : NoMatches)
        {
            var span = new Diagnostics.TextSpan(m.Index, m.Index + m.Length);
            if (named.Overlaps(span))
            {
                continue;
            }

            var (low, high, kind) = m.Groups["village"].Success ? ("300", "5000", "village")
                : m.Groups["town"].Success ? ("5000", "30000", "town")
                : m.Groups["island"].Success ? ("1000", "15000", "island")
                : ("100000", "1000000", "region");
            context.Add(new Entity(EntityType.Place, span, m.Value)
            {
                Attributes = new Dictionary<string, string> { ["population"] = low, ["low"] = low, ["high"] = high, ["kind"] = "vague", ["region"] = kind },
            });
        }
    }

    private static bool IsPlace(RecognitionContext context, IReadOnlyList<Token> tokens, TermMatch match)
    {
        // Capitalised as in the list: "Best" is a place, "best" is not; "het noorden" is listed in lower case.
        var entryWords = Tokenizer.Tokenize(match.Term.Term);
        for (var k = 0; k < match.TokenCount && k < entryWords.Count; k++)
        {
            if (entryWords[k].IsCapitalized && !tokens[match.FirstToken + k].IsCapitalized)
            {
                return false;
            }
        }

        var previous = match.FirstToken > 0 ? tokens[match.FirstToken - 1] : (Token?)null;
        var next = match.FirstToken + match.TokenCount < tokens.Count ? tokens[match.FirstToken + match.TokenCount] : (Token?)null;
        var text = context.Text;

        if (match.Term.Column(3) == "ambiguous" && (previous is null || !PlacePrepositions.Contains(previous.Value.Normalized)))
        {
            return false;
        }

        // Part of a hyphenated or dotted word ("Leeds-based", "amsterdam.nl"), a hashtag or a handle.
        if ((match.Span.Start > 0 && text[match.Span.Start - 1] is '-' or '#' or '@' or '.' or '/')
            || (match.Span.End < text.Length && text[match.Span.End] is '-' or '@' or '/' || (match.Span.End + 1 < text.Length && text[match.Span.End] == '.' && char.IsLetter(text[match.Span.End + 1]))))
        {
            return false;
        }

        if (next is { } n && (StreetWords.Contains(n.Normalized) || ClubWords.Contains(n.Normalized)))
        {
            return false;
        }

        // Club prefixes: PEC Zwolle, FC Twente, SC Heerenveen, AZ, NAC Breda, RKC Waalwijk.
        if (previous is { } p && p.IsAllCaps && p.Value.Length <= 4 && p.Span.End == match.Span.Start - 1)
        {
            return false;
        }

        return !context.Overlaps(match.Span, EntityType.Institution, EntityType.Address, EntityType.Postcode, EntityType.Person, EntityType.Email, EntityType.Url, EntityType.Handle);
    }

    [GeneratedRegex(@"(?:ziekenhuis|streekziekenhuis|hospital|praktijk|practice|kliniek|clinic|unit|afdeling|ward|verpleeghuis|zorgcentrum|hospice|huisartsenpost|centre|center|\b(?:bij|at)\s+ons)\s+(?:in|te|at|of)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex LocatesInstitution();

    [GeneratedRegex(@"\b(?:(?<village>(?:een|ons|het|a|our|the)\s+(?:klein\s+|kleine\s+|small\s+|tiny\s+|little\s+)?(?:dorp|dorpje|village|gehucht|hamlet)(?:\s+hier\s+in\s+de\s+buurt|\s+(?:near|nearby|close\s+by))?)|(?<town>(?:ons|een|our|a)\s+(?:stadje|small\s+town|little\s+town))|(?<island>(?:ons|het|een|our|the|an)\s+(?:eiland|island))|(?<region>(?:in|uit|from)\s+(?:de|onze|our|the)\s+(?:regio|region|area|omgeving|buurt)))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex VaguePlace();
}

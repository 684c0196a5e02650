using System.Globalization;
using System.Text.RegularExpressions;
using PostLint.Analysis;
using PostLint.Text;

namespace PostLint.Recognizers.QuasiIdentifiers;

/// <summary>
/// Finds notable events that happened to someone (<see cref="EntityType.Event"/>): multiple births
/// (<c>een vierling geboren</c>, <c>delivered twins</c>, <c>conjoined twins</c>), births and deaths, accidents
/// (<c>quad bike rollover</c>, <c>val van de hooizolder</c>, <c>fall from a ladder</c>, fires, stabbings), events
/// the news will have covered (<c>onderuit op de N381 bij Donkerbroek</c>, <c>collapse at the Bristol Half
/// Marathon</c>, <c>het busongeluk in ...</c>) and records (<c>de jongste harttransplantatiepatiënt ooit</c>,
/// <c>for the first time in Manchester</c>, <c>the first case ... in forty years</c>).
/// Attributes: <c>rate</c> (chance per person per year that it happens to someone) for ordinary events;
/// <c>named</c>=<c>true</c> with <c>involved</c> (low-high number of people) for an event the public can look up;
/// <c>unique</c>=<c>true</c> for a record or a first, with <c>care</c>=<c>true</c> for the first to receive a treatment; <c>general</c>, a neutral wording offered as a fix.
/// </summary>
internal sealed partial class EventRecognizer : Recognizer
{
    private static readonly (string Stem, double Rate)[] MultipleBirths =
    [
        ("siamese", 5e-8), ("conjoined", 5e-8), ("vijfling", 1e-9), ("quintuplet", 1e-9), ("vierling", 6e-8), ("quadruplet", 6e-8),
        ("drieling", 2e-6), ("triplet", 2e-6), ("tweeling", 1.5e-4), ("twins", 1.5e-4),
    ];

    private static readonly (string Stem, double Rate)[] Accidents =
    [
        ("hooizolder", 2e-5), ("hayloft", 2e-5), ("dak", 1e-4), ("roof", 1e-4), ("paard", 2e-4), ("horse", 2e-4), ("steiger", 1e-4),
        ("scaffold", 1e-4), ("balkon", 5e-5), ("balcony", 5e-5), ("quad", 2e-5), ("blikseminslag", 1e-6), ("lightning", 1e-6),
        ("verdrinking", 2e-5), ("drowning", 2e-5), ("vuurwerk", 7e-5), ("firework", 7e-5), ("hondenbeet", 1e-4), ("dog", 1e-4),
        ("steekpartij", 5e-5), ("neergestoken", 5e-5), ("stab", 5e-5), ("schietpartij", 1e-5), ("neergeschoten", 1e-5), ("shot", 1e-5),
        ("shooting", 1e-5), ("explosie", 1e-5), ("explosion", 1e-5), ("brand", 1e-4), ("fire", 1e-4), ("motor", 2e-4),
        ("ladder", 5e-4), ("trap", 5e-4), ("stairs", 5e-4),
    ];

    // Each pattern tests every position of the text; a gate skips one when the text lacks every piece its matches
    // need, which leaves the findings as they were.
    private static readonly IEnumerable<Match> NoMatches = [];
    private static readonly KeywordGate RecordGate = new("ooit", "ever");
    private static readonly KeywordGate FirstGate = new("eerst", "first");
    private static readonly KeywordGate MultipleBirthGate = new("ling", "twin", "plets");
    private static readonly KeywordGate BirthGate = new("geboren", "born", "bevallen");
    private static readonly KeywordGate AccidentGate = new(
        "val", "fall", "fell", "viel", "quad", "bliksem", "lightning", "verdrinking", "drowning", "vuurwerk", "firework", "hondenbeet",
        "dog", "steek", "neerge", "stab", "schiet", "shot", "explosi", "brand", "fire", "motor", "ongeluk", "crash", "traffic");

    private static readonly char[] RoadLetters = ['A', 'N', 'M'];

    public override IReadOnlyList<EntityType> Produces { get; } = [EntityType.Event];

    public override void Recognize(RecognitionContext context)
    {
        var text = context.Text;
        var dutch = context.Language != PostLanguage.English;
        var found = new List<Entity>();
        var taken = new DisjointSpans();
        void Add(Match m, Dictionary<string, string> attributes)
        {
            var span = new Diagnostics.TextSpan(m.Index, m.Index + m.Length);
            if (taken.Overlaps(span) || context.Overlaps(span, EntityType.Person, EntityType.Email, EntityType.Url, EntityType.Handle, EntityType.DateOfBirth))
            {
                return;
            }

            taken.Add(span);
            found.Add(new Entity(EntityType.Event, span, m.Value) { Attributes = attributes });
        }

        var accident = dutch ? "een ongeval" : "an accident";
        var first = FirstGate.MayMatch(text);
        foreach (var (pattern, open) in new[] { (Record(), RecordGate.MayMatch(text)), (FirstInPlace(), first), (FirstCase(), first) })
        {
            foreach (Match m in open ? pattern.Matches(text) : NoMatches)
            {
                Add(m, new() { ["unique"] = "true", ["involved"] = "1-1", ["general"] = dutch ? "een bijzondere casus" : "a remarkable case" });
            }
        }

        // Receiving a treatment is care by itself: the post needs no other care word to be about a patient.
        foreach (Match m in FirstRecipient().Matches(text))
        {
            Add(m, new() { ["unique"] = "true", ["involved"] = "1-1", ["care"] = "true", ["general"] = dutch ? "een patiënt" : "a patient" });
        }

        // A road accident or a collapse at a public event involves one to three people; a fire or a bus crash the
        // news reports on can involve up to twenty.
        foreach (var (pattern, open, involved) in new[] { (RoadAccident(), HasRoadNumber(text), "1-3"), (PublicEvent(), true, "1-3"), (KnownIncident(), true, "1-20"), (IncidentVictims(), true, "1-20") })
        {
            foreach (Match m in open ? pattern.Matches(text) : NoMatches)
            {
                Add(m, new() { ["named"] = "true", ["involved"] = involved, ["general"] = accident });
            }
        }

        foreach (Match m in MultipleBirthGate.MayMatch(text) ? MultipleBirth().Matches(text) : NoMatches)
        {
            var lower = m.Value.ToLowerInvariant();
            var rate = MultipleBirths.First(b => lower.Contains(b.Stem, StringComparison.Ordinal)).Rate;
            Add(m, new() { ["rate"] = Format(rate), ["general"] = dutch ? "een baby" : "a baby" });
        }

        foreach (Match m in AccidentGate.MayMatch(text) ? AccidentPattern().Matches(text) : NoMatches)
        {
            var lower = m.Value.ToLowerInvariant();
            var rate = Accidents.FirstOrDefault(a => lower.Contains(a.Stem, StringComparison.Ordinal)).Rate;
            Add(m, new() { ["rate"] = Format(rate == 0 ? 1e-3 : rate), ["general"] = accident });
        }

        if (!found.Any(e => e.Attribute("general") is "een baby" or "a baby"))
        {
            foreach (Match m in BirthGate.MayMatch(text) ? Birth().Matches(text) : NoMatches)
            {
                Add(m, new() { ["rate"] = Format(0.009), ["general"] = m.Value });
            }
        }

        foreach (var entity in found)
        {
            context.Add(entity);
        }
    }

    private static string Format(double value) => value.ToString("G3", CultureInfo.InvariantCulture);

    // A road number: 'A', 'N' or 'M' and a digit.
    private static bool HasRoadNumber(string text)
    {
        for (var i = text.IndexOfAny(RoadLetters); i >= 0 && i + 1 < text.Length; i = text.IndexOfAny(RoadLetters, i + 1))
        {
            if (char.IsDigit(text[i + 1]))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"\b(?:de|het|the)\s+(?:jongste|oudste|eerste|youngest|oldest|first)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?\s+(?:ooit|ever)(?:\s+(?:in|van)\s+(?:Nederland|ons\s+land|the\s+UK|the\s+country|\p{Lu}[\p{L}-]+))?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Record();

    [GeneratedRegex(@"\b(?:voor\s+het\s+eerst|for\s+the\s+first\s+time)\s+(?:ooit\s+|ever\s+)?in\s+(?:Nederland|ons\s+land|the\s+UK|the\s+country|\p{Lu}[\p{L}-]+)", RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex FirstInPlace();

    [GeneratedRegex(@"\b(?:(?:the\s+)?first\s+(?:case|patient)\b[^.!?\n]{0,50}?\bin\s+(?:\d+|[a-z]+(?:-[a-z]+)?)\s+(?:years|decades)|(?:het\s+)?eerste\s+(?:geval|patiënt)\b[^.!?\n]{0,50}?\bin\s+(?:\d+|[a-z]+)\s+(?:jaar|decennia))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex FirstCase();

    // "de eerste patiënt in Friesland die …", "the first child in Wales to receive …": one person, whom the local news named.
    // Only a person: "the first hospital in Wales to offer" is an institution, "the first patients" a group.
    [GeneratedRegex(@"\b(?:(?:de|het)\s+eerste\s+(?:[\p{L}-]+\s+)?(?:patiënte?|patient|kind|kindje|baby|jongen|jongetje|meisje|man|vrouw|tiener|persoon|pasgeborene|moeder|vader)\s+(?:in|uit|van)\s+(?:Nederland|België|\p{Lu}[\p{L}-]+)(?=\s+(?:die|dat)\b)|the\s+first\s+(?:[\p{L}-]+\s+)?(?:patient|child|baby|boy|girl|man|woman|teenager|person|toddler|newborn|mother|father)(?:\s+(?:in|from)\s+(?:the\s+UK|\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?))?(?=\s+(?:ever\s+)?to\s+(?:receive|undergo|get|have|be\s+(?:given|treated|fitted))\b))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex FirstRecipient();

    // "the four people injured when the pier collapsed in Whitstable", "gewonden van de brand in een flat in Zaandam": the
    // victims of an incident the local news covered, a crowd of a handful.
    [GeneratedRegex(@"\b(?:injured|hurt|wounded|gewonden|gewond|slachtoffers?|victims?)\b[^.!?\n]{0,50}?\b(?:collapsed|collapse|ingestort|instortte|explosion|explosie|exploded|ontploffing|brand|fire|blaze|crash|crashed|overturned|kantelde|derailed|ontspoorde)\b[^.!?\n]{0,25}?\b(?:in|near|at|bij|op|te)\s+\p{Lu}[\p{L}'-]+", RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex IncidentVictims();

    // "onderuit op de N381 bij Donkerbroek", "crash on the A1(M)", "collision on the M6 near Kendal".
    [GeneratedRegex(@"\b(?:ongeluk|ongeval|aanrijding|botsing|crash|onderuit|verongelukt|accident|collision|rollover|pile-?up|crashed|came\s+off)\b[^.!?\n]{0,40}?\b(?:op|on)\s+(?:de\s+|the\s+)?[ANM]\d{1,3}\b(?:\s+(?:bij|near|at)\s+\p{Lu}[\p{L}-]+)?", RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex RoadAccident();

    // "collapse at the Bristol Half Marathon", "onwel tijdens de Dam tot Damloop".
    [GeneratedRegex(@"\b(?:collapse[ds]?|collapsing|ingestort|onwel|cardiac\s+arrest|hartstilstand|injured|gewond|fell|gevallen)\b[^.!?\n]{0,30}?\b(?:at|during|tijdens|bij)\s+(?:the|de|het)\s+(?:\p{Lu}[\p{L}'-]+\s+){1,4}(?:[Hh]alf\s+|[Hh]alve\s+)?(?:Marathon|marathon|Festival|festival|Run|Loop|loop|Triathlon|triathlon|Parade|Optocht|optocht|Concert|concert|Final|Finale)\b", RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex PublicEvent();

    [GeneratedRegex(@"\b(?:de|het|the)\s+(?:busongeluk|treinongeluk|vliegtuigongeluk|brand|ramp|schietpartij|steekpartij|explosie|bus\s+crash|train\s+crash|fire|shooting|stabbing|explosion)\s+(?:in|op|bij|at|on)\s+(?:de\s+|het\s+|the\s+)?\p{Lu}[\p{L}'-]+", RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex KnownIncident();

    [GeneratedRegex(@"\b(?:(?:een|a)\s+)?(?:siamese\s+tweeling|conjoined\s+twins|vijfling|vierling|drieling|tweeling|quintuplets|quadruplets|triplets|twins)\b(?=[^.!?\n]{0,60}\b(?:geboren|born|bevallen|delivered|separated|gescheiden|welcomed|arrived)\b)|\b(?:geboren|born|bevallen\s+van|delivered|separated|gescheiden)\b[^.!?\n]{0,30}?\b(?:(?:een|a)\s+)?(?:siamese\s+tweeling|conjoined\s+twins|vijfling|vierling|drieling|tweeling|quintuplets|quadruplets|triplets|twins)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex MultipleBirth();

    [GeneratedRegex(@"\b(?:(?:val|fall|fell|gevallen|viel)\s+(?:van|from|off)\s+(?:de\s+|het\s+|een\s+|a\s+|the\s+|his\s+|her\s+|zijn\s+|haar\s+)?(?:hooizolder|hayloft|ladder|trap|steiger|dak|paard|roof|scaffold(?:ing)?|horse|balkon|balcony|stairs)|quad(?:\s+bike)?\s+(?:rollover|crash|accident)|quad-?ongeluk|blikseminslag|struck\s+by\s+lightning|(?:bijna-)?verdrinking|near-drowning|vuurwerkongeluk|fireworks?\s+injury|hondenbeet|dog\s+attack|steekpartij|neergestoken|stabbed|stabbing|schietpartij|neergeschoten|shot\s+in|explosie|explosion|woningbrand|house\s+fire|motorongeluk|motorcycle\s+(?:accident|crash)|verkeersongeluk|auto-ongeluk|car\s+crash|road\s+traffic\s+(?:accident|collision))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex AccidentPattern();

    // A birth, not a date-of-birth statement ("geboren op 3 maart 1925", "born 14/02/1927").
    [GeneratedRegex(@"\b(?:geboren|born|bevallen)\b(?!\s+(?:op|on|in)?\s*\d)(?!\s+\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Birth();
}

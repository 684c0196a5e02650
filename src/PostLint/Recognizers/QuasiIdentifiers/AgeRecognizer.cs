using System.Globalization;
using System.Text.RegularExpressions;
using PostLint.Analysis;
using PostLint.Text;

namespace PostLint.Recognizers.QuasiIdentifiers;

/// <summary>
/// Finds a person's age or age band (<see cref="EntityType.Age"/>): <c>87-jarige</c>, <c>87 jaar oud</c>,
/// <c>(87)</c>, <c>Bos, 82,</c>, <c>aged 87</c>, <c>87-year-old</c>, <c>58yo</c>, <c>in her eighties</c>,
/// <c>tachtiger</c>, <c>van in de negentig</c>, <c>95e verjaardag</c>, <c>11 dagen oud</c>, written numbers
/// (<c>vierennegentigjarige</c>, <c>ninety-four-year-old</c>) and vague bands (<c>oudere</c>, <c>elderly</c>,
/// <c>tiener</c>, <c>60+</c>). Durations and anniversaries (<c>10 jaar geleden</c>, <c>al 23 jaar werkzaam</c>,
/// <c>25-jarig jubileum</c>, <c>a 2-year-old company</c>) are not ages.
/// Attributes: <c>value</c> (one year of age) or <c>low</c>/<c>high</c> (a band, inclusive);
/// <c>precisionDays</c> for babies aged in days, weeks or months; <c>subject</c>=<c>author</c> when the
/// author gives their own age; <c>group</c>=<c>true</c> for the age of many people ("patiënten van 70 jaar en ouder",
/// "ouderen", "women aged 30 to 45").
/// </summary>
internal sealed partial class AgeRecognizer : Recognizer
{
    private const int OldestAge = 110;

    private static readonly HashSet<string> NotPersonNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "jubileum", "bestaan", "huwelijk", "dienstverband", "contract", "verband", "programma", "plan", "onderzoek", "traject",
        "bedrijf", "gebouw", "pand", "huis", "praktijk", "ziekenhuis", "company", "building", "anniversary", "business", "practice",
        "hospital", "program", "programme", "plan", "study", "contract", "warranty", "garantie", "lidmaatschap", "membership",
    };

    public override IReadOnlyList<EntityType> Produces { get; } = [EntityType.Age];

    public override void Recognize(RecognitionContext context)
    {
        var text = context.Text;
        var found = new List<Entity>();
        var taken = new DisjointSpans();

        void Add(Match match, Group span, int low, int high, string? precisionDays = null, bool own = false)
        {
            if (low < 0 || high > OldestAge + 5 || low > high)
            {
                return;
            }

            var entitySpan = new Diagnostics.TextSpan(span.Index, span.Index + span.Length);
            if (taken.Overlaps(entitySpan)
                || context.Overlaps(entitySpan, EntityType.DateOfBirth, EntityType.Date, EntityType.Postcode, EntityType.Address, EntityType.Phone, EntityType.IdNumber))
            {
                return;
            }

            var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
            if (low == high)
            {
                attributes["value"] = low.ToString(CultureInfo.InvariantCulture);
            }
            else
            {
                attributes["low"] = low.ToString(CultureInfo.InvariantCulture);
                attributes["high"] = high.ToString(CultureInfo.InvariantCulture);
            }

            if (precisionDays is not null)
            {
                attributes["precisionDays"] = precisionDays;
            }

            if (own || Cues.IsSelfReference(text, span.Index))
            {
                attributes["subject"] = "author";
            }

            if (IsGroupAge(text, entitySpan))
            {
                attributes["group"] = "true";
            }

            taken.Add(entitySpan);
            found.Add(new Entity(EntityType.Age, entitySpan, text[entitySpan.Start..entitySpan.End]) { Attributes = attributes });
        }

        // Most of the patterns need an age in digits; each tests every position of the text, so they are skipped
        // when there is no digit at all.
        var hasDigit = KeywordGate.HasDigit(text);
        // Both forms of a baby's age name its unit (days, weeks or months).
        if ((Mentions(text, "oud") || Mentions(text, "old") || Mentions(text, "baby") || Mentions(text, "maand") || Mentions(text, "weken") || Mentions(text, "dagen"))
            && BabyUnitGate.MayMatch(text))
        {
            foreach (Match m in Baby().Matches(text))
            {
                var unit = m.Groups["unit"].Value.ToLowerInvariant();
                var days = unit.StartsWith('d') ? "1" : unit.StartsWith('w') ? "7" : "30";
                Add(m, m.Groups["of"].Success ? m.Groups["of"] : m.Groups[0], 0, 0, days);
            }
        }

        foreach (Match m in Newborn().Matches(text))
        {
            Add(m, m.Groups[0], 0, 0, "30");
        }

        if (Mentions(text, "jarig"))
        {
            foreach (Match m in DutchAdjective().Matches(text))
            {
                if (NumberWords.Parse(m.Groups["n"].Value) is { } n && !NotPersonNouns.Contains(NextWord(text, m.Index + m.Length)))
                {
                    Add(m, m.Groups[0], n, n);
                }
            }
        }

        if (Mentions(text, "old") && (Mentions(text, "year") || Mentions(text, "yr")))
        {
            foreach (Match m in EnglishYearsOld().Matches(text))
            {
                if (NumberWords.Parse(m.Groups["n"].Value) is { } n && !NotPersonNouns.Contains(NextWord(text, m.Index + m.Length)))
                {
                    Add(m, m.Groups[0], n, n);
                }
            }
        }

        foreach (Match m in hasDigit ? ShortYears().Matches(text) : NoMatches)
        {
            if (NumberWords.Parse(m.Groups["n"].Value) is { } n)
            {
                Add(m, m.Groups[0], n, n);
            }
        }

        if (Mentions(text, "jaar") || Mentions(text, "jr"))
        {
            foreach (Match m in DutchJaarOud().Matches(text))
            {
                if (NumberWords.Parse(m.Groups["n"].Value) is { } n && !NotPersonNouns.Contains(NextWord(text, m.Index + m.Length)))
                {
                    Add(m, m.Groups[0], n, n);
                }
            }
        }

        if (Mentions(text, "verjaardag") || Mentions(text, "birthday"))
        {
            foreach (Match m in Birthday().Matches(text))
            {
                if (NumberWords.Parse(m.Groups["n"].Value) is { } n)
                {
                    Add(m, m.Groups[0], n, n);
                }
            }
        }

        foreach (Match m in hasDigit ? AgedOrTurns().Matches(text) : NoMatches)
        {
            if (NumberWords.Parse(m.Groups["n"].Value) is { } n && (n >= 40 || m.Groups["aged"].Success))
            {
                Add(m, m.Groups[0], n, n);
            }
        }

        foreach (Match m in hasDigit ? Parenthesised().Matches(text) : NoMatches)
        {
            var n = int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture);
            Add(m, m.Groups[0], n, n);
        }

        foreach (Match m in hasDigit ? BetweenCommas().Matches(text) : NoMatches)
        {
            var n = int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture);
            if (n >= 2)
            {
                Add(m, m.Groups["n"], n, n);
            }
        }

        foreach (Match m in hasDigit ? PersonOfAge().Matches(text) : NoMatches)
        {
            var n = int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture);
            var other = m.Groups["m"].Success ? int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture) : n;
            Add(m, m.Groups["age"], Math.Min(n, other), Math.Max(n, other));
        }

        foreach (Match m in hasDigit ? SelfStated().Matches(text) : NoMatches)
        {
            var n = int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture);
            Add(m, m.Groups["n"], n, n);
        }

        if (Mentions(text, "tig"))
        {
            foreach (Match m in DutchDecade().Matches(text))
            {
                if (DecadeBand(m.Groups["tens"].Value, m.Groups["part"].Value) is var (low, high))
                {
                    Add(m, m.Groups[0], low, high, own: m.Groups["own"].Success);
                }
            }
        }

        if (Mentions(text, "ties") || Mentions(text, "0s") || Mentions(text, "0's"))
        {
            foreach (Match m in EnglishDecade().Matches(text))
            {
                var tens = m.Groups["digits"].Success
                    ? int.Parse(m.Groups["digits"].Value, CultureInfo.InvariantCulture)
                    : NumberWords.Parse(m.Groups["tens"].Value.ToLowerInvariant().Replace("ies", "y", StringComparison.Ordinal)) ?? -1;
                if (tens >= 10)
                {
                    var part = m.Groups["part"].Value.ToLowerInvariant();
                    var (low, high) = part.StartsWith("early", StringComparison.Ordinal) ? (tens, tens + 3) : part.StartsWith("late", StringComparison.Ordinal) ? (tens + 7, tens + 9) : part.StartsWith("mid", StringComparison.Ordinal) ? (tens + 3, tens + 6) : (tens, tens + 9);
                    Add(m, m.Groups[0], low, high, own: m.Groups["own"].Success);
                }
            }
        }

        foreach (Match m in DecadePerson().Matches(text))
        {
            if (DecadeBand(m.Groups["tens"].Value, string.Empty) is var (low, high))
            {
                Add(m, m.Groups[0], low, high);
            }
        }

        foreach (Match m in hasDigit ? PlusBand().Matches(text) : NoMatches)
        {
            var n = int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture);
            Add(m, m.Groups[0], n, OldestAge);
        }

        foreach (Match m in VagueBand().Matches(text))
        {
            var word = m.Value.ToLowerInvariant();
            var (low, high) = word.StartsWith("hoogbejaard", StringComparison.Ordinal) ? (85, OldestAge)
                : word.StartsWith("tien", StringComparison.Ordinal) || word.StartsWith("teen", StringComparison.Ordinal) || word.StartsWith("pub", StringComparison.Ordinal) ? (13, 19)
                : (65, OldestAge);
            Add(m, m.Groups[0], low, high);
        }

        foreach (var entity in found)
        {
            context.Add(entity);
        }
    }

    // Nouns for many people: an age right after one describes a group ("patiënten van 70 jaar", "women aged 30 to 45").
    private static readonly ContextCues GroupNouns = new(
        "patienten", "mensen", "kinderen", "vrouwen", "mannen", "volwassenen", "inwoners", "ouderen", "bewoners", "clienten", "deelnemers", "jongeren",
        "iedereen", "wie", "allen", "patients", "people", "adults", "children", "women", "men", "residents", "participants", "everyone", "anyone",
        "those", "all", "pupils", "leerlingen", "studenten", "students", "babies", "baby s");

    // Words after an age that make it a band of a group: "70 jaar en ouder", "65 and over", "aged 30 to 45".
    private static readonly ContextCues GroupTails = new("en ouder", "of ouder", "en jonger", "of jonger", "and over", "and older", "or older", "and under", "or younger", "tot", "to", "plus");

    private static readonly HashSet<string> PluralBands = new(StringComparer.OrdinalIgnoreCase) { "ouderen", "bejaarden", "hoogbejaarden", "tieners", "80-plussers", "65-plussers" };

    // An age of many people (a study population, an invitation to everyone over 60) describes no one in particular.
    private static bool IsGroupAge(string text, Diagnostics.TextSpan span)
    {
        var value = text[span.Start..span.End];
        if (PluralBands.Contains(value) || value.EndsWith("plussers", StringComparison.OrdinalIgnoreCase) || value.EndsWith('s') && value.StartsWith("over", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var tail = Math.Min(text.Length, span.End + 14);
        var head = text.AsSpan(span.End, tail - span.End).TrimStart();
        var tailStart = tail - head.Length;
        return GroupTails.FirstIn(text, tailStart, tail) is { } t && t.Span.Start == tailStart
            || GroupNouns.In(text, Math.Max(0, span.Start - 30), span.Start);
    }

    // A cheap test for a word that a pattern cannot match without, so the pattern only runs on the posts that may hold that form of age.
    private static readonly IEnumerable<Match> NoMatches = [];
    private static readonly KeywordGate BabyUnitGate = new("dag", "day", "week", "weken", "maand", "month");

    private static bool Mentions(string text, string word) => text.Contains(word, StringComparison.OrdinalIgnoreCase);

    private static (int Low, int High)? DecadeBand(string tensWord, string part)
    {
        var word = tensWord.ToLowerInvariant();
        if (word.EndsWith("er", StringComparison.Ordinal))
        {
            word = word[..^2];
        }

        if (NumberWords.Parse(word) is not { } tens || tens < 20 || tens % 10 != 0)
        {
            return null;
        }

        return part.ToLowerInvariant() switch
        {
            "begin" or "vroege" => (tens, tens + 3),
            "midden" => (tens + 3, tens + 6),
            "eind" or "late" => (tens + 7, tens + 9),
            _ => (tens, tens + 9),
        };
    }

    private static string NextWord(string text, int index)
    {
        var i = index;
        while (i < text.Length && !Text.Tokenizer.IsWordChar(text[i]))
        {
            i++;
        }

        var start = i;
        while (i < text.Length && Text.Tokenizer.IsWordChar(text[i]))
        {
            i++;
        }

        return text[start..i];
    }

    // "87-jarige", "87 jarige", "vierennegentigjarige"; the hyphen-less digit form needs no space ("87jarige" is rare but seen).
    [GeneratedRegex(@"(?<![\w-])(?<n>\d{1,3}|[a-zëé]{3,30}?)(?:[- ]|(?<=[a-zëé]))jarige?(?!\w)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex DutchAdjective();

    // "87-year-old", "87 years old", "ninety-four-year-old".
    [GeneratedRegex(@"(?<![\w-])(?<n>\d{1,3}|[a-z]{3,9}(?:[- ][a-z]{3,5})?)[- ](?:year|yr)s?[- ]old(?!\w)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex EnglishYearsOld();

    // "58yo", "58 y/o", "58-yo", "17yo".
    [GeneratedRegex(@"(?<![\w-])(?<n>\d{1,3}) ?-?(?:yo|y\.o\.?|y/o|yr old|jr)(?![\w/])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex ShortYears();

    // "87 jaar oud", "een zesentachtig jaar oude man", "is 87 jaar", "werd 87 jaar", "van 87 jaar" - never "10 jaar geleden" or "al 23 jaar werkzaam".
    [GeneratedRegex(@"(?:(?<=\b(?:is|werd|wordt|was|van|ben|bent|leeftijd|zijn|haar)\s)(?<n>\d{1,3}|[a-zë]{3,20})\s(?:jaar|jr\.?)(?:\s+oud)?|(?<![\w,.])(?<n>\d{1,3}|[a-zë]{3,20})\s(?:jaar|jr\.?)\s+oude?)(?!\w)(?!\s+(?:geleden|lang|ervaring|werkzaam|getrouwd|in\s+dienst|later|eerder|terug))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex DutchJaarOud();

    // "95e verjaardag", "103e", "95th birthday".
    [GeneratedRegex(@"(?<![\w-])(?<n>\d{1,3})(?:e|ste|de|st|nd|rd|th)\s+(?:verjaardag|birthday)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Birthday();

    // "aged 87", "turns 98", "wordt 100", "werd 90".
    [GeneratedRegex(@"\b(?:(?<aged>aged)|turns|turned|turning|wordt|werd|is\s+geworden)\s+(?<n>\d{1,3})(?![\w%.,:]\d|\w|%|:\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex AgedOrTurns();

    // "Moeder (41)", "motorrijder (45)", "Sem (7)": a number in brackets straight after a word.
    [GeneratedRegex(@"(?<=\p{L}\s?)\((?<n>1[01]\d|\d{1,2})(?:\s?(?:jaar|jr|j|y|yo|yrs))?\)", RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Parenthesised();

    // "Mevrouw Bos, 82, uit": an age set off by commas after a capitalised name.
    [GeneratedRegex(@"(?<=\b(?:\p{Lu}[\p{Ll}'-]+|(?i:youngest|oldest|eldest|jongste|oudste)(?:\s+(?i:slachtoffer|patiënt|patient|victim|child|kind))?),\s)(?<n>1[01]\d|\d{1,2})(?:,|(?=\s+(?:jaar|years?\s+old)\b))", RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex BetweenCommas();

    // "twee broertjes van 4 en 6", "een meisje van 8 jaar".
    [GeneratedRegex(@"\b(?:jongen|jongetje|meisje|meid|broertjes?|zusjes?|broers|zussen|kind|kinderen|kindje|zoon|zoontje|dochter|dochtertje|baby|man|vrouw|dame|heer|meneer|mevrouw|patiënte?|bewoner|bewoonster|cliënte?|tweeling|drieling|boy|girl|lad|man|woman|lady|patient|child|son|daughter)\s+(?:van|of|aged)\s+(?<age>(?<n>1[01]\d|\d{1,2})(?:\s+(?:en|and|&)\s+(?<m>1[01]\d|\d{1,2}))?(?:\s+(?:jaar|years?)(?:\s+oud|\s+old)?)?)(?![\w.,]\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex PersonOfAge();

    // "ik ben 52", "I'm 47": the author's own age.
    [GeneratedRegex(@"\b(?:ik\s+ben|i'm|i\s+am)\s+(?<n>1[01]\d|\d{1,2})(?!\w|[.,:]\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex SelfStated();

    // "tachtiger", "negentigers", "van in de negentig", "begin dertig", "eind zeventig", "in zijn vroege negentig" - not "de jaren tachtig".
    [GeneratedRegex(@"(?<!\bjaren\s)(?:\b(?<tens>twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig)ers?\b|\b(?:van\s+)?(?:in\s+(?:de|(?<own>mijn)|zijn|haar)(?:\s+(?<part>vroege|late))?|(?<part>begin|midden|eind))\s+(?<tens>twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex DutchDecade();

    // "in her eighties", "a man in his 40s", "in their late seventies", "in her mid-80s"; "in my fifties" is the author's.
    [GeneratedRegex(@"\bin\s+(?:his|her|their|(?<own>my))\s+(?<part>early\s+|mid-?\s?|late\s+)?(?:(?<tens>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)|(?<digits>[2-9]0)'?s)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex EnglishDecade();

    // "a ninety-something", "een tachtigjarige" is handled above; "a forty-something man".
    [GeneratedRegex(@"\b(?<tens>twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-something\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex DecadePerson();

    // "60+", "65-plusser", "over-75s".
    [GeneratedRegex(@"(?<![\w-])(?<n>[4-9]\d)(?:\+|-?plussers?\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex PlusBand();

    // Vague bands used when an age is generalised: "oudere", "bejaarde", "elderly", "tiener", "teenager".
    [GeneratedRegex(@"\b(?:oudere|ouderen|bejaarde|bejaarden|hoogbejaarde|hoogbejaarden|elderly|tiener|tieners|teenager|teenage|puber)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex VagueBand();

    // "11 dagen oud", "baby van 3 maanden", "een tweeling van 3 maanden", "a 6-week-old", "een paar weken oud".
    [GeneratedRegex(@"(?:\b(?:\d{1,2}|een\s+paar|enkele|a\s+few|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[- ](?<unit>dagen|dag|weken|week|maanden|maand|days?|weeks?|months?)[- ](?:oud|old)\b|\b(?:baby|baby'?s|tweeling|drieling|kind|kindje|kinderen|jongetje|meisje|zoontje|dochtertje)\s+(?<of>van\s+(?:\d{1,2}|een\s+paar|enkele|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf)\s+(?<unit>dagen|weken|maanden))\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Baby();

    [GeneratedRegex(@"\b(?:pasgeborene?|newborn|neonate)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Newborn();
}

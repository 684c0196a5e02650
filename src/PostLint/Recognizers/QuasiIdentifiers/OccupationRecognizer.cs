using System.Globalization;
using System.Text.RegularExpressions;
using PostLint.Analysis;
using PostLint.Text;

namespace PostLint.Recognizers.QuasiIdentifiers;

/// <summary>
/// Finds occupations and roles (<see cref="EntityType.Occupation"/>) with their rough share of the population
/// (<c>rules/lexicons/occupations/occupations.tsv</c>), team roles at a named club (<c>keeper van PEC Zwolle</c>),
/// and roles that only one person holds (<c>de enige huisarts van Ameland</c>, <c>the landlord of the only pub</c>).
/// Care professions (<c>huisarts</c>, <c>nurse</c>) are usually the author or a colleague, so they count only with
/// an age in front ("a 45-year-old nurse") or as a unique role; "als huisarts" / "as a GP" is the author's own.
/// Attributes: <c>share</c> (of the population), <c>general</c> (a generic word offered as a fix) and
/// <c>unique</c>=<c>true</c> for a role the post says only one person holds, and <c>public</c>=<c>true</c> for one whose
/// holder also appears in public (a national team's captain), so that only a care event makes it a patient.
/// </summary>
internal sealed partial class OccupationRecognizer : Recognizer
{
    private static readonly Lazy<TermMatcher> Matcher = new(() => new TermMatcher(Lexicon.Load("lexicons/occupations/occupations.tsv")));

    private static readonly HashSet<string> CareGenerals = new(StringComparer.Ordinal) { "zorgverlener", "clinician", "health worker" };

    private static readonly HashSet<string> OwnRoleCues = new(StringComparer.Ordinal) { "als", "as", "mijn", "my", "onze", "our", "collega", "colleague", "fellow", "jullie", "your" };

    // Words after which an occupation that is also a verb is the verb: "before you judge them", "to nurse", "we coach".
    private static readonly HashSet<string> VerbCues = new(StringComparer.Ordinal)
    {
        "to", "you", "we", "they", "i", "will", "would", "can", "could", "should", "must", "don", "never", "always", "not", "ik", "je", "jij", "wij", "zij",
    };

    // The patterns below test every position of the text; each gate holds pieces at least one of which every match
    // contains, so a pattern is skipped only where it could not match.
    private static readonly KeywordGate OnlyGate = new("enige", "only");
    private static readonly KeywordGate TeamRoleGate = new(
        "keeper", "doelman", "spits", "aanvoerder", "verdediger", "middenvelder", "trainer", "coach", "speler", "speelster", "striker",
        "captain", "defender", "midfielder", "manager", "player");
    private static readonly IEnumerable<Match> NoMatches = [];

    public override IReadOnlyList<EntityType> Produces { get; } = [EntityType.Occupation];

    public override void Recognize(RecognitionContext context)
    {
        var text = context.Text;
        var dutch = context.Language != PostLanguage.English;
        var found = new List<Entity>();
        var taken = new DisjointSpans();
        void Add(int start, int end, double share, string general, bool unique, bool inPublic = false)
        {
            var span = new Diagnostics.TextSpan(start, end);
            if (taken.Overlaps(span) || context.Overlaps(span, EntityType.Person, EntityType.Email, EntityType.Url, EntityType.Handle, EntityType.Institution))
            {
                return;
            }

            var attributes = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["share"] = share.ToString("G3", CultureInfo.InvariantCulture),
                ["general"] = general,
            };
            if (unique)
            {
                attributes["unique"] = "true";
            }

            if (inPublic)
            {
                attributes["public"] = "true";
            }

            taken.Add(span);
            found.Add(new Entity(EntityType.Occupation, span, text[start..end]) { Attributes = attributes });
        }

        foreach (Match m in OnlyGate.MayMatch(text) ? RoleOfTheOnly().Matches(text) : NoMatches)
        {
            var role = m.Groups["role"].Value;
            Add(m.Index, m.Index + m.Length, 1.0 / 18_000_000, (m.Groups["en"].Success ? "a " : "een ") + role, unique: true);
        }

        foreach (Match m in OnlyGate.MayMatch(text) ? OnlyOne().Matches(text) : NoMatches)
        {
            var role = m.Groups["role"].Value;
            Add(m.Index, m.Index + m.Length, 1.0 / 18_000_000, (m.Groups["en"].Success ? "a " : "een ") + role, unique: true);
        }

        // "de aanvoerder van het Nederlands handbalteam", "the captain of the Welsh rugby side": a national team has one
        // captain and one coach, so the role is the person; a keeper or a player is one of a few dozen.
        foreach (Match m in NationalTeamRole().Matches(text))
        {
            var role = m.Groups["role"].Value.ToLowerInvariant();
            var unique = role is not ("keeper" or "doelman" or "doelvrouw" or "goalkeeper" or "speler" or "speelster" or "player");
            Add(m.Index, m.Index + m.Length, (unique ? 1 : 25) / 18_000_000.0, dutch ? "sporter" : "athlete", unique, inPublic: true);
        }

        foreach (Match m in TeamRoleGate.MayMatch(text) ? TeamRole().Matches(text) : NoMatches)
        {
            var role = m.Groups["role"].Value.ToLowerInvariant();
            var perClub = role is "keeper" or "doelman" or "goalkeeper" ? 3 : role is "trainer" or "coach" or "manager" or "captain" or "aanvoerder" ? 1 : 25;
            Add(m.Index, m.Index + m.Length, perClub / 18_000_000.0, dutch ? "sporter" : "athlete", unique: false);
        }

        var tokens = context.Index.Tokens;
        foreach (var match in Matcher.Value.Matches(tokens))
        {
            var entry = match.Term;
            if (entry.Column(3) == "cs" && text[match.Span.Start..match.Span.End] != entry.Term)
            {
                continue;
            }

            var previous = match.FirstToken > 0 ? tokens[match.FirstToken - 1].Normalized : string.Empty;
            if (OwnRoleCues.Contains(previous) || VerbCues.Contains(previous) || Cues.IsSelfReference(text, match.Span.Start))
            {
                continue;
            }

            // "oud-schaatser Bert Dijkhuis", "verpleegkundige Ilse": the role is the title of a named person, whose name
            // is the finding (or a public figure's, which is none).
            if (context.Entities.Any(e => e.Type == EntityType.Person && e.Span.Start > match.Span.End && e.Span.Start - match.Span.End <= 2
                && text.AsSpan(match.Span.End, e.Span.Start - match.Span.End).IsWhiteSpace()))
            {
                continue;
            }

            var general = entry.Column(2) ?? (dutch ? "iemand" : "someone");
            if (CareGenerals.Contains(general) && !context.Entities.Any(e => e.Type == EntityType.Age && e.Span.End <= match.Span.Start && match.Span.Start - e.Span.End <= 2))
            {
                continue;
            }

            var share = double.Parse(entry.Column(1) ?? "0.01", CultureInfo.InvariantCulture);
            Add(match.Span.Start, match.Span.End, share, general, unique: false);
        }

        foreach (var entity in found)
        {
            context.Add(entity);
        }
    }

    // "de enige huisarts van Ameland", "the only GP on the island".
    [GeneratedRegex(@"\b(?:(?:de|het)\s+enige\s+(?<role>[\p{L}-]{3,})(?=\s+(?:van|in|op|uit|voor|bij|hier|daar)\b)|(?<en>the)\s+only\s+(?<role>[\p{L}-]{2,}(?:\s+(?:teacher|doctor|nurse|officer|driver|keeper|owner))?)(?=\s+(?:in|on|of|at|for|here|there)\b))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex OnlyOne();

    // "the landlord of the only pub", "the head teacher of the only primary school", "de bakker van het enige dorp".
    [GeneratedRegex(@"\b(?:(?<en>the)\s+(?<role>[\p{L}-]{3,}(?:\s+[\p{L}-]{3,})?)\s+of\s+the\s+only\s+[\p{L}-]{3,}(?:\s+(?:school|pub|shop|practice|surgery|church|bakery|farm))?|(?:de|het)\s+(?<role>[\p{L}-]{3,})\s+van\s+(?:de|het)\s+enige\s+[\p{L}-]{3,})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex RoleOfTheOnly();

    // "keeper van PEC Zwolle", "striker for Leeds United": a role at a club is a handful of people.
    [GeneratedRegex(@"\b(?<role>(?i:aanvoerder|aanvoerster|bondscoach|coach|keeper|doelman|doelvrouw|speler|speelster|captain|skipper|head\s+coach|manager|goalkeeper|player))\s+(?:van|of)\s+(?:het|de|the)\s+(?:Nederlandse?|Belgische?|Dutch|Belgian|English|England|British|Welsh|Wales|Scottish|Scotland|Irish|Ireland|(?i:national|nationale))\s+(?:[\p{L}'-]+\s+){0,2}?(?i:[\p{L}-]*(?:team|elftal|ploeg|selectie|squad|side))(?!\w)", RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex NationalTeamRole();

    [GeneratedRegex(@"\b(?<role>(?i:keeper|doelman|spits|aanvoerder|verdediger|middenvelder|trainer|coach|speler|speelster|goalkeeper|striker|captain|defender|midfielder|manager|player))\s+(?:van|of|bij|at|for)\s+(?:(?:PEC|PSV|FC|SC|AZ|NAC|RKC|VVV|ADO|NEC|AFC|SBV)\s+\p{Lu}[\p{L}'-]+|\p{Lu}[\p{L}'-]+\s+(?:United|City|Town|Rovers|Athletic|Wanderers|Albion|County|FC|Rangers|Hotspur)|Ajax|Feyenoord|Vitesse|Heracles(?:\s+Almelo)?|Excelsior|Sparta(?:\s+Rotterdam)?|Willem\s+II|Go\s+Ahead\s+Eagles|Arsenal|Chelsea|Liverpool|Everton|Celtic|Rangers)\b", RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex TeamRole();
}

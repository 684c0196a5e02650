using System.Globalization;
using System.Text.RegularExpressions;
using PostLint.Analysis;
using PostLint.Text;

namespace PostLint.Recognizers.QuasiIdentifiers;

/// <summary>
/// Finds when something happened (<see cref="EntityType.Date"/>) and how precisely: <c>vannacht</c>,
/// <c>last night</c> (time-of-day), <c>gisteren</c>, <c>today</c> (relative-day), <c>12 maart</c>,
/// <c>12-03-2026</c>, <c>on Monday</c>, <c>kerstavond</c> (day), <c>vorige week</c> (week), <c>March 2026</c>,
/// <c>last month</c> (month), <c>deze winter</c> (season), <c>onlangs</c>, <c>recently</c> (recent),
/// <c>vorig jaar</c>, <c>in 2023</c>, <c>10 jaar geleden</c> (year). Clock times in schedules
/// (<c>19:30-21:00</c>) are not dates of anything that happened to a person and are left alone.
/// Attributes: <c>precision</c> (time-of-day, relative-day, day, week, month, season, recent, year) and
/// <c>windowDays</c> (the length of time the expression leaves open).
/// </summary>
internal sealed partial class DateRecognizer : Recognizer
{
    // The pieces (ignoring case) at least one of which every match of the pattern of the same name contains.
    private static readonly KeywordGate TimeOfDayGate = new("nacht", "ochtend", "morgen", "middag", "avond", "night", "morning", "afternoon", "evening");
    private static readonly KeywordGate HolidayGate = new("kerst", "oudejaars", "nieuwjaars", "koningsdag", "paasdag", "christmas", "boxing", "year's", "bonfire");
    private static readonly KeywordGate WeekdayGate = new("dag", "day");
    private static readonly KeywordGate RelativeDayGate = new("vandaag", "gisteren", "morgen", "today", "yesterday", "moment", "now");
    private static readonly KeywordGate WeekGate = new("week");
    private static readonly KeywordGate MonthGate = new(
        "maand", "month", "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november",
        "december", "january", "february", "march", "june", "july", "august", "october");
    private static readonly KeywordGate SeasonGate = new("winter", "zomer", "lente", "voorjaar", "herfst", "najaar", "summer", "spring", "autumn", "fall");
    private static readonly KeywordGate RecentGate = new("onlangs", "recent", "laatst", "kort", "lately", "other");

    public override IReadOnlyList<EntityType> Produces { get; } = [EntityType.Date];

    public override void Recognize(RecognitionContext context)
    {
        var text = context.Text;
        var found = new List<Entity>();
        var taken = new DisjointSpans();
        void AddAll(bool open, Regex pattern, string precision, int windowDays)
        {
            if (!open)
            {
                return;
            }

            foreach (Match m in pattern.Matches(text))
            {
                var span = new Diagnostics.TextSpan(m.Index, m.Index + m.Length);
                if (taken.Overlaps(span) || context.Overlaps(span, EntityType.DateOfBirth, EntityType.Url, EntityType.Email, EntityType.IdNumber))
                {
                    continue;
                }

                taken.Add(span);
                found.Add(new Entity(EntityType.Date, span, m.Value)
                {
                    Attributes = new Dictionary<string, string>
                    {
                        ["precision"] = precision,
                        ["windowDays"] = windowDays.ToString(CultureInfo.InvariantCulture),
                    },
                });
            }
        }

        // Each pattern tests every position of the text. A gate skips one when the text lacks every piece its
        // matches need (a digit, a weekday's "dag"/"day", ...); patterns run in the same order either way, so spans
        // are taken alike.
        var hasDigit = KeywordGate.HasDigit(text);
        AddAll(TimeOfDayGate.MayMatch(text), TimeOfDay(), "time-of-day", 1);
        AddAll(hasDigit, FullDate(), "day", 1);
        AddAll(HolidayGate.MayMatch(text), Holiday(), "day", 1);
        AddAll(WeekdayGate.MayMatch(text), Weekday(), "day", 1);
        AddAll(RelativeDayGate.MayMatch(text), RelativeDay(), "relative-day", 1);
        AddAll(WeekGate.MayMatch(text), Week(), "week", 7);
        AddAll(hasDigit, MonthYear(), "month", 30);
        AddAll(MonthGate.MayMatch(text), Month(), "month", 30);
        AddAll(SeasonGate.MayMatch(text), Season(), "season", 91);
        AddAll(RecentGate.MayMatch(text), Recent(), "recent", 90);

        // Its open '<word> jaar geleden' alternative tries every word; skip it when no year can be there.
        AddAll(hasDigit || text.Contains("jaar", StringComparison.OrdinalIgnoreCase) || text.Contains("year", StringComparison.OrdinalIgnoreCase), Year(), "year", 365);

        foreach (var entity in found)
        {
            context.Add(entity);
        }
    }

    [GeneratedRegex(@"\b(?:vannacht|vanochtend|vanmorgen|vanmiddag|vanavond|gisteravond|gisternacht|gisterochtend|gistermorgen|gistermiddag|afgelopen\s+nacht|(?:deze|afgelopen)\s+(?:ochtend|middag|avond)|tonight(?:'s)?|last\s+night(?:'s)?|this\s+(?:morning|afternoon|evening)(?:'s)?|overnight|yesterday\s+(?:morning|afternoon|evening))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex TimeOfDay();

    [GeneratedRegex(@"\b(?:\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d{2}|\d{1,2}(?:st|nd|rd|th|e)?\s+(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec|January|February|March|May|June|July|August|October)\.?(?:\s+(?:19|20)\d{2})?|(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+(?:19|20)\d{2})?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex FullDate();

    [GeneratedRegex(@"\b(?:kerstavond|kerstmis|eerste\s+kerstdag|tweede\s+kerstdag|oudejaarsavond|oudejaarsnacht|oudejaarsdag|nieuwjaarsdag|koningsdag|(?:eerste|tweede)\s+paasdag|christmas\s+(?:eve|day)|boxing\s+day|new\s+year's\s+(?:eve|day)|bonfire\s+night)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Holiday();

    [GeneratedRegex(@"\b(?:(?:op|afgelopen|vorige|komende|aanstaande|on|last|this|next)\s+)?(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:avond|nacht|ochtend|middag|morgen|\s+(?:night|morning|afternoon|evening))?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Weekday();

    [GeneratedRegex(@"\b(?:vandaag|gisteren|eergisteren|morgen|today(?:'s)?|yesterday(?:'s)?|the\s+day\s+before\s+yesterday|op\s+dit\s+moment|momenteel|right\s+now|at\s+the\s+moment)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex RelativeDay();

    [GeneratedRegex(@"\b(?:(?:deze|vorige|afgelopen|van\s+de)\s+week|(?:this|last|past)\s+week(?:'s)?|earlier\s+this\s+week)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Week();

    [GeneratedRegex(@"\b(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|January|February|March|April|June|July|August|September|October|November|December)\s+(?:19|20)\d{2}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex MonthYear();

    [GeneratedRegex(@"\b(?:(?:deze|vorige|afgelopen)\s+maand|(?:this|last|past)\s+month|earlier\s+this\s+month|(?:in|begin|eind)\s+(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)|in\s+(?:January|February|March|April|June|July|August|September|October|November|December))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Month();

    [GeneratedRegex(@"\b(?:(?:deze|vorige|afgelopen|komende)\s+(?:winter|zomer|lente|voorjaar|herfst|najaar)|(?:this|last|next)\s+(?:winter|summer|spring|autumn|fall))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Season();

    [GeneratedRegex(@"\b(?:onlangs|recentelijk|recent|laatst|sinds\s+kort|kort\s+geleden|recently|lately|the\s+other\s+day)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Recent();

    [GeneratedRegex(@"\b(?:vorig\s+jaar|dit\s+jaar|afgelopen\s+jaar|last\s+year|this\s+year|(?:in|sinds|since)\s+(?:19|20)\d{2}|\w+\s+(?:jaar|years)\s+(?:geleden|ago))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Year();
}

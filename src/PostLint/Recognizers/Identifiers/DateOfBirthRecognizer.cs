using System.Globalization;
using System.Text.RegularExpressions;
using PostLint.Analysis;
using PostLint.Text;

namespace PostLint.Recognizers.Identifiers;

/// <summary>
/// Finds dates of birth (<see cref="EntityType.DateOfBirth"/>): a full date (day, month and year) introduced
/// by a birth word — <c>geboren (op)</c>, <c>geb.</c>, <c>geboortedatum</c>, <c>°</c>, <c>born (on)</c>,
/// <c>DOB</c>, <c>date of birth</c>, a form's <c>Birthday:</c>, the record abbreviation <c>geb.dat.</c> and the common slip <c>gebore</c> — or followed by
/// <c>geboren</c>/<c>born</c>. Dates are numeric (<c>12-03-1941</c>, <c>12/03/41</c>, <c>12.03.'41</c>, <c>1941-03-12</c>, <c>1941/03/12</c>, the
/// compact <c>19410312</c> forms and systems print; American month-first <c>07/14/1982</c>
/// when the second number cannot be a month), with a month word (<c>12-mrt-1941</c>) or spelled (<c>12 maart 1941</c>,
/// <c>3rd March 1941</c>, <c>March 3, 1941</c>); impossible dates (<c>31-02-1950</c>) are none. General dates are the DATE recognizer's business; this one
/// only reads the birth pattern, and a year alone (<c>geboren in 1941</c>) is an age, not a birth date.
/// Attributes: <c>value</c> (ISO date <c>yyyy-MM-dd</c>).
/// </summary>
internal sealed partial class DateOfBirthRecognizer : Recognizer
{
    private static readonly Dictionary<string, int> Months = new(StringComparer.OrdinalIgnoreCase)
    {
        ["januari"] = 1, ["jan"] = 1, ["january"] = 1, ["februari"] = 2, ["feb"] = 2, ["february"] = 2, ["maart"] = 3, ["mrt"] = 3, ["march"] = 3,
        ["mar"] = 3, ["april"] = 4, ["apr"] = 4, ["mei"] = 5, ["may"] = 5, ["juni"] = 6, ["jun"] = 6, ["june"] = 6, ["juli"] = 7, ["jul"] = 7,
        ["july"] = 7, ["augustus"] = 8, ["aug"] = 8, ["august"] = 8, ["september"] = 9, ["sep"] = 9, ["sept"] = 9, ["oktober"] = 10,
        ["okt"] = 10, ["october"] = 10, ["oct"] = 10, ["november"] = 11, ["nov"] = 11, ["december"] = 12, ["dec"] = 12,
    };

    private const string MonthName = "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|january|february|march|may|june|july|august|october|jan|feb|mrt|mar|apr|jun|jul|aug|sept|sep|okt|oct|nov|dec";

    // Every cue before a date contains one of these; the cue-first pattern is skipped without one.
    private static readonly KeywordGate CueGate = new("geb", "born", "dob", "d.o.b", "birth", "°");

    public override IReadOnlyList<EntityType> Produces { get; } = [EntityType.DateOfBirth];

    public override void Recognize(RecognitionContext context)
    {
        var text = context.Text;
        // Every date form has a day and a year in digits; most posts have neither, and the patterns are costly to run.
        if (!text.AsSpan().ContainsAnyInRange('0', '9'))
        {
            return;
        }

        var seen = new HashSet<int>();
        if (CueGate.MayMatch(text))
        {
            foreach (Match match in CueThenDate().Matches(text))
            {
                Add(context, match.Groups["date"], seen);
            }
        }

        if (!text.Contains("born", StringComparison.OrdinalIgnoreCase) && !text.Contains("geboren", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        foreach (Match match in DateThenCue().Matches(text))
        {
            Add(context, match.Groups["date"], seen);
        }
    }

    private static void Add(RecognitionContext context, Group date, HashSet<int> seen)
    {
        if (!seen.Add(date.Index) || Parse(date.Value) is not { } value)
        {
            return;
        }

        context.Add(new Entity(EntityType.DateOfBirth, new(date.Index, date.Index + date.Length), date.Value)
        {
            Attributes = new Dictionary<string, string>(StringComparer.Ordinal) { ["value"] = value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) },
        });
    }

    /// <summary>Reads a numeric or spelled day-month-year (or English month-day-year) date; null when it is no real date.</summary>
    internal static DateOnly? Parse(string text)
    {
        var m = DatePattern().Match(text);
        if (!m.Success || m.Length != text.Length)
        {
            return null;
        }

        var day = int.Parse(m.Groups["d"].Success ? m.Groups["d"].Value : m.Groups["d2"].Value, CultureInfo.InvariantCulture);
        var month = m.Groups["m"].Success
            ? int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture)
            : Months[(m.Groups["mn"].Success ? m.Groups["mn"].Value : m.Groups["mn2"].Value).TrimEnd('.')];
        if (month > 12 && day <= 12 && m.Groups["sep"].Success)
        {
            // Only an American date puts a number above 12 second: 07/14/1982.
            (day, month) = (month, day);
        }

        var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        if (m.Groups["y"].Value.Length == 2)
        {
            // Two-digit birth years: anything not in the past century's future is 19xx.
            var now = DateTime.UtcNow.Year % 100;
            year += year <= now ? 2000 : 1900;
        }

        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(Math.Max(year, 1), month) && year is >= 1850 and <= 2100
            ? new DateOnly(year, month, day)
            : null;
    }

    // Day-month-year with digits ("12-03-1941", "12.05.'61"), with a month word between dashes or dots as records
    // write it ("04-jun-1938", "17.mei.2011"), spelled ("12 maart 1941"), year first ("1941-03-12"), and English
    // month-day-year ("March 3, 1941").
    private const string Date =
        @"(?:(?<d>[0-3]?\d)(?<sep>[-/.])(?<m>[0-3]?\d)\k<sep>'?(?<y>\d{4}|\d{2})" +
        @"|(?<d>[0-3]?\d)(?<sep>[-.])(?<mn>" + MonthName + @")\.?\k<sep>'?(?<y>\d{4}|\d{2})" +
        @"|(?<y>(?:18|19|20)\d\d)(?<ysep>[-/.])(?<m>[01]?\d)\k<ysep>(?<d>[0-3]?\d)" +
        @"|(?<y>(?:18|19|20)\d\d)(?<m>[01]\d)(?<d>[0-3]\d)" +
        @"|(?<d>[0-3]?\d)(?:st|nd|rd|th|e|ste|de)?\s(?:of\s)?(?<mn>" + MonthName + @")\.?,?\s(?:'(?<y>\d{2})|(?<y>\d{4}))" +
        @"|(?<mn2>" + MonthName + @")\.?\s(?<d2>[0-3]?\d)(?:st|nd|rd|th)?,?\s(?<y>\d{4}))";

    [GeneratedRegex("^" + Date + "$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex DatePattern();

    [GeneratedRegex(
        @"(?<![\w])(?:geboren?(?:\s(?:op|de|den|in))?|geb\.?|geboortedatum|geb\.?\s?dat(?:um|\.)?|born(?:\s(?:on|in))?(?:\sthe)?|dob|d\.o\.b\.?|date\sof\sbirth|birth\s?date|birthdate|birthday\s?:|°)\s?[:(-]?\s?(?<date>" + Date + @")(?![\w-]|[./-]\d)",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex CueThenDate();

    [GeneratedRegex(@"(?<![\w/.-])(?<date>" + Date + @")\s(?:geboren|born)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex DateThenCue();
}

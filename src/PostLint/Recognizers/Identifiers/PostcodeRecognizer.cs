using System.Text.RegularExpressions;
using PostLint.Analysis;
using PostLint.Text;

namespace PostLint.Recognizers.Identifiers;

/// <summary>
/// Finds postal codes (<see cref="EntityType.Postcode"/>):
/// <list type="bullet">
/// <item>Dutch: four digits, the first 1–9, then two capital letters, optionally with one space (<c>8321 AB</c>);
/// PostNL does not issue the letter pairs SA, SD and SS. Letter pairs that are units or abbreviations after a
/// number (<c>1000 MG</c>, <c>2024 EN</c>, <c>1500 ML</c>) are not postcodes.</item>
/// <item>UK: the Royal Mail pattern (outward code: area letters, district digit(s), optional letter; inward
/// code: digit + two letters from ABD-HJLNP-UW-Z), e.g. <c>YO21 3PU</c>, <c>SW1A 1AA</c>, <c>M1 1AE</c>.</item>
/// <item>US: a ZIP or ZIP+4 code after a town and a state's code (<c>New York, NY 10118</c>) or a ZIP field (<c>Zip: 94110</c>).</item>
/// </list>
/// A code inside a link or e-mail address (<c>…/locaties/1234AB/…</c>, <c>?postcode=1234 AB</c>) is part of that
/// link, and a year after a time word (<c>in 2019 CT gedaan</c>, <c>since 2019 GP trainee</c>) is a year.
/// Attributes: <c>country</c> (<c>NL</c>, <c>GB</c> or <c>US</c>).
/// </summary>
internal sealed partial class PostcodeRecognizer : Recognizer
{
    private static readonly HashSet<string> NotPostcodeLetters = new(StringComparer.Ordinal)
    {
        "SA", "SD", "SS", "MG", "ML", "KG", "GR", "IE", "CM", "MM", "KM", "MU", "UL", "EN", "OF", "IN", "OP", "AM", "PM", "HR", "BC", "AD", "NL",
        "UK", "EU", "VS", "US", "ID", "IQ", "CO", "PK", "KW", "MW", "GB", "MB", "TB", "HZ", "DB", "EUR",
    };

    public override IReadOnlyList<EntityType> Produces { get; } = [EntityType.Postcode];

    public override void Recognize(RecognitionContext context)
    {
        var links = new SpanLookup(context.Entities.Where(e => e.Type == EntityType.Url || e.Type == EntityType.Email).Select(e => e.Span));
        foreach (Match match in DutchPostcode().Matches(context.Text))
        {
            if (!NotPostcodeLetters.Contains(match.Groups["letters"].Value) && !IsYear(context.Text, match) && !links.Overlaps(new(match.Index, match.Index + match.Length)))
            {
                Add(context, match, "NL");
            }
        }

        foreach (Match match in UkPostcode().Matches(context.Text))
        {
            if (!links.Overlaps(new(match.Index, match.Index + match.Length)))
            {
                Add(context, match, "GB");
            }
        }

        foreach (Match match in UsZipCode().Matches(context.Text).Concat(LabelledZipCode().Matches(context.Text)))
        {
            if (!links.Overlaps(new(match.Index, match.Index + match.Length)))
            {
                Add(context, match, "US");
            }
        }
    }

    // The longest time word and its space, plus room for the character before it that \b looks at.
    private const int YearCueWindow = 16;

    // Postcodes 1900-2099 exist ("woont in 2011 AB Haarlem"), so a year-like number is a year only when a time word
    // introduces it and no town or house number follows.
    private static bool IsYear(string text, Match match) =>
        match.Groups["digits"].Value is ['1', '9', _, _] or ['2', '0', _, _]
        && YearCue().IsMatch(text.AsSpan(Math.Max(0, match.Index - YearCueWindow), Math.Min(match.Index, YearCueWindow)))
        && !TownOrHouseNumber().IsMatch(text.AsSpan(match.Index + match.Length));

    private static void Add(RecognitionContext context, Match match, string country) =>
        context.Add(new Entity(EntityType.Postcode, new(match.Index, match.Index + match.Length), match.Value)
        {
            Attributes = new Dictionary<string, string>(StringComparer.Ordinal) { ["country"] = country },
        });

    [GeneratedRegex(@"(?<![\w€$£.,-])(?<digits>[1-9]\d{3})\s?(?<letters>[A-Z]{2})(?![\w-])", RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex DutchPostcode();

    [GeneratedRegex(
        @"\b(?:in|sinds|since|tot|vanaf|from|until|till|jaar|year|begin|eind|medio|voorjaar|najaar|zomer|winter|spring|summer|autumn|during|tijdens|na|after|before|voor|by)\s$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex YearCue();

    [GeneratedRegex(@"^,?\s(?:\p{Lu}|\d)", RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex TownOrHouseNumber();

    // "New York, NY 10118", "Springfield, IL 62704-1234": five digits count as a ZIP code only after a town and a state's
    // two-letter code, where nothing else of five digits stands.
    [GeneratedRegex(@"(?<=\p{Lu}[\p{L}.'-]*,\s?(?:AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|PR)\s)\d{5}(?:-\d{4})?(?![\w-])", RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex UsZipCode();

    // "Zip: 94110", "ZIP code 60616": five digits that a form's field calls a ZIP code.
    [GeneratedRegex(@"(?<=\b(?:zip|zip\s?code|zipcode)\s?[:#]?\s?)\d{5}(?:-\d{4})?(?![\w-])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex LabelledZipCode();

    [GeneratedRegex(@"(?<![\w-])(?:GIR\s?0AA|[A-PR-UWYZ](?:\d[A-HJKPSTUW]?|\d\d|[A-HK-Y]\d[ABEHMNPRVWXY]?|[A-HK-Y]\d\d)\s?\d[ABD-HJLNP-UW-Z]{2})(?![\w-])", RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex UkPostcode();
}

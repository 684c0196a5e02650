using System.Text.RegularExpressions;
using PostLint.Analysis;

namespace PostLint.Recognizers.Identifiers;

/// <summary>
/// Finds postal codes (<see cref="EntityType.Postcode"/>):
/// <list type="bullet">
/// <item>Dutch: four digits, the first 1–9, then two capital letters, optionally with one space (<c>8321 AB</c>);
/// PostNL does not issue the letter pairs SA, SD and SS. Letter pairs that are units or abbreviations after a
/// number (<c>1000 MG</c>, <c>2024 EN</c>, <c>1500 ML</c>) are not postcodes.</item>
/// <item>UK: the Royal Mail pattern (outward code: area letters, district digit(s), optional letter; inward
/// code: digit + two letters from ABD-HJLNP-UW-Z), e.g. <c>YO21 3PU</c>, <c>SW1A 1AA</c>, <c>M1 1AE</c>.</item>
/// </list>
/// Attributes: <c>country</c> (<c>NL</c> or <c>GB</c>).
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
        foreach (Match match in DutchPostcode().Matches(context.Text))
        {
            if (!NotPostcodeLetters.Contains(match.Groups["letters"].Value))
            {
                Add(context, match, "NL");
            }
        }

        foreach (Match match in UkPostcode().Matches(context.Text))
        {
            Add(context, match, "GB");
        }
    }

    private static void Add(RecognitionContext context, Match match, string country) =>
        context.Add(new Entity(EntityType.Postcode, new(match.Index, match.Index + match.Length), match.Value)
        {
            Attributes = new Dictionary<string, string>(StringComparer.Ordinal) { ["country"] = country },
        });

    [GeneratedRegex(@"(?<![\w€$£.,-])[1-9]\d{3}\s?(?<letters>[A-Z]{2})(?![\w-])", RegexOptions.CultureInvariant)]
    private static partial Regex DutchPostcode();

    [GeneratedRegex(@"(?<![\w-])(?:GIR\s?0AA|[A-PR-UWYZ](?:\d[A-HJKPSTUW]?|\d\d|[A-HK-Y]\d[ABEHMNPRVWXY]?|[A-HK-Y]\d\d)\s?\d[ABD-HJLNP-UW-Z]{2})(?![\w-])", RegexOptions.CultureInvariant)]
    private static partial Regex UkPostcode();
}

using System.Text.RegularExpressions;
using PhoneNumbers;
using PostLint.Analysis;
using PostLint.Text;

namespace PostLint.Recognizers.Identifiers;

/// <summary>
/// Finds telephone numbers (<see cref="EntityType.Phone"/>): a permissive pattern proposes candidates
/// and libphonenumber decides, so dates, order numbers and amounts do not pass for phone numbers.
/// National numbers are read for the post's country (NL for Dutch, GB for English, then the other one
/// and US); numbers with <c>+</c> or <c>00</c> are read for their own country.
/// Attributes: <c>kind</c> (<c>mobile</c>, <c>fixed</c> or <c>service</c> for toll-free, premium,
/// shared-cost and corporate numbers), <c>region</c> (ISO country), <c>e164</c>, and <c>validated</c>
/// (<c>false</c> when the number only has a possible length but sits right after a phone word, e.g. a
/// number from a reserved range; a number the words before it name as a lot, order, ticket or reference is not one).
/// North American numbers written with spaces only or as ten bare digits (<c>555 234 8891</c>, <c>4155550132</c>) count
/// only after a phone word.
/// </summary>
internal sealed partial class PhoneRecognizer : Recognizer
{
    private static readonly ContextCues PhoneWords = new(
        "tel", "telefoon*", "telefonisch", "nummer", "mobiel*", "gsm", "bel", "bellen", "belt", "belde", "belden", "gebeld", "terugbellen", "bereikbaar", "06",
        "whatsapp", "app", "appte", "sms", "smste", "phone", "phoned", "phoning", "telephone", "mobile", "mob", "cell", "number", "call", "calls", "called",
        "calling", "ring", "rings", "rang", "ringing", "text", "texted", "texting", "contact", "landline", "fax", "vaste lijn", "vast nummer", "huistelefoon", "reach me", "reach her", "reach him", "reach them", "reach us");

    // Numbers named as something else: a batch, an order, a ticket. They outweigh "number" as a phone word for digits that
    // only have a phone number's length ("the recalled lot number is 0123-4567-89").
    private static readonly ContextCues OtherNumberWords = new(
        "lot", "batch", "charge", "chargenummer", "partij", "partijnummer", "order", "bestel*", "serial", "serie*", "ref", "reference", "referentie*",
        "kenmerk", "case", "ticket", "invoice", "factuur*", "tracking", "zending*", "artikel*", "article", "item", "sku", "model", "versie", "version");

    private static readonly string[] NationalRegions = ["NL", "GB", "US"];

    public override IReadOnlyList<EntityType> Produces { get; } = [EntityType.Phone];

    public override void Recognize(RecognitionContext context)
    {
        var text = context.Text;
        // Only the entities of earlier recognizers: matches do not overlap, so neither do the numbers found in them.
        var earlier = new SpanLookup(context.Entities.Select(e => e.Span));
        foreach (Match match in Candidate().Matches(text))
        {
            // A number without a country code is read as the sentence's country: a UK number quoted in a Dutch post stays British.
            // Without a trunk 0 it can only be North American.
            var home = IsNorthAmericanShape(match.ValueSpan) ? "US" : context.LanguageAt(match.Index) == PostLanguage.English ? "GB" : "NL";

            // libphonenumber's metadata takes tens of milliseconds to load: only a post with a candidate pays for it.
            var util = PhoneNumberUtil.GetInstance();

            // "555 234 8891", "4155550132": North American digits with spaces or none at all look like any other number, and
            // count only after a phone word ("cell: 4155550132", "reach her at 555 234 8891").
            if (match.Groups["loose"].Success && !PhoneWords.In(text, match.Index - 40, match.Index))
            {
                continue;
            }

            // Record and NHS numbers found earlier keep their digits.
            if (Resolve(util, text, match, home) is { } found && !earlier.Overlaps(found.Span))
            {
                context.Add(found);
            }
        }
    }

    private static Entity? Resolve(PhoneNumberUtil util, string text, Match match, string home)
    {
        // Try the whole candidate, then drop trailing digit groups: "bel 0612345678 2x" or two numbers in a row.
        var value = match.Value;
        while (Checksums.DigitsOf(value).Length >= 7)
        {
            if (Parse(util, value, home) is { } parsed)
            {
                var span = new Diagnostics.TextSpan(match.Index, match.Index + value.Length);
                var valid = util.IsValidNumber(parsed);
                if (!valid && !(util.IsPossibleNumber(parsed) && PhoneWords.In(text, span.Start - 40, span.Start) && !OtherNumberWords.In(text, span.Start - 25, span.Start)))
                {
                    value = DropLastGroup(value);
                    continue;
                }

                return new Entity(EntityType.Phone, span, value)
                {
                    Attributes = new Dictionary<string, string>(StringComparer.Ordinal)
                    {
                        ["kind"] = KindOf(util, parsed, valid),
                        ["region"] = util.GetRegionCodeForNumber(parsed) ?? home,
                        ["e164"] = util.Format(parsed, PhoneNumberFormat.E164),
                        ["validated"] = valid ? "true" : "false",
                    },
                };
            }

            value = DropLastGroup(value);
        }

        return null;
    }

    private static PhoneNumber? Parse(PhoneNumberUtil util, string value, string home)
    {
        var international = value.StartsWith('+') || value.StartsWith("00", StringComparison.Ordinal);
        PhoneNumber? possible = null;
        // A number without a trunk 0 is North American only: read elsewhere, "555-123-4567" would pass as a British corporate 055 number.
        foreach (var region in international || home == "US" ? [home] : NationalRegions.Where(r => r == home).Concat(NationalRegions.Where(r => r != home)))
        {
            try
            {
                var number = util.Parse(international && value.StartsWith("00", StringComparison.Ordinal) ? "+" + value[2..] : value, region);
                if (util.IsValidNumber(number))
                {
                    return number;
                }

                if (region == home && util.IsPossibleNumber(number))
                {
                    possible = number;
                }
            }
            catch (NumberParseException)
            {
                // Not a number in this region's plan; try the next.
            }
        }

        return possible;
    }

    private static bool IsNorthAmericanShape(ReadOnlySpan<char> value) => value.TrimStart('(') is [>= '1' and <= '9', ..];

    // Unassigned ranges that still have a mobile shape (NL 06, UK 07) are read as mobile.
    private static bool HasMobileShape(PhoneNumber number)
    {
        var national = number.NationalNumber.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return (number.CountryCode, national[0], national.Length) is (31, '6', 9) or (44, '7', 10);
    }

    private static string KindOf(PhoneNumberUtil util, PhoneNumber number, bool valid)
    {
        if (!valid)
        {
            return HasMobileShape(number) ? "mobile" : "fixed";
        }

        return util.GetNumberType(number) switch
        {
            PhoneNumberType.MOBILE or PhoneNumberType.PERSONAL_NUMBER => "mobile",
            PhoneNumberType.TOLL_FREE or PhoneNumberType.PREMIUM_RATE or PhoneNumberType.SHARED_COST or PhoneNumberType.UAN
                or PhoneNumberType.PAGER or PhoneNumberType.VOICEMAIL => "service",
            _ => "fixed",
        };
    }

    private static string DropLastGroup(string value)
    {
        var cut = value.LastIndexOfAny([' ', '\u00A0', '-', '.', '/', ')']);
        return cut <= 0 ? string.Empty : value[..cut].TrimEnd(' ', '\u00A0', '-', '.', '/');
    }

    // +country or 00country numbers, national numbers with a trunk 0 (optionally "(020)"; a bracket is part of the number only
    // when it closes around the area code, so "(06-23456781)" is the number inside its brackets), and NANP "(555) 123-4567" or
    // "555-123-4567" (hyphens or dots only: digits in groups of 3-3-4 with spaces are as often a list of amounts).
    // Separators are a single space, or a hyphen, dot or slash with an optional space either side ("06 - 12 34 56 78"),
    // within a line, so two numbers on two lines stay apart.
    [GeneratedRegex(@"(?<![\w+/.-])(?:(?:\+|00)[1-9]\d{0,2}(?:[ \u00A0.-]?\(0\))?(?:" + Separator + @"?\d){6,13}|(?:\(0\d{1,4}\)|0\d{1,4})(?:" + Separator + @"?\d){5,10}|\(\d{3}\)[ \u00A0]?\d{3}[ \u00A0.-]\d{4}|[2-9]\d{2}(?<nanp>[.-])\d{3}\k<nanp>\d{4}|(?<loose>[2-9]\d{2} \d{3} \d{4}|[2-9]\d{9}))(?![\w-]|[.,/]\d)", RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Candidate();

    private const string Separator = @"(?:[ \u00A0]?[./-][ \u00A0]?|[ \u00A0])";
}

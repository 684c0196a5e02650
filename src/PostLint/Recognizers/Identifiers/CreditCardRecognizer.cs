using System.Text.RegularExpressions;
using PostLint.Analysis;
using PostLint.Text;

namespace PostLint.Recognizers.Identifiers;

/// <summary>
/// Finds payment card numbers (<see cref="EntityType.CreditCard"/>): 13 to 19 digits, in groups or not,
/// that pass the Luhn check and start with a known issuer prefix. Visa, Mastercard and American Express
/// prefixes are specific enough on their own; the broad Maestro/Discover/other ranges count only next to
/// a card word (<c>creditcard</c>, <c>pinpas</c>, <c>card number</c>…), because one long number in ten
/// passes Luhn by chance.
/// Attributes: <c>brand</c> (<c>visa</c>, <c>mastercard</c>, <c>amex</c>, <c>maestro</c>, <c>discover</c>, <c>other</c>), <c>last4</c>.
/// </summary>
internal sealed partial class CreditCardRecognizer : Recognizer
{
    private static readonly ContextCues CardWords = new(
        "creditcard*", "credit card", "debit card", "card", "kaart", "kaartnummer", "pinpas", "bankpas", "betaalpas", "pas", "maestro", "visa",
        "mastercard", "amex", "american express", "discover", "cvc", "cvv", "vervaldatum", "expiry", "expires");

    public override IReadOnlyList<EntityType> Produces { get; } = [EntityType.CreditCard];

    public override void Recognize(RecognitionContext context)
    {
        var text = context.Text;
        foreach (Match match in Candidate().Matches(text))
        {
            var digits = Checksums.DigitsOf(match.Value);
            if (digits.Length is < 13 or > 19 || !Checksums.IsLuhn(digits))
            {
                continue;
            }

            var brand = BrandOf(digits);
            if (brand is null || (brand is "maestro" or "discover" or "other" && !CardWords.In(text, match.Index - 50, match.Index + match.Length + 20)))
            {
                continue;
            }

            context.Add(new Entity(EntityType.CreditCard, new(match.Index, match.Index + match.Length), match.Value)
            {
                Attributes = new Dictionary<string, string>(StringComparer.Ordinal) { ["brand"] = brand, ["last4"] = digits[^4..] },
            });
        }
    }

    private static string? BrandOf(string digits)
    {
        var two = int.Parse(digits.AsSpan(0, 2), System.Globalization.CultureInfo.InvariantCulture);
        var four = int.Parse(digits.AsSpan(0, 4), System.Globalization.CultureInfo.InvariantCulture);
        return digits.Length switch
        {
            13 or 16 or 19 when digits[0] == '4' => "visa",
            16 when two is >= 51 and <= 55 || four is >= 2221 and <= 2720 => "mastercard",
            15 when two is 34 or 37 => "amex",
            16 or 19 when four == 6011 || two == 65 || four is >= 6440 and <= 6499 => "discover",
            >= 12 when two is 50 or (>= 56 and <= 69) => "maestro",
            14 or 16 when two is 30 or 36 or 38 or 39 || four is >= 3528 and <= 3589 => "other",
            _ => null,
        };
    }

    // Runs of 13-19 digits with optional single space or hyphen separators, not glued to other digits or letters.
    [GeneratedRegex(@"(?<![\w.,-])\d{4}(?:[ -]?\d){9,15}(?![\w-]|[.,]\d)", RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Candidate();
}

using PostLint.Analysis;
using PostLint.Tests.Verification;

namespace PostLint.Tests.Recognizers.Identifiers;

public class CreditCardRecognizerTests
{
    [Theory]
    [InlineData("Kaart {|CREDIT_CARD:4111 1111 1111 1111|} geweigerd.")]
    [InlineData("Mastercard {|CREDIT_CARD:5500-0000-0000-0004|} and Amex {|CREDIT_CARD:3782 822463 10005|}.")]
    [InlineData("Zijn pinpas {|CREDIT_CARD:6011111111111117|} lag op de balie.")]
    public void Finds_luhn_valid_numbers_with_known_prefixes(string markup) => Verify.Entities(EntityType.CreditCard, markup);

    [Theory]
    [InlineData("Kaart 4111 1111 1111 1112 geweigerd.")]
    [InlineData("Zending 6011111111111117 is onderweg.")]
    [InlineData("Trial 1234 5678 9012 3452 loopt.")]
    public void Ignores_failing_checksums_and_unknown_or_unsupported_prefixes(string text) => Verify.Entities(EntityType.CreditCard, text);
}

using PostLint.Tests.Verification;

namespace PostLint.Tests.Rules.Privacy;

public class PaymentCardAnalyzerTests
{
    [Theory]
    [InlineData("Meneer liet zijn creditcard liggen, nummer {|PL1006:4111 1111 1111 1111|}.")]
    [InlineData("Her card {|PL1006:5500 0000 0000 0004|} was declined at the pharmacy.")]
    [InlineData("Amex {|PL1006:378282246310005|} on the desk.")]
    public void Fires_on_valid_card_numbers(string markup) => Verify.Rule("PL1006", markup);

    [Theory]
    [InlineData("Meneer liet zijn creditcard liggen, nummer 4111 1111 1111 1112.")]
    [InlineData("Zending 6011 1111 1111 1117 is onderweg.")]
    [InlineData("Trial 9999 8888 7777 6664 is registered.")]
    public void Is_silent_when_luhn_or_the_issuer_prefix_fails(string text) => Verify.Rule("PL1006", text);

    [Fact]
    public void Same_digits_fire_only_when_luhn_passes()
    {
        Verify.Rule("PL1006", "Card {|PL1006:4111111111111111|}");
        Verify.Rule("PL1006", "Card 4111111111111121");
    }

    [Fact]
    public void Fix_removes_the_number() => Verify.FixesResolve("PL1006", "Her card 5500 0000 0000 0004 was declined.");
}

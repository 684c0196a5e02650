using PostLint.Analysis;
using PostLint.Tests.Verification;

namespace PostLint.Tests.Recognizers.Identifiers;

public class IbanRecognizerTests
{
    [Theory]
    [InlineData("Overmaken naar {|IBAN:NL91ABNA0417164300|} graag.")]
    [InlineData("Overmaken naar {|IBAN:NL91 ABNA 0417 1643 00|} t.n.v. J. Jansen.")]
    [InlineData("Pay into {|IBAN:GB82 WEST 1234 5698 7654 32|} or {|IBAN:BE68539007547034|}.")]
    public void Finds_valid_ibans_with_or_without_spaces(string markup) => Verify.Entities(EntityType.Iban, markup);

    [Theory]
    [InlineData("Overmaken naar NL91ABNA0417164301 graag.")]
    [InlineData("Overmaken naar NL91 ABNA 0417 1643 0 graag.")]
    [InlineData("Overmaken naar NL91ABNA04171643001 graag.")]
    [InlineData("Code NL12 en NL34 in het rooster.")]
    public void Ignores_wrong_check_digits_and_lengths(string text) => Verify.Entities(EntityType.Iban, text);
}

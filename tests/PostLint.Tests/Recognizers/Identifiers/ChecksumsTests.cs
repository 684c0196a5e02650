using PostLint.Recognizers.Identifiers;

namespace PostLint.Tests.Recognizers.Identifiers;

public class ChecksumsTests
{
    [Theory]
    [InlineData("111222333", true)]
    [InlineData("123456782", true)]
    [InlineData("12345672", true)]
    [InlineData("123456789", false)]
    [InlineData("000000000", false)]
    [InlineData("12345678a", false)]
    [InlineData("1234567", false)]
    public void Elfproef(string digits, bool valid) => Checksums.IsElfproef(digits).Should().Be(valid);

    [Theory]
    [InlineData("4111111111111111", true)]
    [InlineData("378282246310005", true)]
    [InlineData("4111111111111112", false)]
    [InlineData("7", false)]
    public void Luhn(string digits, bool valid) => Checksums.IsLuhn(digits).Should().Be(valid);

    [Theory]
    [InlineData("NL91ABNA0417164300", true)]
    [InlineData("GB82WEST12345698765432", true)]
    [InlineData("BE68539007547034", true)]
    [InlineData("NL91ABNA0417164301", false)]
    [InlineData("NL91abna0417164300", false)]
    public void Iban_mod97(string iban, bool valid) => Checksums.IsIbanMod97(iban).Should().Be(valid);

    [Theory]
    [InlineData("9434765919", true)]
    [InlineData("4010232137", true)]
    [InlineData("9434765918", false)]
    [InlineData("943476591", false)]
    public void Nhs_number(string digits, bool valid) => Checksums.IsNhsNumber(digits).Should().Be(valid);
}

using PostLint.Analysis;
using PostLint.Tests.Verification;

namespace PostLint.Tests.Recognizers.Identifiers;

public class PostcodeRecognizerTests
{
    [Theory]
    [InlineData("Kerkstraat 7, {|POSTCODE:8321 AB|} Urk.")]
    [InlineData("Postcode {|POSTCODE:1012AB|} klopt niet.")]
    [InlineData("From Whitby {|POSTCODE:YO21 3PU|} and London {|POSTCODE:SW1A 1AA|}.")]
    [InlineData("Manchester {|POSTCODE:M1 1AE|}.")]
    public void Finds_dutch_and_uk_postcodes(string markup) => Verify.Entities(EntityType.Postcode, markup);

    [Theory]
    [InlineData("Postcode 0123 AB bestaat niet, 1234 SS en 1234 SA ook niet.")]
    [InlineData("Geef 1000 MG paracetamol en 1500 ML vocht.")]
    [InlineData("In 2024 EN 2025 gaan we door.")]
    [InlineData("Band 5 Staff Nurses, NHS ref 312-AMU-2411.")]
    public void Ignores_invalid_codes_units_and_capitals(string text) => Verify.Entities(EntityType.Postcode, text);
}

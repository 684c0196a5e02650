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
    [InlineData("Ship it to 350 Fifth Avenue, New York, NY {|POSTCODE:10118|}.")]
    [InlineData("Her address: 12 Elm Street, Springfield, IL {|POSTCODE:62704-1234|}")]
    public void Finds_us_zip_codes_after_a_town_and_state(string markup) => Verify.Entities(EntityType.Postcode, markup);

    [Theory]
    [InlineData("We raised $10,000 for the ward, NY 10118 thanks you")]
    [InlineData("Samples 10118 and 10119 went to the lab in IN 46204 batch.")]
    [InlineData("Trial NCT 04368728 enrolled 30000 people.")]
    public void Ignores_five_digits_without_a_town_and_state(string text) => Verify.Entities(EntityType.Postcode, text);

    [Theory]
    [InlineData("Postcode 0123 AB bestaat niet, 1234 SS en 1234 SA ook niet.")]
    [InlineData("Geef 1000 MG paracetamol en 1500 ML vocht.")]
    [InlineData("In 2024 EN 2025 gaan we door.")]
    [InlineData("Band 5 Staff Nurses, NHS ref 312-AMU-2411.")]
    public void Ignores_invalid_codes_units_and_capitals(string text) => Verify.Entities(EntityType.Postcode, text);
}

using PostLint.Analysis;
using PostLint.Tests.Verification;

namespace PostLint.Tests.Recognizers.Identifiers;

public class BsnRecognizerTests
{
    [Theory]
    [InlineData("BSN {|BSN:111222333|} staat in het dossier.")]
    [InlineData("Burgerservicenummer {|BSN:1112.22.333|} en sofinummer {|BSN:123 456 782|}.")]
    [InlineData("Het gaat om BSN {|BSN:12345672|} (de voorloopnul viel weg).")]
    [InlineData("Patient with citizen service number {|BSN:123.456.782|} was seen today.")]
    public void Finds_numbers_that_pass_the_elfproef(string markup) => Verify.Entities(EntityType.Bsn, markup);

    [Theory]
    [InlineData("BSN 123456789 staat in het dossier.")]
    [InlineData("BSN 111222334 is een tikfout.")]
    [InlineData("Ordernummer 111222333 is verzonden.")]
    [InlineData("Het winnende lot van de kerstloterij heeft nummer 123456782.")]
    [InlineData("Batchnummer 111222333 terugbrengen naar de apotheek.")]
    [InlineData("Nummer 12345672 zonder verdere context.")]
    [InlineData("IBAN NL91ABNA0417164300 en 1112223331 zijn langer.")]
    public void Ignores_failing_checksums_and_other_numbers(string text) => Verify.Entities(EntityType.Bsn, text);

    [Theory]
    [InlineData("BSN 111222333", "high")]
    [InlineData("Bij deze patiënt: 111222333", "medium")]
    [InlineData("Nummer 111222333", "low")]
    public void Confidence_rises_with_context(string text, string confidence) =>
        new PostLinter().Analyze(text).Entities.Single(e => e.Type == EntityType.Bsn).Attribute("confidence").Should().Be(confidence);

    [Fact]
    public void A_bsn_word_overrides_an_order_word() =>
        Verify.Entities(EntityType.Bsn, "Bij de bestelling stond per ongeluk zijn BSN {|BSN:111222333|}.");
}

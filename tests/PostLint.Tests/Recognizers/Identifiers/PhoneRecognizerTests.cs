using PostLint.Analysis;
using PostLint.Tests.Verification;

namespace PostLint.Tests.Recognizers.Identifiers;

public class PhoneRecognizerTests
{
    [Theory]
    [InlineData("Bel {|PHONE:06-12345678|} of {|PHONE:06 1234 5678|} na vijven.")]
    [InlineData("Het nummer is {|PHONE:020-1234567|}, anders {|PHONE:+31 6 12345678|}.")]
    [InlineData("Vanuit het buitenland: {|PHONE:0031 6 12345678|}.")]
    [InlineData("Call {|PHONE:+44 20 7946 0958|} or {|PHONE:020 7946 0958|} in London.")]
    [InlineData("His mobile is {|PHONE:07911 123456|} and his US cell {|PHONE:+1 202 555 0143|}.")]
    public void Finds_dutch_and_international_numbers(string markup) => Verify.Entities(EntityType.Phone, markup);

    [Theory]
    [InlineData("Geboren 12-05-1948, opgenomen 03-03-2024 om 19:30-21:00.")]
    [InlineData("Bestelnummer 146419506 staat klaar, BSN 111222333 niet noemen.")]
    [InlineData("Batch 0123-45 en lot 01/02/03 zijn teruggeroepen.")]
    [InlineData("Bel bij levensgevaar 112, of 999 in the UK.")]
    [InlineData("Donations: NL91ABNA0417164300.")]
    public void Ignores_dates_order_numbers_and_short_codes(string text) => Verify.Entities(EntityType.Phone, text);

    [Theory]
    [InlineData("Bel 06-12345678", "mobile")]
    [InlineData("Bel 020-1234567", "fixed")]
    [InlineData("Bel gratis 0800-0223", "service")]
    [InlineData("Huisartsenpost 0900-1515", "service")]
    public void Sets_kind(string text, string kind) =>
        new PostLinter().Analyze(text).Entities.Single(e => e.Type == EntityType.Phone).Attribute("kind").Should().Be(kind);

    [Theory]
    [InlineData("Please call me at {|PHONE:(555) 123-4567|} after six.")]
    [InlineData("Call the family at {|PHONE:555-867-5309|}, they are expecting you.")]
    [InlineData("Her cell is {|PHONE:415.555.0132|}.")]
    [InlineData("The switchboard is {|PHONE:212-639-2000|}.")]
    public void Finds_north_american_numbers_written_without_a_country_code(string markup) =>
        Verify.Entities(EntityType.Phone, markup, p => p with { Language = PostLanguage.English });

    [Theory]
    [InlineData("Order 555-123-4567 shipped on Monday.")]
    [InlineData("We saw 120 150 1800 patients in the three clinics.")]
    [InlineData("Batch 555.123.4567 was recalled.")]
    public void Leaves_north_american_shapes_without_a_valid_number_or_phone_word(string text) =>
        Verify.Entities(EntityType.Phone, text, p => p with { Language = PostLanguage.English });

    [Fact]
    public void Accepts_a_possible_number_from_a_reserved_range_only_after_a_phone_word()
    {
        Verify.Entities(EntityType.Phone, "Her mobile keeps showing as {|PHONE:07700 900461|}.", p => p with { Language = PostLanguage.English });
        Verify.Entities(EntityType.Phone, "Reference 07700 900461 was closed.", p => p with { Language = PostLanguage.English });
    }
}

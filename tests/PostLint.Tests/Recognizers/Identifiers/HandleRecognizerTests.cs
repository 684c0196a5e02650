using PostLint.Analysis;
using PostLint.Tests.Verification;

namespace PostLint.Tests.Recognizers.Identifiers;

public class HandleRecognizerTests
{
    [Theory]
    [InlineData("Eindelijk mag {|HANDLE:@lotte_vd_berg|} naar huis.")]
    [InlineData("Daan ({|HANDLE:@daan.runs.again|}) liep de marathon.")]
    [InlineData("Volg {|HANDLE:@zorgnl@mastodon.social|} voor nieuws.")]
    public void Finds_mentions(string markup) => Verify.Entities(EntityType.Handle, markup);

    [Theory]
    [InlineData("Mail naar els.jansen@gmail.com of info@praktijk.nl.")]
    [InlineData("Prijs: 3 @ 5 euro.")]
    public void Ignores_email_addresses(string text) => Verify.Entities(EntityType.Handle, text);

    [Theory]
    [InlineData("Groeten aan {|HANDLE:@daan_jansen|}!", "person")]
    [InlineData("Groeten aan {|HANDLE:@sjoerdvanderlaan|}!", "person")]
    [InlineData("Groeten aan {|HANDLE:@pietjanssen76|}!", "person")]
    [InlineData("Groeten aan {|HANDLE:@Kankerbestrijding|}!", "organisation")]
    [InlineData("Groeten aan {|HANDLE:@ZorggroepAlmere|}!", "organisation")]
    [InlineData("Groeten aan {|HANDLE:@ThuiszorgWest|}!", "organisation")]
    [InlineData("Groeten aan {|HANDLE:@markdevries|}!", null)]
    [InlineData("Groeten aan {|HANDLE:@tweetjes_van_mij|}!", null)]
    public void Tells_handles_that_spell_a_personal_name_from_organisation_compounds(string markup, string? looksLike) =>
        Verify.Entities(EntityType.Handle, markup).Single().Attribute("looksLike").Should().Be(looksLike);
}

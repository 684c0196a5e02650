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
}

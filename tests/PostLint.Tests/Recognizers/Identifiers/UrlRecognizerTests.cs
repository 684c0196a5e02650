using PostLint.Analysis;
using PostLint.Recognizers.Identifiers;
using PostLint.Tests.Verification;

namespace PostLint.Tests.Recognizers.Identifiers;

public class UrlRecognizerTests
{
    [Theory]
    [InlineData("Lees meer op {|URL:https://www.thuisarts.nl/hoofdpijn|}.")]
    [InlineData("Summary slides here 👇 {|URL:https://www.escardio.org/Guidelines|}")]
    [InlineData("Kijk op {|URL:www.zorg.nl/blog|}, of bel ons.")]
    [InlineData("Hulp bij stoppen? Kijk op {|URL:ikstopnu.nl|}.")]
    [InlineData("Read it at {|URL:nhs.uk/conditions/asthma|}!")]
    [InlineData("Het rooster staat op {|URL:intranet.lingehof.local/rooster/aios|} (alleen intern)")]
    [InlineData("Test-EPD via {|URL:http://10.20.4.15/hix-test|}, graag testen")]
    [InlineData("Printer staat op {|URL:192.168.1.20:8080|}; werkt alleen op het netwerk")]
    [InlineData("Bestanden staan op {|URL:\\\\fs01\\afdeling\\SEH|} voor wie ze zoekt")]
    [InlineData("See the wiki (at {|URL:https://en.wikipedia.org/wiki/Mole_(animal)|}) for more.")]
    [InlineData("Paper: {|URL:https://doi.org/10.1056/NEJMoa2034577|}")]
    public void Finds_addresses(string markup) => Verify.Entities(EntityType.Url, markup);

    [Theory]
    [InlineData("Mail naar info@huisartsenpraktijkdevaart.nl of bel de praktijk.")]
    [InlineData("Dr. Jansen en mw. de Vries, o.a. op de SEH, t.n.v. de stichting.")]
    [InlineData("Vandaag gezien.Nu even koffie")]
    [InlineData("Versie 2.1 van het protocol en verslag.docx staan klaar, 12.03.2024 om 10.30 uur")]
    [InlineData("Het lot heeft nummer 1.234.567.890 en versie 1.2.3.4.5")]
    [InlineData("RT @someone: great mural in Rome http://t\u2026")]
    [InlineData("My blog: http://t,co/pz55t90Z")]
    public void Ignores_look_alikes(string text) => Verify.Entities(EntityType.Url, text);

    [Theory]
    [InlineData("Zie https://www.thuisarts.nl/griep", "url", "www.thuisarts.nl", "false")]
    [InlineData("Zie www.rivierduin.nl/patienten", "www", "www.rivierduin.nl", "false")]
    [InlineData("Zie http://10.20.4.15/hix-test", "url", "10.20.4.15", "true")]
    [InlineData("Zie 172.20.1.5:3389", "ip", "172.20.1.5", "true")]
    [InlineData("Zie 172.32.1.5", "ip", "172.32.1.5", "false")]
    [InlineData("Zie http://127.0.0.1:5000/", "url", "127.0.0.1", "true")]
    [InlineData("Zie http://169.254.10.1/", "url", "169.254.10.1", "true")]
    [InlineData("Zie http://[fd12:3456::1]/portal", "url", "[fd12:3456::1]", "true")]
    [InlineData("Zie http://[2001:db8::1]/portal", "url", "[2001:db8::1]", "false")]
    [InlineData("Zie http://intranet/roosters", "url", "intranet", "true")]
    [InlineData("Zie https://portal.ziekenhuis.corp/login", "url", "portal.ziekenhuis.corp", "true")]
    [InlineData("Zie https://admin:geheim@epd.example.org/", "url", "epd.example.org", "false")]
    [InlineData("Zie \\\\fileserver\\gedeeld", "unc", "fileserver", "true")]
    public void Sets_kind_host_and_privacy(string text, string kind, string host, string isPrivate)
    {
        var url = new PostLinter().Analyze(text).Entities.Single(e => e.Type == EntityType.Url);

        url.Attribute("kind").Should().Be(kind);
        url.Attribute("host").Should().Be(host);
        url.Attribute("isPrivate").Should().Be(isPrivate);
    }

    [Theory]
    [InlineData("10.0.0.1", true)]
    [InlineData("172.16.0.1", true)]
    [InlineData("172.31.255.255", true)]
    [InlineData("192.168.0.1", true)]
    [InlineData("8.8.8.8", false)]
    [InlineData("::1", true)]
    [InlineData("fe80::1", true)]
    [InlineData("ehr.lan", true)]
    [InlineData("hix.internal", true)]
    [InlineData("nhs.uk", false)]
    public void Classifies_hosts(string host, bool isPrivate) => UrlRecognizer.IsPrivateHost(host).Should().Be(isPrivate);
}

using PostLint.Tests.Verification;

namespace PostLint.Tests.Rules.Confidentiality;

public class InternalLinkAnalyzerTests
{
    [Theory]
    [InlineData("Link naar het nieuwe dienstrooster: {|PL3002:https://intranet.lingehof.local/rooster/aios|} (werkt alleen op het ziekenhuisnetwerk)")]
    [InlineData("Het test-EPD is weer bereikbaar via {|PL3002:http://10.20.4.15/hix-test|}, graag testen.")]
    [InlineData("Handy link for agency staff: {|PL3002:https://sharepoint.stmarys-internal.nhs.local/sites/ED/handover|} – just log in.")]
    [InlineData("Protocols are on {|PL3002:https://stmarys.sharepoint.com/sites/ED/protocols|}.")]
    [InlineData("Inloggen in HiX gaat voortaan via {|PL3002:https://hix.rivierduin.nl/login|}!")]
    [InlineData("Open {|PL3002:http://intranet/telefoonlijst|} for the bleep list")]
    [InlineData("De scans staan op {|PL3002:\\\\fs01\\radiologie\\export|} voor wie ze zoekt")]
    [InlineData("Printer: {|PL3002:192.168.10.44:9100|}")]
    [InlineData("See {|PL3002:https://epd-intranet.oosterdiep.nl/protocollen|} for the protocol")]
    public void Fires_on_internal_addresses(string markup) => Verify.Rule("PL3002", markup);

    [Theory]
    [InlineData("Meer over hoofdpijn op https://www.thuisarts.nl/hoofdpijn.")]
    [InlineData("Read the guidance at https://www.nhs.uk/conditions/asthma/ and talk to your GP.")]
    [InlineData("Our paper: https://doi.org/10.1136/bmj.n1234")]
    [InlineData("Bezoektijden en route: www.rivierduin.nl/bezoek")]
    [InlineData("ChipSoft (chipsoft.com) bouwt HiX; Epic zit op www.epic.com.")]
    [InlineData("Vacatures op werkenbij.oosterdiep.nl/vacatures")]
    [InlineData("Kijk op ikstopnu.nl.")]
    public void Is_silent_on_public_sites(string text) => Verify.Rule("PL3002", text);

    [Fact]
    public void Fix_removes_the_link() =>
        Verify.FixesResolve("PL3002", "Het rooster staat op https://intranet.lingehof.local/rooster, kijk maar.");
}

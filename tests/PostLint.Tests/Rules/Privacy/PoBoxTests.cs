using PostLint.Tests.Verification;

namespace PostLint.Tests.Rules.Privacy;

/// <summary>
/// PL1008 on PO boxes. Organisations give them for post and gifts, so a PO box counts as a private person's only where the
/// post gives it to one: next to their name, in a record about a patient, or after words that make it someone's address.
/// </summary>
public class PoBoxTests
{
    [Theory]
    [InlineData("Postadres van de cliënt is {|PL1008:Postbus 4417|} sinds hij geen woning meer heeft.")]
    [InlineData("Contactpersoon: dochter, {|PL1008:Postbus 12|} en verder geen adres bekend.")]
    [InlineData("Patient has no fixed abode; mail to {|PL1008:P.O. Box 7761|} please.")]
    [InlineData("Next of kin mailing address {|PL1008:PO Box 88|} per the intake form.")]
    [InlineData("Mw. {|PL1001:Stoker|}, {|PL1008:Postbus 61|} vanwege haar verblijf in het buitenland.")]
    public void Fires_on_a_private_persons_po_box(string markup) => Verify.Rule("PL1008", markup);

    [Theory]
    [InlineData("Giften zijn welkom via de stichting, Postbus 2150, 3500 GD Utrecht.")]
    [InlineData("Schriftelijke klachten naar de zorgverzekeraar: Postbus 700, 8000 AS Zwolle.")]
    [InlineData("Our practice's mailing address is PO Box 912 for all correspondence.")]
    [InlineData("The health department's PO Box 3000 handles birth certificate requests.")]
    [InlineData("Never send cash to a PO box, whatever the caller says.")]
    [InlineData("Het ziekenhuis is per post bereikbaar via Postbus 9600, 2300 RC Leiden.")]
    public void Is_silent_on_an_organisations_po_box(string text) => Verify.Rule("PL1008", text);
}

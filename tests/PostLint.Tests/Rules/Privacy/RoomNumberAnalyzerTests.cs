using PostLint.Tests.Verification;

namespace PostLint.Tests.Rules.Privacy;

public class RoomNumberAnalyzerTests
{
    [Theory]
    [InlineData("Meneer Dekker van {|PL1009:kamer 3|} heeft de gang wakker gemaakt.")]
    [InlineData("{|PL1009:Bed 4|} Bakker, {|PL1009:bed 5|} Peters en dan nog drie opnames.")]
    [InlineData("Onze bewoonster op {|PL1009:kamer 214|} van Huize Bronkhorst lachte weer.")]
    [InlineData("Shoutout to Mrs T in {|PL1009:Bay 3, bed 2|} who taught us to knit.")]
    [InlineData("The lady in {|PL1009:side room 2|} sang all night.")]
    public void Fires_on_rooms_and_beds(string markup) => Verify.Rule("PL1009", markup);

    [Theory]
    [InlineData("Het verschil tussen 'de dementerende op kamer 7' en 'mevrouw die vroeger naaister was' is taal.")]
    [InlineData("Het overleg is in kamer 12 op de tweede verdieping.")]
    [InlineData("The lecture is in room 214, all welcome.")]
    [InlineData("Twee bezoekers per bed en 3 bedden extra; room for improvement.")]
    [InlineData("Ingeschreven bij de Kamer van Koophandel.")]
    [InlineData("Kamer 12 is weer vrij, de schoonmaak is klaar.")]
    [InlineData("Our ward is on Level 4; room 412 is the staff room.")]
    [InlineData("Kamer 3 en 4 worden volgende week opgeknapt, de bewoners slapen zolang op de gang ernaast.")]
    [InlineData("Bay 2 is being painted on Monday, so admissions go to bay 5 meanwhile.")]
    public void Is_silent_on_quotes_meeting_rooms_and_look_alikes(string text) => Verify.Rule("PL1009", text);

    [Theory]
    [InlineData("Meneer van kamer 3 heeft de gang wakker gemaakt.")]
    [InlineData("Mrs T in Bay 3, bed 2 taught us to knit.")]
    public void Fix_replaces_the_room(string text) => Verify.FixesResolve("PL1009", text);

    [Theory]
    [InlineData("Mevrouw op {|PL1009:kamer 12b|} wil alleen thee.")]
    [InlineData("The man in {|PL1009:bay 3|} kept pulling out his cannula.")]
    [InlineData("Meneer in {|PL1009:box 5|} op de SEH had een hartstilstand.")]
    public void Fires_on_lettered_rooms_bays_and_boxes(string markup) => Verify.Rule("PL1009", markup);

    [Theory]
    [InlineData("Neem bus 12 naar het ziekenhuis en lees hoofdstuk 4 van het protocol.")]
    [InlineData("De Kamerleden stemden tegen; KvK-nummer 12345678.")]
    [InlineData("Bed rest for 2 weeks is outdated advice.")]
    [InlineData("Het symposium is in zaal 3.")]
    [InlineData("Vul box 3 in op het formulier.")]
    [InlineData("Belasting in box 3 blijft een gedoe voor spaarders.")]
    [InlineData("Tick box 2 on the consent form.")]
    public void Is_silent_on_forms_tax_boxes_and_other_numbers(string text) => Verify.Rule("PL1009", text);

    [Theory]
    [InlineData("De dame op {|PL1009:kamer 3.08|} vroeg of ik haar kleindochter was.")]
    [InlineData("Our gentleman in {|PL1009:room 2.114|} asked for a pint.")]
    public void Fires_on_rooms_numbered_by_floor(string markup) => Verify.Rule("PL1009", markup);

    [Theory]
    [InlineData("Het nieuwe bed 1.5 meter breed past precies.")]
    [InlineData("Het behandelplan staat in kamerstuk 3.08 van de Tweede Kamer.")]
    public void Is_silent_on_widths_and_documents(string text) => Verify.Rule("PL1009", text);
}

using PostLint.Analysis;
using PostLint.Tests.Verification;

namespace PostLint.Tests.Recognizers.Identifiers;

public class RoomRecognizerTests
{
    [Theory]
    [InlineData("Mevrouw op {|ROOM:kamer 12|} heeft gebeld.")]
    [InlineData("{|ROOM:Bed 4|} Bakker, {|ROOM:bed 5|} Peters.")]
    [InlineData("Mrs T in {|ROOM:Bay 3, bed 2|} taught us to knit.")]
    [InlineData("The man in {|ROOM:room 214|} and the baby in {|ROOM:box 3|}.")]
    [InlineData("Ze woont op {|ROOM:kamer 6|} van De Zonnehof, {|ROOM:kamernummer 6b|}.")]
    public void Finds_rooms_and_beds(string markup) => Verify.Entities(EntityType.Room, markup);

    [Theory]
    [InlineData("Ingeschreven bij de Kamer van Koophandel.")]
    [InlineData("There is room for improvement after 3 days of bed rest.")]
    [InlineData("De afdeling heeft 3 bedden en 12 kamers.")]
    [InlineData("Send it to PO Box 123, Leeds.")]
    [InlineData("Twee bezoekers per bed, 10 jaar lang.")]
    public void Ignores_look_alikes_without_a_room_number(string text) => Verify.Entities(EntityType.Room, text);
}

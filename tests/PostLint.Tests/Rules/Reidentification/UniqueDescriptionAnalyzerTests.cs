using PostLint.Tests.Verification;

namespace PostLint.Tests.Rules.Reidentification;

public class UniqueDescriptionAnalyzerTests
{
    [Theory]
    [InlineData("{|PL2002:De enige tandarts|} van Ameland kwam vanmorgen bij ons binnen met een hartinfarct.")]
    [InlineData("{|PL2002:Onze oudste bewoonster|} heeft vandaag haar eerste griepprik gehad.")]
    [InlineData("Admitted {|PL2002:the oldest resident of the island|} with pneumonia last night.")]
    [InlineData("Proud of the team: {|PL2002:our youngest ever heart transplant patient|}, aged 4, from Truro, went home today.")]
    [InlineData("{|PL2002:Onze jongste patiënt ooit|} mocht vandaag naar huis na haar hartoperatie.")]
    [InlineData("Vannacht {|PL2002:de enige verloskundige|} van Schiermonnikoog opgenomen die vorige week bevallen is.")]
    public void Fires_on_a_description_that_fits_one_person_in_a_care_context(string markup) =>
        Verify.Rule("PL2002", markup);

    [Theory]
    [InlineData("Als de enige huisarts van Ameland zie ik van alles voorbijkomen.")]
    [InlineData("Onze oudste bewoonster werd vandaag 104 en kreeg een taart van haar kleinkinderen.")]
    [InlineData("Een oudere patiënt uit de regio vertelde me vandaag een mooi verhaal.")]
    [InlineData("The oldest resident of the village opened the new community garden today.")]
    [InlineData("Our youngest team member just passed her exams after her first year on the transplant ward.")]
    public void Is_silent_without_care_context_or_a_unique_description(string text) =>
        Verify.Rule("PL2002", text);

    [Fact]
    public void Is_silent_when_the_patient_is_already_named() =>
        Verify.Rule("PL2002", "Mevrouw Jansen, onze oudste bewoonster, is vandaag opgenomen met een longontsteking.");

    [Fact]
    public void Fix_generalises_the_description() =>
        Verify.FixesResolve("PL2002", "De enige tandarts van Ameland kwam vanmorgen bij ons binnen met een hartinfarct.");
}

using PostLint.Tests.Verification;

namespace PostLint.Tests.Rules.Professionalism;

public class PrivateChannelInvitationAnalyzerTests
{
    private static Post Professional(Post post) => post with { Author = new AuthorProfile("nurse", null, AccountKind.Professional) };

    private static Post Institution(Post post) => post with { Author = new AuthorProfile("institution", null, AccountKind.Professional) };

    [Theory]
    [InlineData("Patiënten met vragen na de operatie mogen me altijd bellen op {|PL6001:mijn privénummer|}.")]
    [InlineData("Voor al mijn cliënten: volg {|PL6001:mijn privéaccount|} voor extra oefeningen.")]
    [InlineData("Lieve ouders, {|PL6001:stuur me een DM|} als je kind nog klachten heeft.")]
    [InlineData("Patients, feel free to add me on {|PL6001:my personal Instagram|} after discharge.")]
    [InlineData("Families of our residents: {|PL6001:text me|} any time with questions.")]
    [InlineData("Nog vragen na je opname? {|PL6001:Whatsapp me|} gerust op 06-12345678!")]
    public void Fires_on_private_channels_offered_to_patients(string markup) => Verify.Rule("PL6001", markup, Professional);

    [Theory]
    [InlineData("Vragen over uw uitslag? Bel de praktijk of neem contact op via ons contactformulier.")]
    [InlineData("Interesse in de vacature? Stuur me een DM, dan vertel ik meer over het team.")]
    [InlineData("Zet nooit je privénummer in een bericht aan patiënten.")]
    [InlineData("Patients can reach the ward through the hospital switchboard at any time.")]
    public void Is_silent_on_professional_channels_and_advice(string text) => Verify.Rule("PL6001", text, Professional);

    [Fact]
    public void An_institution_inviting_direct_messages_is_service() =>
        Verify.Rule("PL6001", "Vragen over parkeren of bezoektijden? Patiënten en bezoekers kunnen ons een DM sturen of DM me via de balie-account.", Institution);
}

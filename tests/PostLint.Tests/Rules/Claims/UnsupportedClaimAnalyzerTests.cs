using PostLint.Tests.Verification;

namespace PostLint.Tests.Rules.Claims;

/// <summary>
/// PL5007: the claim classifier and the post index together. Sentences here are written for these tests and are
/// not in the classifier's training or held-out sets.
/// </summary>
public class UnsupportedClaimAnalyzerTests
{
    [Theory]
    [InlineData("{|PL5007:Elke boosterprik verdikt je bloed en maakt je vatbaar voor beroertes.|}")]
    [InlineData("Let op. {|PL5007:Elke boosterprik maakt je bloed stroperig en geeft je beroertes.|}")]
    [InlineData("{|PL5007:Every booster shot damages your heart and makes you prone to strokes.|}")]
    [InlineData("Listen up. {|PL5007:Every booster shot damages your heart and makes you prone to strokes.|}")]
    [InlineData("Luister... {|PL5007:Every booster shot damages your heart and makes you prone to strokes.|}")]
    [InlineData("He said it plainly. {|PL5007:Every booster shot damages your heart and makes you prone to strokes.|}")]
    [InlineData("{|PL5007:Anyone can see that every booster shot damages your heart and makes you prone to strokes.|}")]
    public void Fires_on_asserted_health_claims(string markup) => Verify.Rule("PL5007", markup);

    [Theory]
    [InlineData("{|PL5007:De gewone griep kost elk jaar meer levens dan corona.|}")]
    public void Fires_on_deaths_compared_to_play_a_danger_down(string markup) => Verify.Rule("PL5007", markup);

    [Theory]
    [InlineData("Is it true that more people die of the flu than of covid?")]
    [InlineData("Volgens het RIVM overleden er deze winter meer mensen aan griep dan aan corona.")]
    [InlineData("Some claim more people die of the flu than of covid, but the death figures say otherwise.")]
    [InlineData("Ons team rouwt: twee collega's gingen dood bij het ongeluk op de A2.")]
    public void Is_silent_on_deaths_asked_sourced_reported_or_without_a_claim(string text) => Verify.Rule("PL5007", text);

    [Theory]
    [InlineData("Maakt die nieuwe griepprik ouderen echt doodziek?")]
    [InlineData("Sommigen beweren dat heet water met gember elk virus doodt, maar daar is geen bewijs voor.")]
    [InlineData("Het fabeltje dat zendmasten luchtwegklachten veroorzaken blijft hardnekkig.")]
    [InlineData("Gember kan misschien helpen bij misselijkheid, maar het doodt geen virus.")]
    [InlineData("Volgens het RIVM veroorzaakt de griepprik bij een klein deel van de mensen een pijnlijke arm.")]
    [InlineData("De minister moet aftreden na dit debacle in de zorg.")]
    [InlineData("Vandaag 40 griepprikken gezet op de praktijk, dank aan de assistentes.")]
    [InlineData("Does the new flu jab really make old people gravely ill?")]
    [InlineData("Some claim hot water with ginger kills any virus, but there is no evidence for it.")]
    [InlineData("The myth that phone masts cause breathing problems refuses to die.")]
    [InlineData("Ginger may help with nausea, but it does not kill a virus.")]
    [InlineData("According to the CDC, the flu shot causes a sore arm in a small share of people.")]
    [InlineData("The health secretary must resign after this fiasco in the NHS.")]
    [InlineData("Gave 40 flu jabs at the practice today, thanks to the reception team.")]
    [InlineData("The same people who said... Every booster shot weakens your immunity and makes you prone to cancer. Are now selling supplements.")]
    [InlineData("Dezelfde mensen die riepen... Elke boosterprik verzwakt je afweer en maakt je vatbaar voor kanker. Verkopen nu pillen.")]
    [InlineData("Beware of anyone who says every booster shot weakens your immunity and makes you prone to cancer.")]
    [InlineData("Anyone promising that a booster shot weakens your immunity and makes you prone to cancer is selling something.")]
    [InlineData("Wie belooft dat elke boosterprik je afweer verzwakt en je vatbaar maakt voor kanker, verkoopt iets.")]
    public void Is_silent_on_questions_reports_debunks_hedges_sources_and_everyday_posts(string text) => Verify.Rule("PL5007", text);

    // The classifier takes these for claims too, but a more specific rule says what is wrong: one sentence, one finding.
    [Theory]
    [InlineData("PL5006", "Die nieuwe {|PL5006:griepprik maakt ouderen doodziek en velen overlijden|} eraan.")]
    [InlineData("PL5006", "The new {|PL5006:flu jab is making old people gravely ill and many die from|} it.")]
    [InlineData("PL5001", "Listen up. Hot water with {|PL5001:ginger kills|} any virus in your throat.")]
    public void A_more_specific_claims_rule_wins(string rule, string markup)
    {
        var result = Verify.Rule(rule, markup);
        result.Diagnostics.Should().NotContain(d => d.Id == "PL5007");
    }
}

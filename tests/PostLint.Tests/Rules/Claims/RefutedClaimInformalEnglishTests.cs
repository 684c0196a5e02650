using PostLint.Tests.Verification;

namespace PostLint.Tests.Rules.Claims;

/// <summary>
/// PL5006 on informal English COVID and vaccine misinformation (the misinfo-recall issue): a concept set before a comma
/// and taken up by a pronoun after it ("those jabs, they ..."), a warning whose negation belongs to the imperative ("DO
/// NOT GIVE ..."), the comparison put first ("more people die of the flu than ..."), and "not one lab has ever isolated
/// it". Each class has look-alikes that must stay silent: debunks, questions, reports, sourced figures and correct advice.
/// </summary>
public class RefutedClaimInformalEnglishTests
{
    [Theory]
    [InlineData("Those booster {|PL5006:shots, they change your DNA|} for good.")]
    [InlineData("Raw {|PL5006:garlic, it kills the virus|} before it reaches your lungs.")]
    [InlineData("{|PL5006:Autism, that is what those jabs give|} kids.")]
    [InlineData("{|PL5006:Hot steam, that's what kills covid|}, no pharmacy needed.")]
    public void Fires_on_a_concept_taken_up_after_a_comma(string markup) => Verify.Rule("PL5006", markup);

    [Theory]
    [InlineData("Garlic, it is a nice ingredient and it kills nothing.")]
    [InlineData("The vaccine, they say, kills people.")]
    [InlineData("Covid, it kills the elderly and the sick.")]
    [InlineData("Steam, it can ease a blocked nose, but it doesn't kill the virus.")]
    [InlineData("The booster, it is safe and it protects against covid.")]
    [InlineData("The vaccine was fine, it is the virus that kills people.")]
    public void Is_silent_on_comma_look_alikes(string text) => Verify.Rule("PL5006", text);

    [Theory]
    [InlineData("DON'T GIVE YOUR {|PL5006:KIDS THAT VACCINE IT WILL KILL|} THEM")]
    [InlineData("NEVER TAKE THE {|PL5006:JAB, IT WILL KILL|} YOU!!!")]
    [InlineData("Do not give the mRNA {|PL5006:shots to frail old people they will die|}.")]
    public void Fires_on_a_warning_against_a_harmful_agent(string markup) => Verify.Rule("PL5006", markup);

    [Theory]
    [InlineData("Do not give aspirin to children, it can cause Reye's syndrome.")]
    [InlineData("Don't believe anyone who says the vaccine will kill you.")]
    [InlineData("Do not give the vaccine to anyone who had anaphylaxis after the first dose.")]
    [InlineData("Don't take ivermectin for covid, it does not work.")]
    [InlineData("Never take the vaccine while you have a high fever; rebook it for next week.")]
    public void Is_silent_on_warning_look_alikes(string text) => Verify.Rule("PL5006", text);

    [Theory]
    [InlineData("{|PL5006:More people die from the flu every year than from covid|}.")]
    [InlineData("{|PL5006:More people died of influenza last winter than of this pandemic|}.")]
    [InlineData("{|PL5006:More people die from the vaccine than from the virus|} itself.")]
    [InlineData("{|PL5006:More people die of the common flu than of covid|}, wake up")]
    public void Fires_on_the_comparison_put_first(string markup) => Verify.Rule("PL5006", markup);

    [Theory]
    [InlineData("More people died from covid in 2020 than from the flu in five years.")]
    [InlineData("Did more people die from the flu than from covid this winter?")]
    [InlineData("According to the ONS, more people died from covid than from flu and pneumonia combined.")]
    [InlineData("More people die from the flu when fewer get their flu jab.")]
    public void Is_silent_on_comparison_look_alikes(string text) => Verify.Rule("PL5006", text);

    [Theory]
    [InlineData("Not one {|PL5006:virologist has ever isolated this virus|}.")]
    [InlineData("No {|PL5006:scientist anywhere has actually isolated the coronavirus|}, look it up.")]
    [InlineData("No {|PL5006:one has ever isolated covid|}.")]
    public void Fires_on_nobody_having_isolated_the_virus(string markup) => Verify.Rule("PL5006", markup);

    [Theory]
    [InlineData("Scientists isolated the coronavirus within weeks of the first cases.")]
    [InlineData("Has any lab ever isolated the virus from a face mask?")]
    [InlineData("Labs in Wuhan and Melbourne had actually isolated the virus by January 2020.")]
    [InlineData("It is a myth that no lab has ever isolated the virus.")]
    public void Is_silent_on_isolation_look_alikes(string text) => Verify.Rule("PL5006", text);

    [Theory]
    [InlineData("{|PL5006:Omicron is just a bad cold|}, stop testing.")]
    [InlineData("Honestly {|PL5006:this virus is nothing to worry about|}.")]
    [InlineData("{|PL5006:Corona is no danger|} to healthy people.")]
    [InlineData("{|PL5006:Covid has a 99.7% survival rate|}, why are we still doing this")]
    [InlineData("{|PL5006:The flu is worse than covid|} for kids.")]
    [InlineData("That {|PL5006:jab is more dangerous|} than the virus.")]
    public void Fires_on_downplaying_covid(string markup) => Verify.Rule("PL5006", markup);

    [Theory]
    [InlineData("Covid is not harmless, even for the young.")]
    [InlineData("Is covid harmless for children?")]
    [InlineData("Most colds are harmless and clear up within a week.")]
    [InlineData("The survival rate after heart surgery here is 99.7%.")]
    [InlineData("Covid is far worse than the flu for the elderly.")]
    [InlineData("The vaccine is worse than people think for a sore arm, but it passes in a day.")]
    [InlineData("Deaths after vaccination are extremely rare.")]
    public void Is_silent_on_downplay_look_alikes(string text) => Verify.Rule("PL5006", text);

    [Theory]
    [InlineData("Wearing a {|PL5006:mask all day starves your brain of oxygen|}.")]
    [InlineData("{|PL5006:Masking kids deprives them of oxygen|}.")]
    [InlineData("{|PL5006:PCR tests are worthless|}, they find whatever they are told to find.")]
    [InlineData("The {|PL5006:PCR test can't detect|} a thing.")]
    public void Fires_on_masks_and_tests_said_to_harm_or_do_nothing(string markup) => Verify.Rule("PL5006", markup);

    [Theory]
    [InlineData("Covid pneumonia starves the blood of oxygen.")]
    [InlineData("Masks do not deprive you of oxygen; surgeons wear them all day.")]
    [InlineData("PCR tests are not worthless: they are the most sensitive test we have.")]
    [InlineData("Rapid tests can't detect an infection on its first day; a PCR test can.")]
    public void Is_silent_on_mask_and_test_look_alikes(string text) => Verify.Rule("PL5006", text);

    [Theory]
    [InlineData("{|PL5006:Drinking alcohol kills the coronavirus|} in your throat.")]
    [InlineData("A hot toddy with {|PL5006:whiskey every night flushes the virus|} out.")]
    [InlineData("{|PL5006:Vitamin C protects you from covid|}, forget the jab.")]
    [InlineData("Drink {|PL5006:hot tea all day and the virus can't survive|}.")]
    [InlineData("{|PL5006:The pandemic was planned years ago|}.")]
    [InlineData("{|PL5006:Phone masts spread the virus|}, look at the map.")]
    public void Fires_on_remedies_and_conspiracies(string markup) => Verify.Rule("PL5006", markup);

    [Theory]
    [InlineData("Alcohol-based hand gel kills the coronavirus on your skin.")]
    [InlineData("Drinking alcohol does not protect you against covid.")]
    [InlineData("Does vitamin C protect against covid?")]
    [InlineData("The virus can't survive long on dry surfaces in sunlight.")]
    [InlineData("Pandemic plans were drawn up years ago and then ignored.")]
    [InlineData("The phone mast near the school will be moved next spring.")]
    public void Is_silent_on_remedy_and_conspiracy_look_alikes(string text) => Verify.Rule("PL5006", text);

    [Theory]
    [InlineData("Why do we never hear about all the people {|PL5006:dying after the jab|}?")]
    [InlineData("{|PL5006:Vaccinated people are dropping like flies|}.")]
    [InlineData("{|PL5006:Vaccines do more harm than good|}.")]
    [InlineData("{|PL5006:Masks do more harm than good|} for small children.")]
    [InlineData("{|PL5006:Covid was never real|}.")]
    [InlineData("{|PL5006:Covid never existed|}, it was the flu all along.")]
    [InlineData("Not one {|PL5006:lab in the world has ever isolated this so-called virus|}.")]
    public void Fires_on_rhetorical_questions_idioms_and_denials(string markup) => Verify.Rule("PL5006", markup);

    [Theory]
    [InlineData("Why do we never hear about the people saved by the vaccine?")]
    [InlineData("The unvaccinated are dropping like flies in the ICU.")]
    [InlineData("The vaccine gives you antibodies against covid.")]
    [InlineData("The vaccine cannot give you covid, it contains no live virus.")]
    [InlineData("The flu jab gives older people a better chance this winter.")]
    [InlineData("Skipping the vaccine does more harm than good.")]
    [InlineData("Antibiotics for a cold do more harm than good.")]
    [InlineData("Covid is real, and it is still killing people.")]
    [InlineData("Is covid even real?")]
    public void Is_silent_on_rhetorical_idiom_and_denial_look_alikes(string text) => Verify.Rule("PL5006", text);
}

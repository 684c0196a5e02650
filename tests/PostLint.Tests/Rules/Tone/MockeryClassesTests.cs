using PostLint.Diagnostics;
using PostLint.Tests.Verification;

namespace PostLint.Tests.Rules.Tone;

/// <summary>
/// Classes of mockery the word lists alone missed: a veiled threat that trails off, name-calling pointed by a
/// demonstrative or "all of them", a person or profession denied their title in scare quotes, care denied to a judged
/// group of patients; and the look-alikes each must leave alone (conditions with a consequence, cited plan and book
/// names, a stigma denied).
/// </summary>
public class MockeryClassesTests
{
    [Theory]
    [InlineData("{|PL4001:Als die vader nog één keer tegen mijn collega schreeuwt, dan...|} 😤")]
    [InlineData("{|PL4001:If that man shouts at my team one more time, then…|} Count to ten.")]
    [InlineData("Ik zeg het maar even: {|PL4001:als hij nog eens aan mijn spullen zit dan...|}")]
    public void Fires_on_a_veiled_threat_that_trails_off(string markup) => Verify.Rule("PL4001", markup);

    [Theory]
    [InlineData("Als het morgen nog een keer misgaat, dan bel ik de storingsdienst.")]
    [InlineData("If the pain comes back again, then please call 111.")]
    [InlineData("Als je vragen hebt, dan... tja, bel gerust de poli.")]
    [InlineData("Als die zoon nog een keer belt, dan verbind ik hem door met de arts.")]
    public void Is_silent_on_a_condition_with_its_consequence_or_without_a_repeat(string text) => Verify.Rule("PL4001", text);

    [Theory]
    [InlineData("It's about time somebody stopped {|PL4001:that clown|} from running the trust.")]
    [InlineData("Ik ben klaar met {|PL4001:die oplichter|} van de kliniek.")]
    [InlineData("{|PL4001:Kwakzalvers|}, allemaal.")]
    [InlineData("{|PL4001:Charlatans|}, the lot of them.")]
    public void Fires_on_name_calling_pointed_at_someone(string markup) => Verify.Rule("PL4001", markup);

    [Theory]
    [InlineData("The kids loved the clown at the hospital party.")]
    [InlineData("De kinderen zijn gek op die clown van de Cliniclowns.")]
    [InlineData("Charlatans and quacks: how to spot health fraud online, a guide by the consumer association.")]
    [InlineData("Oplichters proberen ouderen via de telefoon geld af te troggelen, waarschuwt de politie.")]
    public void Is_silent_on_the_same_words_not_aimed_at_anyone(string text) => Verify.Rule("PL4001", text);

    [Theory]
    [InlineData("Those {|PL4003:'physios'|} who think a massage fixes a fracture.")]
    [InlineData("Our {|PL4003:so-called 'consultants|}' cancelled the training again.")]
    [InlineData("These {|PL4003:'consultants'|} never answer their bleep.")]
    [InlineData("Die {|PL4003:'teamleider'|} ging om vijf uur naar huis.")]
    public void Fires_on_a_colleague_denied_their_title_in_scare_quotes(string markup) => Verify.Rule("PL4003", markup);

    [Theory]
    [InlineData("The 'nurse practitioner' role was introduced in the 1990s.")]
    [InlineData("Het kabinet wil met 'passende zorg' de huisartsen ontlasten, maar 'minder regels' zie ik nog niet.")]
    [InlineData("The government's 'virtual wards' plan promises 'care closer to home' for patients.")]
    public void Is_silent_on_a_plain_or_cited_quote(string text) => Verify.NoFinding(DiagnosticCategory.Tone, text);

    [Theory]
    [InlineData("{|PL4002:Smokers who won't quit shouldn't get|} a new hip, end of.")]
    [InlineData("{|PL4002:Dronken jongeren verdienen geen|} ambulance.")]
    public void Fires_on_care_denied_to_a_judged_group_of_patients(string markup) => Verify.Rule("PL4002", markup);

    [Theory]
    [InlineData("Smokers who want to quit should get support from their GP.")]
    [InlineData("NICE says patients with a BMI over 40 should not be offered this procedure until they have had weight management.")]
    [InlineData("Patients who keep missing appointments often have no phone credit; they still deserve care.")]
    [InlineData("It is simply not true that obese patients shouldn't get knee replacements.")]
    public void Is_silent_on_eligibility_and_support(string text) => Verify.Rule("PL4002", text);

    [Theory]
    [InlineData("Burn-out is geen schande. Praat erover met je leidinggevende.")]
    [InlineData("Verslaving is geen karakterfout maar een ziekte.")]
    public void Is_silent_on_a_stigma_denied(string text) => Verify.NoFinding(DiagnosticCategory.Tone, text);
}

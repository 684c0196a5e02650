using PostLint.Tests.Verification;

namespace PostLint.Tests.Rules.Tone;

public class PatientMockeryAnalyzerTests
{
    [Theory]
    [InlineData("The {|PL4002:gomer|} we have in tonight pulled out his cannula again.")]
    [InlineData("Onze '{|PL4002:frequent flyer|}' is er weer.")]
    [InlineData("Die man is gewoon een oude {|PL4002:zeurpiet|} die aandacht wil.")]
    [InlineData("{|PL4002:Dikke patiënten|} die klagen dat het bed te smal is.")]
    [InlineData("She's a total {|PL4002:acopia|}, just a {|PL4002:bed blocker|} waiting for a care home.")]
    [InlineData("Die {|PL4002:walrus|} van kamer 4 past niet in de rolstoel.")]
    [InlineData("{|PL4002:Domme patiënten|} die hun medicijnen niet innemen.")]
    public void Fires_on_mockery_of_patients(string markup) => Verify.Rule("PL4002", markup);

    [Theory]
    [InlineData("Ach, {|PL4002:wat fijn dat u|} om 23:55 belt. Echt, ik heb verder niks te doen hoor 🙃")]
    [InlineData("Weer een patiënt die denkt dat Google het beter weet {|PL4002:🙄|}")]
    [InlineData("{|PL4002:Ja hoor, weer een|} 'spoedgeval' om 3 uur 's nachts 🙄")]
    public void Fires_on_sarcasm_aimed_at_patients(string markup) => Verify.Rule("PL4002", markup);

    [Theory]
    [InlineData("Zeg nooit 'lastige patiënt': er zijn geen lastige patiënten, wel lastige situaties.")]
    [InlineData("The term 'frequent flyer' is stigmatising, let's drop it.")]
    [InlineData("Gentle reminder that 'bed blocker' is not a diagnosis.")]
    public void Is_silent_when_the_term_is_quoted_to_reject_it(string text) => Verify.Rule("PL4002", text);

    [Theory]
    [InlineData("Nothing says 'winter pressures' like a cold slice of toast at 4am 😅")]
    [InlineData("Mijn hobby's: uitleggen dat antibiotica niet tegen verkoudheid helpen 🙃")]
    [InlineData("Wat fijn dat u er was bij onze open dag!")]
    [InlineData("Ja hoor, u kunt altijd bellen voor een afspraak.")]
    [InlineData("A patient told me today I 'look too young to be a doctor'. Best compliment all year 😂")]
    [InlineData("Hypochondrie heet tegenwoordig ziekteangststoornis.")]
    [InlineData("Drunk driving kills: never drink and drive this Christmas.")]
    public void Is_silent_on_harmless_irony_and_clinical_words(string text) => Verify.Rule("PL4002", text);

    [Fact]
    public void Fix_offers_neutral_wording() =>
        Verify.FixesResolve("PL4002", "We have another bed blocker on the ward.", p => p with { Language = PostLanguage.English });
}

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
    [InlineData("Diabetici type 2 hebben het aan zichzelf te danken, {|PL4002:vreetzakken|} zijn het.")]
    [InlineData("Had vandaag een patiënt van 180 kilo, die {|PL4002:vreetzak|} paste niet eens in de MRI.")]
    [InlineData("Mevrouw snapte na drie keer uitleggen nog steeds niet hoe een pufje werkt. {|PL4002:Hersencel zoek|}, denk ik.")]
    [InlineData("That patient has the {|PL4002:IQ of a potato|}, explained it five times and he still didn't get it.")]
    [InlineData("Alcoholisten op de afdeling {|PL4002:verdienen eigenlijk geen bed|}.")]
    public void Fires_on_mocking_a_patients_weight_or_intelligence(string markup) => Verify.Rule("PL4002", markup);

    [Theory]
    [InlineData("Het IQ van een kind met deze aandoening ligt meestal rond de 70.")]
    [InlineData("Brain cells die within minutes in a stroke: call 112.")]
    [InlineData("Patients with obesity face stigma in every clinic. Weight bias among clinicians is real; let's talk about it respectfully.")]
    public void Is_silent_on_clinical_words_about_weight_and_intelligence(string text) => Verify.Rule("PL4002", text);

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

    [Theory]
    [InlineData("Eerst gevaccineerd: 'zorgmedewerkers', 'ouderen' en 'risicogroepen'. Daarna patiënten met klachten.")]
    [InlineData("I was told it was 'stress', 'hormones' or 'age' by the patients' doctors.")]
    public void Is_silent_on_a_list_of_quoted_categories(string text) => Verify.Rule("PL4002", text);

    [Fact]
    public void Fires_on_the_same_quotes_apart() =>
        Verify.Rule("PL4002", "I was told it was {|PL4002:'stress'|} by the patients' 'doctors'.");

    [Fact]
    public void Fix_offers_neutral_wording() =>
        Verify.FixesResolve("PL4002", "We have another bed blocker on the ward.", p => p with { Language = PostLanguage.English });

    [Theory]
    [InlineData("{|PL4002:Obese people clogging up our clinics again. Disgusting|}.")]
    [InlineData("{|PL4002:Dronken jongeren die de SEH weer verstoppen. Walgelijk|}.")]
    [InlineData("Every weekend the same: {|PL4002:drunk teenagers clogging up A&E, absolutely disgusting|}.")]
    [InlineData("{|PL4002:Zwaarlijvige patiënten die de wachtkamer bezet houden. Echt walgelijk|}!")]
    public void Fires_on_disgust_aimed_at_a_group_of_patients(string markup) => Verify.Rule("PL4002", markup);

    [Theory]
    [InlineData("This waiting list is disgusting.")]
    [InlineData("Disgusting weather today, stay safe on the roads.")]
    [InlineData("Patients left on trolleys all night. Disgusting.")]
    [InlineData("Obese patients waiting two years for surgery. Disgusting.")]
    [InlineData("Deze wachtlijst is walgelijk.")]
    [InlineData("Patiënten die maanden moeten wachten op een operatie. Walgelijk.")]
    [InlineData("Disgusting how obese patients are treated in some clinics.")]
    public void Is_silent_on_disgust_at_a_thing_or_on_behalf_of_patients(string text) => Verify.Rule("PL4002", text);
}

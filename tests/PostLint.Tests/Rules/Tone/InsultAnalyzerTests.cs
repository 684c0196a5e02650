using PostLint.Tests.Verification;

namespace PostLint.Tests.Rules.Tone;

public class InsultAnalyzerTests
{
    [Theory]
    [InlineData("Die {|PL4001:klootzak|} die vannacht mijn collega sloeg.")]
    [InlineData("Ga dan lekker naar dokter Google, {|PL4001:sukkel|}.")]
    [InlineData("Another drunk {|PL4001:moron|} on my shoes at 3am.")]
    [InlineData("Die {|PL4001:kankerlijer|} heeft mijn auto bekrast.")]
    [InlineData("{|PL4001:Krijg de tering|} met je klachten.")]
    [InlineData("Morgen weer naar dat {|PL4001:k*thospice|}.")]
    [InlineData("Ik heb echt {|PL4001:schijt aan|} die nieuwe regels.")]
    public void Fires_on_insults_and_profanity(string markup) => Verify.Rule("PL4001", markup);

    [Theory]
    [InlineData("Die {|PL4001:k4nkerlijer|} heeft mijn auto bekrast.")]
    [InlineData("What a {|PL4001:m0ron|} that locum is.")]
    [InlineData("Jij bent echt een {|PL4001:k l o o t z a k|}.")]
    [InlineData("Die {|PL4001:I.D.I.O.O.T|}. van de poli is mijn dossier kwijt.")]
    [InlineData("The manager is a total {|PL4001:a$$hole|}.")]
    [InlineData("{|PL4001:Shut up|} you stupid {|PL4001:b!tch|}.")]
    [InlineData("{|PL4001:Rot toch op|}, {|PL4001:klootzaaaak|}.")]
    [InlineData("You absolute {|PL4001:idiooooot|}.")]
    [InlineData("That {|PL4001:f*cking|} registrar ignored me again.")]
    [InlineData("Ik ben zo {|PL4001:f*cking|} klaar met dit rooster.")]
    public void Fires_on_insults_in_disguise(string markup) => Verify.Rule("PL4001", markup);

    [Theory]
    [InlineData("Die {|PL4001:kankermongool|} van de taxi was weer te laat.")]
    [InlineData("Wat een {|PL4001:teringwijf|}, die moeder van bed 2.")]
    [InlineData("{|PL4001:Kk lijer|}, die bezoeker van vanmiddag.")]
    [InlineData("Die {|PL4001:klere-lijer|} van de verzekeraar hing gewoon op.")]
    [InlineData("Die {|PL4001:kenkerlijer|} van kamer 8 drukt weer op de bel.")]
    [InlineData("Die {|PL4001:tyfuslyer|} van de nachtdienst heeft weer niks gedaan.")]
    public void Fires_on_disease_curses_glued_to_a_person(string markup) => Verify.Rule("PL4001", markup);

    [Theory]
    [InlineData("Kankeronderzoek levert elk jaar nieuwe behandelingen op.")]
    [InlineData("Onze kankerverpleegkundigen en de kankerpatiënten vierden samen feest.")]
    [InlineData("Bij de tyfusvaccinatie hoort een reisadvies van de GGD.")]
    [InlineData("Kanker op jonge leeftijd komt vaker voor dan je denkt.")]
    [InlineData("Bij kanker mensen goed begeleiden is ons vak.")]
    [InlineData("Hoe gaat het met de nieuwe collega? Goed hoor!")]
    [InlineData("De hoes om de matras moet elke week gewassen worden.")]
    [InlineData("B12 deficiency and COVID-19 in the F1 rota, 3 falls and 0 pressure sores.")]
    [InlineData("Ik ben zooo blij met ons team!!!")]
    [InlineData("Morgen weer naar die k*tprinter.")]
    public void Is_silent_on_medical_compounds_and_ordinary_spellings(string text) => Verify.Rule("PL4001", text);

    [Theory]
    [InlineData("She's a lying {|PL4001:hoe|}.")]
    [InlineData("Stop crying, {|PL4001:pussy|}.")]
    [InlineData("Wat {|PL4001:ben jij een vieze rat|}.")]
    [InlineData("{|PL4001:Jij bent echt een eikel|}, weet je dat?")]
    [InlineData("Zo, weer een {|PL4001:eikel|} van een chirurg gehad vandaag.")]
    [InlineData("{|PL4001:Smerige leugenaars|} zijn het, die managers.")]
    [InlineData("Huisartsen sturen alles maar door naar de SEH, {|PL4001:lui volk|}.")]
    public void Fires_on_the_blunt_abuse_of_tweets(string markup) => Verify.Rule("PL4001", markup);

    [Theory]
    [InlineData("{|PL4001:Wat een clowns|} bij die zorgverzekeraar.")]
    [InlineData("{|PL4001:Stelletje kwallen|}.")]
    [InlineData("Die {|PL4001:antivaxers zijn gewoon gestoord|}.")]
    [InlineData("Echt, {|PL4001:mensen zijn dom|}.")]
    [InlineData("Families who complain about everything: {|PL4001:you're pathetic|}.")]
    [InlineData("{|PL4001:Wat een verwend, irritant volk|}.")]
    [InlineData("Betaal die rit dan zelf, {|PL4001:parasiet|}.")]
    [InlineData("{|PL4001:Die vrouw is een vieze vuile heks|}.")]
    [InlineData("{|PL4001:You are all worthless|} pieces of garbage.")]
    [InlineData("These anti-vax {|PL4001:parents are a menace|}.")]
    [InlineData("{|PL4001:Wat een ongelofelijke eikels|} zijn het daar.")]
    public void Fires_on_ordinary_words_aimed_at_people(string markup) => Verify.Rule("PL4001", markup);

    [Theory]
    [InlineData("Bij een gestoorde nierfunctie moet de dosering omlaag.")]
    [InlineData("Gestoken door een kwal op het strand? Spoel met zeewater.")]
    [InlineData("Een parasiet in de ontlasting, zoals Giardia, geeft vaak buikpijn.")]
    [InlineData("De clowns van de Cliniclowns maakten de kinderen weer blij.")]
    [InlineData("Wat een luie zondag, heerlijk na zes nachtdiensten.")]
    [InlineData("Kanker op jonge leeftijd komt gelukkig weinig voor.")]
    [InlineData("Dick Bruna tekende Nijntje ook voor het ziekenhuis.")]
    [InlineData("Psycho-educatie helpt bij een angststoornis.")]
    [InlineData("Our GP funding is pathetic and the minister should reconsider.")]
    [InlineData("Het is belachelijk dat de minister niet ingrijpt.")]
    [InlineData("Was je handen: vieze handen verspreiden bacteriën.")]
    [InlineData("De eikel is het uiteinde van de penis.")]
    public void Is_silent_on_clinical_and_ordinary_uses(string text) => Verify.Rule("PL4001", text);

    [Theory]
    [InlineData("Ik ben ook maar een sukkel met die nieuwe roosters.")]
    [InlineData("I'm such an idiot, forgot my stethoscope again.")]
    public void Is_silent_on_self_directed_irony(string text) => Verify.Rule("PL4001", text);

    [Theory]
    [InlineData("Al die junks op de SEH zijn gewoon {|PL4001:uitschot|}, laat ze lekker wachten.")]
    [InlineData("Our new junior doctor is as {|PL4001:thick as two short planks|}.")]
    [InlineData("Het is 3 uur 's nachts en ik lig wakker van die collega. Zo'n egoïstisch {|PL4001:kreng|} heb ik nog nooit meegemaakt.")]
    [InlineData("Die aanvrager is zo {|PL4001:dom als het achtereind van een varken|}.")]
    public void Fires_on_insults_in_other_words(string markup) => Verify.Rule("PL4001", markup);

    [Theory]
    [InlineData("Blog over communicatie: een patiënt zei vorige week 'dit is toch allemaal kut' toen hij de uitslag hoorde. Boosheid is vaak angst.")]
    [InlineData("A patient once told me 'this is fucking terrifying' before surgery. Name the fear and the swearing stops.")]
    [InlineData("Een patiënt noemde mij vandaag een 'klootzak' omdat ik geen antibiotica voorschreef. Ik snap zijn frustratie.")]
    public void Is_silent_on_someone_elses_words_reported_in_quotes(string text) => Verify.Rule("PL4001", text);

    [Fact]
    public void Fires_on_swearing_outside_the_reported_quote() =>
        Verify.Rule("PL4001", "Hij zei 'sorry' en toen dacht ik: wat een {|PL4001:klootzak|}.");

    [Theory]
    [InlineData("De kinderen zijn gek op de clown die elke woensdag langskomt.")]
    [InlineData("Ze zijn gek op elkaar, die twee.")]
    public void Is_silent_on_being_fond_of_something(string text) => Verify.Rule("PL4001", text);

    [Fact]
    public void Is_silent_when_the_word_is_quoted_to_reject_it() =>
        Verify.Rule("PL4001", "Noem een patiënt nooit een 'idioot', ook niet in de koffiekamer: het woord is kwetsend.");

    [Fact]
    public void Message_quotes_the_insult() =>
        Verify.Rule("PL4001", "Die {|PL4001:klootzak|} weer.").Diagnostics.Single(d => d.Id == "PL4001").Message.Should().Contain("'klootzak'");

    [Theory]
    [InlineData("Dat kreng van een printer heeft weer alles opgegeten.")]
    [InlineData("Die kutcomputer loopt weer vast tijdens de visite.")]
    [InlineData("This fucking printer jammed again.")]
    [InlineData("Deze laptop is een kreng, drie keer opnieuw opstarten.")]
    [InlineData("Stupid printer ate my discharge letters.")]
    public void Is_silent_on_venting_about_a_thing(string text) => Verify.Rule("PL4001", text);

    [Theory]
    [InlineData("Wat een {|PL4001:kreng|} van een collega.")]
    [InlineData("Die {|PL4001:kutcollega|} heeft mijn dienst weer niet overgenomen.")]
    [InlineData("Die {|PL4001:klootzak|} van de receptie liet de printer gewoon staan.")]
    public void Fires_on_the_same_words_aimed_at_a_person(string markup) => Verify.Rule("PL4001", markup);
}

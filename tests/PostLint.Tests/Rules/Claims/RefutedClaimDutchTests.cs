using PostLint.Tests.Verification;

namespace PostLint.Tests.Rules.Claims;

/// <summary>
/// PL5006 on informal Dutch social-media misinformation, one class of phrasing per theory: the subject taken up again
/// after a comma ("Die prikken, die ..."); corona downplayed (milder than the flu, nothing more than a cold, harmless,
/// "99,9% overleeft het"); tests said to measure nothing and masks said to make you breathe your own CO2; the jab called an
/// experiment or a means of depopulation, the virus made in a lab, deaths and DNA changes from the jab in the verb-last
/// order of subordinate clauses; remedies said to leave the virus no chance or to work without a cure word. Each class
/// has look-alikes that must stay silent: the comparison the other way round, denials, questions, reports of what
/// others believe, sourced figures, and the same words said of something else.
/// </summary>
public class RefutedClaimDutchTests
{
    [Theory]
    [InlineData("Die {|PL5006:vaccins, die veroorzaken autisme|}, dat weet toch iedereen.")]
    [InlineData("{|PL5006:Heet water, dat doodt het virus|} in je keel.")]
    [InlineData("Die {|PL5006:mondkapjes, die geven zuurstoftekort|} bij kinderen.")]
    [InlineData("Die {|PL5006:prikken, die zijn dodelijk|}, let maar op.")]
    public void Fires_when_a_pronoun_takes_the_subject_up_after_a_comma(string markup) => Verify.Rule("PL5006", markup);

    [Theory]
    [InlineData("Vaccins zijn veilig, die veroorzaken geen autisme.")]
    [InlineData("Mijn zoon heeft autisme, dat komt echt niet door vaccins.")]
    [InlineData("Heet water met citroen, dat is lekker bij een verkoudheid.")]
    [InlineData("Die vaccins, daar is niks mis mee: ze veroorzaken geen autisme.")]
    [InlineData("Mondkapjes, zuurstof en CO2 gaan er gewoon doorheen.")]
    public void Is_silent_on_resumed_subjects_that_deny_or_say_something_else(string text) => Verify.Rule("PL5006", text);

    [Theory]
    [InlineData("{|PL5006:Corona is minder gevaarlijk dan de gewone griep|}, wordt wakker.")]
    [InlineData("{|PL5006:Covid is lang niet zo erg als een griepgolf|}, echt waar.")]
    [InlineData("Dat {|PL5006:coronavirus is niet dodelijker dan de seizoensgriep|}.")]
    [InlineData("{|PL5006:De jaarlijkse griep veroorzaakt meer doden dan corona|}.")]
    [InlineData("{|PL5006:Corona is gewoon niet meer dan een verkoudheid|}.")]
    [InlineData("{|PL5006:Dit virus is niks anders dan een zware griep|}.")]
    [InlineData("{|PL5006:Covid is toch gewoon een griepje|} voor gezonde mensen.")]
    [InlineData("{|PL5006:Corona stelt niks voor|}, ik had het en merkte er niks van.")]
    [InlineData("{|PL5006:Dat virus is totaal ongevaarlijk|} voor gezonde mensen.")]
    [InlineData("{|PL5006:Corona wordt zwaar overdreven|} door de media.")]
    [InlineData("{|PL5006:99,7% overleeft corona|}, waarom dan die hele lockdown.")]
    [InlineData("{|PL5006:Bijna iedereen overleeft het|} virus gewoon.")]
    [InlineData("{|PL5006:99,9% overleeft het|}, dus doe niet zo moeilijk.")]
    public void Fires_on_downplaying_corona(string markup) => Verify.Rule("PL5006", markup);

    [Theory]
    [InlineData("De griep is minder gevaarlijk dan corona, zeker voor ouderen.")]
    [InlineData("Corona veroorzaakt meer doden dan de jaarlijkse griep.")]
    [InlineData("Is corona echt minder gevaarlijk dan de griep?")]
    [InlineData("Sommigen beweren dat corona minder erg is dan griep, maar de IC-cijfers zeggen iets anders.")]
    [InlineData("Corona is geen gewone griep, dat zien we elke dag op de IC.")]
    [InlineData("Corona is niet ongevaarlijk, ook niet voor jonge mensen.")]
    [InlineData("Die griepprik stelt niks voor, je voelt er bijna niks van.")]
    [InlineData("Is corona ongevaarlijk voor kinderen? Meestal verloopt het mild.")]
    [InlineData("Ruim 99 procent van de patiënten overleeft deze ingreep.")]
    [InlineData("Volgens het RIVM overleeft 99 procent van de jonge mensen corona, bij ouderen ligt dat veel lager.")]
    public void Is_silent_on_comparisons_the_right_way_round_denials_questions_and_sourced_figures(string text) => Verify.Rule("PL5006", text);

    [Theory]
    [InlineData("Die {|PL5006:PCR-test meet helemaal niets|}, alles is vals positief.")]
    [InlineData("De {|PL5006:coronatesten zijn totaal onbetrouwbaar|}, ze geven vals positief.")]
    [InlineData("{|PL5006:Corona is een casedemie|}, meer niet.")]
    [InlineData("Achter dat {|PL5006:mondkapje adem je steeds je eigen CO2|} weer in.")]
    [InlineData("{|PL5006:Mondmaskers zijn slecht voor je longen|}.")]
    [InlineData("Die {|PL5006:zendmasten maken je longen|} kapot.")]
    public void Fires_on_tests_said_to_measure_nothing_and_masks_or_masts_said_to_harm(string markup) => Verify.Rule("PL5006", markup);

    [Theory]
    [InlineData("Een PCR-test is betrouwbaar als je klachten hebt.")]
    [InlineData("Zijn coronatesten onbetrouwbaar bij mensen zonder klachten?")]
    [InlineData("Mijn sneltest gaf een vage streep, ik laat nu een PCR-test doen.")]
    [InlineData("Roken is slecht voor je longen.")]
    [InlineData("Mondkapjes beschermen je longen niet tegen fijnstof, daarvoor heb je een FFP2-masker nodig.")]
    [InlineData("Met een mondkapje adem je gewoon genoeg zuurstof in, dat is gemeten.")]
    public void Is_silent_on_test_advice_questions_and_harm_said_of_something_else(string text) => Verify.Rule("PL5006", text);

    [Theory]
    [InlineData("Die {|PL5006:mRNA-prik is een experiment|} op de hele bevolking.")]
    [InlineData("Die {|PL5006:coronavaccins zijn experimentele gentherapie|}.")]
    [InlineData("Die hele {|PL5006:vaccinatiecampagne is bedoeld om de bevolking te ontvolken|}.")]
    [InlineData("Die {|PL5006:gifprik dient voor depopulatie|}, wakker worden mensen.")]
    [InlineData("{|PL5006:Corona is gewoon in een lab in Wuhan gemaakt|}.")]
    [InlineData("{|PL5006:Dat virus is kunstmatig gemaakt|}, dat zie je aan het genoom.")]
    [InlineData("{|PL5006:Mensen gaan dood aan die gifprik|}.")]
    [InlineData("Omdat de {|PL5006:prik je DNA aanpast|}, wil ik hem niet.")]
    [InlineData("Met die mRNA-{|PL5006:spuit sleutelen ze aan je genen|}.")]
    [InlineData("Jonge {|PL5006:sporters overlijden door het vaccin|}.")]
    public void Fires_on_blanket_vaccine_harm_and_conspiracy(string markup) => Verify.Rule("PL5006", markup);

    [Theory]
    [InlineData("Het vaccin is niet experimenteel: het is in drie fasen getest.")]
    [InlineData("Wij doen mee aan een experiment met een nieuwe griepvaccinatie bij ouderen, aldus het UMC.")]
    [InlineData("Complotdenkers roepen dat de vaccins bedoeld zijn voor depopulatie.")]
    [InlineData("Er is geen bewijs dat het virus in een lab is gemaakt.")]
    [InlineData("Het vaccin is in een lab gemaakt, net als elk ander medicijn.")]
    [InlineData("Mensen gaan dood aan corona, laat je vaccineren.")]
    [InlineData("mRNA sleutelt niet aan je DNA, het komt de celkern niet in.")]
    [InlineData("Ouderen overlijden door corona, niet door het vaccin.")]
    public void Is_silent_on_debunks_reports_and_deaths_from_the_disease(string text) => Verify.Rule("PL5006", text);

    [Theory]
    [InlineData("Met {|PL5006:vitamine D heeft corona geen schijn van kans|}.")]
    [InlineData("Met genoeg {|PL5006:knoflook maakt het virus geen kans|}.")]
    [InlineData("{|PL5006:Vitamine C beschermt je volledig tegen covid|}.")]
    [InlineData("{|PL5006:Hydroxychloroquine werkt gewoon|}, maar het wordt tegengehouden.")]
    [InlineData("{|PL5006:Ivermectine is een wondermiddel|}, neem het gewoon.")]
    public void Fires_on_remedies_said_to_work_without_cure_words(string markup) => Verify.Rule("PL5006", markup);

    [Theory]
    [InlineData("Vitamine D is belangrijk voor je botten, zeker in de winter.")]
    [InlineData("Vitamine C beschermt niet tegen corona, zegt het RIVM.")]
    [InlineData("Ivermectine werkt goed tegen schurft.")]
    public void Is_silent_on_remedies_for_other_things_and_denials(string text) => Verify.Rule("PL5006", text);

    [Theory]
    [InlineData("Mijn buurvrouw denkt dat de prik onvruchtbaar maakt, ik leg het haar nog een keer uit.")]
    [InlineData("Op Facebook gaat rond dat 5G corona verspreidt.")]
    public void Is_silent_when_someone_else_believes_it_or_a_rumour_goes_round(string text) => Verify.Rule("PL5006", text);

    [Theory]
    [InlineData("Die {|PL5006:prik maakt je hele afweer kapot|}.")]
    [InlineData("Het {|PL5006:vaccin verpest je immuunsysteem|} voor altijd.")]
    [InlineData("{|PL5006:Mondkapjes zijn levensgevaarlijk|} voor kleine kinderen.")]
    [InlineData("Die {|PL5006:mondkapjes zijn gewoon giftig|}.")]
    [InlineData("#{|PL5006:coronavirusNederland is gewoon een griepje|}, wordt wakker.")]
    public void Fires_on_separable_harm_verbs_masks_called_dangerous_and_hashtag_compounds(string markup) => Verify.Rule("PL5006", markup);

    [Theory]
    [InlineData("Mijn arm was twee dagen kapot na de prik.")]
    [InlineData("De prik maakt je afweer niet kapot, hij traint hem.")]
    [InlineData("Mondkapjes zijn niet gevaarlijk voor kinderen boven de twee jaar.")]
    [InlineData("Zijn mondkapjes gevaarlijk voor mensen met astma?")]
    [InlineData("Blijf thuis bij klachten #coronavirusNederland")]
    [InlineData("#COVID19NL De IC's lopen weer vol, was je handen.")]
    public void Is_silent_on_sore_arms_denials_questions_and_plain_hashtags(string text) => Verify.Rule("PL5006", text);
}

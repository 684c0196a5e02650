using PostLint.Tests.Verification;

namespace PostLint.Tests.Rules.Claims;

/// <summary>
/// PL5006 on phrasings issue 14 found missed in its second round, one class per group: the disease or a test called a
/// hoax or fake (while "scam" said of policy or money stays political), the virus never isolated, made in a lab with an
/// aim, chips put in through a jab, deaths foretold for the jabbed, total protection with the negation inside ("dan
/// krijg je geen corona"), children said unable to catch or pass on the virus, the flu said to kill more than covid, and a claim followed by a link or a complaint that the papers say nothing. Each class has
/// look-alikes that must stay silent: debunks, questions, reports of someone's belief, political complaints and news.
/// </summary>
public class RefutedClaimPhrasingTests
{
    [Theory]
    [InlineData("{|PL5006:Covid is a hoax|} invented to control us.")]
    [InlineData("{|PL5006:The pandemic was one big lie|} from start to finish.")]
    [InlineData("{|PL5006:Corona is nep|}, wakker worden mensen.")]
    [InlineData("{|PL5006:Dat virus is één groot toneelstuk|} om ons bang te maken.")]
    [InlineData("{|PL5006:PCR tests are fake|} and everybody knows it.")]
    [InlineData("{|PL5006:Corona is fake news|}, zet de tv uit.")]
    [InlineData("I am convinced {|PL5006:covid is a hoax|}.")]
    [InlineData("{|PL5006:Covid is verzonnen|} door de farmaceuten.")]
    [InlineData("Die hele {|PL5006:pandemie is een complot|}.")]
    [InlineData("De {|PL5006:PCR-test is gewoon fraude|}.")]
    [InlineData("{|PL5006:The virus has never been isolated|}, not by anyone.")]
    [InlineData("{|PL5006:Het virus is nooit geïsoleerd|}, zoek het maar op.")]
    [InlineData("{|PL5006:The virus was made in a lab as a bioweapon|}.")]
    [InlineData("{|PL5006:Corona is in een lab gemaakt om de bevolking uit te dunnen|}.")]
    [InlineData("They want to put {|PL5006:microchips in all of us through the vaccine|}.")]
    [InlineData("Ze willen ons {|PL5006:chippen via die prik|}.")]
    [InlineData("{|PL5006:Everyone who took the booster will be dead|} in five years.")]
    [InlineData("{|PL5006:Iedereen die zich liet prikken gaat eraan|}, let maar op.")]
    [InlineData("Gorgel elke dag met {|PL5006:zout water en je krijgt geen corona|}.")]
    [InlineData("Drink hot {|PL5006:lemon water and you won't get covid|}.")]
    [InlineData("Forty people {|PL5006:died after the jab|} and the papers say nothing https://t.co/x1Y2z3")]
    [InlineData("Drie mensen {|PL5006:overleden na de prik|} en de kranten zeggen niks. https://t.co/a1B2c3")]
    [InlineData("{|PL5006:Kids can't catch covid|}, so open the schools.")]
    [InlineData("{|PL5006:Children cannot spread the virus|}, the data are clear.")]
    [InlineData("{|PL5006:Kinderen kunnen corona niet krijgen|}, laat ze gewoon naar school gaan.")]
    [InlineData("{|PL5006:Jonge kinderen kunnen het virus niet doorgeven|} aan opa en oma.")]
    [InlineData("{|PL5006:The flu kills way more people than covid|} ever did.")]
    [InlineData("De gewone {|PL5006:griep eist meer levens dan corona|}, kijk naar de cijfers.")]
    [InlineData("The {|PL5006:jab is deadlier than covid|} for anyone under fifty.")]
    public void Fires_on_the_phrasings(string markup) => Verify.Rule("PL5006", markup);

    [Theory]
    [InlineData("Another scam: the government wasted billions on contracts for their friends.")]
    [InlineData("The pandemic response was a scam run for the contractors.")]
    [InlineData("De coronamaatregelen waren één groot toneelstuk van het kabinet.")]
    [InlineData("Die hele mondkapjesdeal was één grote oplichterij.")]
    [InlineData("A patient was convinced the pandemic was a hoax until his father ended up in intensive care.")]
    [InlineData("Mijn buurman gelooft dat corona nep is.")]
    [InlineData("Het verhaal dat corona verzonnen is, gaat al jaren rond en klopt niet.")]
    [InlineData("Dat nieuwsbericht over de mondkapjes was verzonnen.")]
    [InlineData("Stop calling covid fake news, our ICU was full for months.")]
    [InlineData("Is covid a hoax? No, and here is why.")]
    [InlineData("The idea that covid is a hoax has been debunked many times.")]
    [InlineData("Police found that fake PCR tests were sold at the airport.")]
    [InlineData("PCR tests are not fake: they detect viral RNA.")]
    [InlineData("The virus was isolated in January 2020 and sequenced within weeks.")]
    [InlineData("Dat het virus nooit geïsoleerd zou zijn, klopt niet.")]
    [InlineData("The virus may have leaked from a lab; the investigation continues.")]
    [InlineData("There is no evidence that the virus was made in a lab as a weapon.")]
    [InlineData("We deliver vaccines to the islands through the regional pharmacy.")]
    [InlineData("Without the vaccine, thousands of elderly people will die this winter.")]
    [InlineData("Ouderen die de prik overslaan gaan eraan als de griep toeslaat.")]
    [InlineData("Van warm water krijg je geen corona, maar het beschermt je ook niet; dat is een fabel.")]
    [InlineData("Lareb ontving meldingen van overlijden na de prik en onderzoekt ze allemaal.")]
    [InlineData("Children can catch covid too, although most only get mild symptoms.")]
    [InlineData("Kids under twelve can't get vaccinated against covid yet.")]
    [InlineData("Kinderen onder de 12 kunnen de prik tegen corona nog niet krijgen.")]
    [InlineData("Mijn kinderen hebben geen corona gehad deze winter.")]
    [InlineData("It is a myth that children can't catch covid.")]
    [InlineData("Can kids spread covid to their grandparents?")]
    [InlineData("Covid killed more people than the flu in each of its first three years.")]
    [InlineData("Corona eiste in 2020 veel meer levens dan de griep.")]
    [InlineData("Is the flu deadlier than covid now? Not for the elderly.")]
    public void Is_silent_on_look_alikes(string text) => Verify.Rule("PL5006", text);
}

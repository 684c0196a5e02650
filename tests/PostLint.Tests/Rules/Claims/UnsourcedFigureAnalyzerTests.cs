using PostLint.Tests.Verification;

namespace PostLint.Tests.Rules.Claims;

public class UnsourcedFigureAnalyzerTests
{
    [Theory]
    [InlineData("{|PL5002:70%|} van alle rugklachten komt door verkeerd zitten.")]
    [InlineData("{|PL5002:9 op de 10|} migrainepatiënten heeft een voedselallergie.")]
    [InlineData("Maar liefst {|PL5002:3 van de 4|} kinderen met astma gebruikt de puffer verkeerd.")]
    [InlineData("{|PL5002:80 percent|} of depression is caused by gut bacteria.")]
    [InlineData("Did you know that {|PL5002:1 in 3|} adults will get shingles?")]
    [InlineData("{|PL5002:Two out of every three|} patients stop their statins within a year.")]
    [InlineData("{|PL5002:Half of all|} hospital admissions are caused by medication errors.")]
    [InlineData("{|PL5002:De helft van de|} patiënten slikt de medicijnen verkeerd.")]
    [InlineData("{|PL5002:9 op de 10|} artsen raden dit aan.")]
    [InlineData("{|PL5002:4 out of 5|} dentists recommend this toothpaste.")]
    [InlineData("{|PL5002:80%|} van de huisartsen adviseert deze app aan hun patiënten.")]
    public void Fires_on_health_figures_without_a_source(string markup) => Verify.Rule("PL5002", markup);

    [Theory]
    [InlineData("Ruim 1 op de 7 volwassenen heeft diabetes of prediabetes (bron: RIVM).")]
    [InlineData("Volgens het CBS rookt 18% van de volwassenen.")]
    [InlineData("About 1 in 4 adults in England has high blood pressure, according to NHS Digital.")]
    [InlineData("Our trial showed a 30% drop in readmissions: https://doi.org/10.1136/bmj.x123")]
    [InlineData("90% van mijn tijd gaat op aan e-mail, haha.")]
    [InlineData("Morgen 100% kans op regen, neem een paraplu mee naar de fietsenstalling.")]
    [InlineData("Use code ZORG20 for 20% off your first order.")]
    [InlineData("Smeer twee keer per dag een dun laagje hydrocortisonzalf 1% op de huid.")]
    [InlineData("Geen enkel medicijn is 100% veilig, ook paracetamol niet.")]
    [InlineData("Bent u 60+ of heeft u een chronische ziekte? Haal dan de griepprik.")]
    [InlineData("9 op de 10 artsen raden dit aan, blijkt uit een enquête van Medisch Contact.")]
    [InlineData("4 out of 5 doctors on our team start before 8 am.")]
    [InlineData("We recommend booking 2 of the 3 slots early.")]
    public void Is_silent_on_sourced_and_non_health_figures(string text) => Verify.Rule("PL5002", text);

    [Theory]
    [InlineData("Studies show that {|PL5002:65%|} of knee pain comes from flat feet.")]
    [InlineData("Uit onderzoek blijkt dat {|PL5002:1 op de 3|} vrouwen ijzertekort heeft door koffie.")]
    [InlineData("Volgens onderzoek slaapt {|PL5002:40%|} van de kinderen te weinig door hun telefoon.")]
    [InlineData("De resultaten bij mijn cliënten: {|PL5002:85%|} is na zes weken van de reflux af.")]
    public void Fires_when_the_only_source_is_a_generic_word(string markup) => Verify.Rule("PL5002", markup);

    [Theory]
    [InlineData("WHO: 1 op de 4 mensen krijgt ooit een psychische aandoening.")]
    [InlineData("Volgens het RIVM rookt 19% van de volwassenen.")]
    [InlineData("A 2021 study found that 12% of adults have sleep apnoea.")]
    [InlineData("In de PREDIMED-studie had 30% minder deelnemers een hartinfarct.")]
    [InlineData("In een gerandomiseerde studie met 2.400 patiënten daalde de sterfte met 20%.")]
    public void Is_silent_on_named_studies_and_agencies(string text) => Verify.Rule("PL5002", text);

    [Theory]
    [InlineData("Huisbezoek bij de familie Jansen op de Dorpsstraat 4: twee van de drie kinderen hebben griep.")]
    [InlineData("Mrs Patel in bed 4 and her sisters: two out of three have flu.")]
    public void Is_silent_on_a_share_of_a_handful_of_named_people(string text) => Verify.Rule("PL5002", text);

    [Theory]
    [InlineData("{|PL5002:Twee van de drie|} kinderen krijgen griep voor hun tiende.")]
    [InlineData("Jansen zegt: {|PL5002:1 op de 3|} kinderen krijgt griep.")]
    [InlineData("Anna Smit says {|PL5002:two out of every five|} adults have high blood pressure.")]
    [InlineData("Bij de familie Jansen op de Dorpsstraat 4: {|PL5002:twee van de tien|} Nederlanders hebben griep.")]
    public void Fires_on_rates_and_on_shares_of_people_nobody_names(string markup) => Verify.Rule("PL5002", markup);
}

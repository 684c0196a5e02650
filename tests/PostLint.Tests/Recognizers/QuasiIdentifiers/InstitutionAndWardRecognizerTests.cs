using PostLint.Analysis;
using PostLint.Tests.Verification;

namespace PostLint.Tests.Recognizers.QuasiIdentifiers;

public class InstitutionAndWardRecognizerTests
{
    [Theory]
    [InlineData("Overgeplaatst naar het {|INSTITUTION:UMC Utrecht|}.", "umc")]
    [InlineData("Opgenomen in {|INSTITUTION:Ziekenhuis Amstelland|}.", "hospital")]
    [InlineData("Seen at {|INSTITUTION:St Mary's Hospital|} yesterday.", "hospital")]
    [InlineData("Ingeschreven bij {|INSTITUTION:huisartsenpraktijk De Vaart|}.", "gp-practice")]
    [InlineData("Ze woont in {|INSTITUTION:verpleeghuis De Lindehof|}.", "care-home")]
    [InlineData("Mooie casus uit {|INSTITUTION:ons ziekenhuis|}.", "hospital")]
    public void Finds_institutions(string markup, string kind) =>
        Verify.Entities(EntityType.Institution, markup).Single().Attribute("kind").Should().Be(kind);

    [Theory]
    [InlineData("Vorige week opgenomen in {|INSTITUTION:AZ Delta|} in Roeselare.", "hospital")]
    [InlineData("Doorverwezen naar {|INSTITUTION:UZ Brussel|} voor een second opinion.", "umc")]
    [InlineData("Transferred to {|INSTITUTION:AZ Sint-Maarten|} last night.", "hospital")]
    [InlineData("Bevallen in het {|INSTITUTION:Jessa Ziekenhuis|}.", "hospital")]
    [InlineData("Sinds maandag in {|INSTITUTION:ZNA|} voor revalidatie.", "hospital")]
    public void Finds_belgian_hospitals_as_institutions(string markup, string kind) =>
        Verify.Entities(EntityType.Institution, markup).Single().Attribute("kind").Should().Be(kind);

    [Theory]
    [InlineData("Volgens het RIVM en de GGD stijgt het aantal besmettingen.")]
    [InlineData("Cijfers van Sciensano over de griep deze winter.")]
    [InlineData("Bekijk de reportage van de NOS over de wachtlijsten.")]
    public void Does_not_take_agencies_or_media_for_hospitals(string text) => Verify.Entities(EntityType.Institution, text);

    [Theory]
    [InlineData("Gisteravond op onze {|WARD:SEH|} binnengebracht.")]
    [InlineData("Stable in our {|WARD:CCU|} after a VF arrest.")]
    [InlineData("Sinds vorige week op {|WARD:de gesloten afdeling|}.")]
    [InlineData("Overgeplaatst naar {|WARD:afdeling 3 Oost|}.")]
    [InlineData("De tweeling ligt op de {|WARD:NICU|}.")]
    public void Finds_wards(string markup) =>
        Verify.Entities(EntityType.Ward, markup).Single().Attribute("size").Should().NotBeNullOrEmpty();

    [Theory]
    [InlineData("Ic zeg het je eerlijk: ed is een naam.")]
    [InlineData("Ed en Ic zijn namen, geen afdelingen.")]
    public void Ignores_lower_case_look_alikes(string text) => Verify.Entities(EntityType.Ward, text);
}

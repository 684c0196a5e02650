using PostLint.Analysis;
using PostLint.Tests.Verification;

namespace PostLint.Tests.Recognizers.QuasiIdentifiers;

public class PlaceRecognizerTests
{
    [Theory]
    [InlineData("Een dame van {|PLACE:Schiermonnikoog|} opgenomen.", "950")]
    [InlineData("Een meisje uit {|PLACE:Urk|} binnengebracht.", "21500")]
    [InlineData("De bakker uit {|PLACE:Bronkhorst|} kwam langs.", "160")]
    [InlineData("A farmer from just outside {|PLACE:Grimsby|}.", "86000")]
    [InlineData("A vicar in {|PLACE:St Ives|} with dementia.", "11000")]
    [InlineData("Verhuisd naar {|PLACE:Friesland|}.", "660000")]
    [InlineData("Een tachtiger uit {|PLACE:Best|}.", "30500")]
    [InlineData("The retired vicar from {|PLACE:Hay-on-Wye|} we admitted.", "1600")]
    [InlineData("A man from {|PLACE:Mousehole|} after a fall.", "700")]
    [InlineData("Een man uit {|PLACE:Bourtange|} op de SEH.", "400")]
    [InlineData("A farmer from {|PLACE:Settle|} in clinic.", "2500")]
    public void Finds_places_with_population(string markup, string population) =>
        Verify.Entities(EntityType.Place, markup).Single().Attribute("population").Should().Be(population);

    [Theory]
    [InlineData("Rijd via de Amsterdamsestraatweg en de Utrechtseweg naar huis.")]
    [InlineData("De keeper van PEC Zwolle en de spits van Leeds United trainden samen.")]
    [InlineData("She defended her thesis at the University of Leeds.")]
    [InlineData("Het UMC Utrecht en het Erasmus MC werken samen.")]
    [InlineData("Dit is de beste zorg die je kunt krijgen, zeker als het goes well.")]
    [InlineData("Best wishes to everyone, and Goes without saying: rest well.")]
    [InlineData("Mill Road and Leeds-based teams joined in #Leeds.")]
    [InlineData("Reading the notes before we settle the bill; well, Bath time.")]
    [InlineData("Hij droeg een Jersey trui en at een Bakewell tart.")]
    public void Ignores_place_names_in_streets_clubs_institutions_and_ordinary_words(string text) => Verify.Entities(EntityType.Place, text);

    [Fact]
    public void Marks_a_town_that_only_locates_the_hospital()
    {
        var place = Verify.Entities(EntityType.Place, "Mooie casus uit ons ziekenhuis in {|PLACE:Kampen|}.").Single();
        place.Attribute("locates").Should().Be("institution");
    }

    [Fact]
    public void Finds_vague_places()
    {
        var place = Verify.Entities(EntityType.Place, "De burgemeester van {|PLACE:een dorp hier in de buurt|} lag bij ons.").Single();
        place.Attribute("kind").Should().Be("vague");
    }

    [Theory]
    [InlineData("Na de operatie in Isala Zwolle mocht ze naar huis.")]
    [InlineData("Ze ligt sinds gisteren in het Antonius Sneek op de afdeling.")]
    [InlineData("Omroep Zeeland en Het Belang van Limburg maakten een reportage over onze afdeling.")]
    [InlineData("Ruim 290.000 mensen leven met dementie (bron: Alzheimer Nederland).")]
    public void Ignores_place_names_inside_listed_health_bodies_hospitals_and_media(string text) => Verify.Entities(EntityType.Place, text);

    [Theory]
    [InlineData("Een man uit {|PLACE:Sneek|} ligt nu in het Antonius Sneek.")]
    [InlineData("Een vrouw uit {|PLACE:Zwolle|} werd in Rijnstate Arnhem opgenomen.")]
    public void Still_finds_the_place_a_patient_comes_from_beside_a_hospital_named_after_a_town(string markup) => Verify.Entities(EntityType.Place, markup);
}

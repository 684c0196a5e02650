using PostLint.Analysis;
using PostLint.Tests.Verification;

namespace PostLint.Tests.Recognizers.QuasiIdentifiers;

public class ConditionAndOccupationRecognizerTests
{
    [Theory]
    [InlineData("Een vrouw met de {|CONDITION:ziekte van Huntington|}.", "rare")]
    [InlineData("Opgenomen met een {|CONDITION:zeldzame ALS-variant|}.", "ultra-rare")]
    [InlineData("Diagnosed with {|CONDITION:motor neurone disease|}.", "rare")]
    [InlineData("Nieuw gediagnosticeerde {|CONDITION:MS|}.", "uncommon")]
    [InlineData("Leven met {|CONDITION:taaislijmziekte|}.", "rare")]
    [InlineData("Ondanks zijn {|CONDITION:hartfalen|} at hij taart.", "common")]
    [InlineData("A {|CONDITION:Creutzfeldt-Jakob|} case this week.", "ultra-rare")]
    public void Finds_conditions_with_prevalence_class(string markup, string prevalenceClass) =>
        Verify.Entities(EntityType.Condition, markup).Single().Attribute("prevalenceClass").Should().Be(prevalenceClass);

    [Theory]
    [InlineData("Als je wilt, kun je als vrijwilliger meedoen.")]
    [InlineData("Dit is geen kanker, gelukkig.")]
    [InlineData("Ms Jones will see you now.")]
    public void Ignores_words_that_only_look_like_conditions(string text) => Verify.Entities(EntityType.Condition, text);

    [Theory]
    [InlineData("Casus: 29-jarige {|OCCUPATION:keeper van PEC Zwolle|} met ritmestoornissen.")]
    [InlineData("A 58yo {|OCCUPATION:vicar|} in St Ives.")]
    [InlineData("Vorige week kwam de {|OCCUPATION:bakker|} uit Bronkhorst bij mij.")]
    [InlineData("A 31-year-old {|OCCUPATION:firefighter|} from Kendal.")]
    public void Finds_occupations(string markup) =>
        Verify.Entities(EntityType.Occupation, markup).Single().Attribute("share").Should().NotBeNullOrEmpty();

    [Theory]
    [InlineData("Afgelopen dinsdag opereerden wij {|OCCUPATION:de enige huisarts|} van Ameland.")]
    [InlineData("I diagnosed MND in {|OCCUPATION:the landlord of the only pub|} in Grassington.")]
    public void Marks_roles_held_by_one_person_as_unique(string markup) =>
        Verify.Entities(EntityType.Occupation, markup).Single().Attribute("unique").Should().Be("true");

    [Theory]
    [InlineData("Als huisarts zie ik dit vaak.")]
    [InlineData("Dank aan onze verpleegkundige Ilse en alle collega's.")]
    [InlineData("Speaking as a GP, I think the booking system is clunky.")]
    public void Ignores_the_author_and_colleagues(string text) => Verify.Entities(EntityType.Occupation, text);
}

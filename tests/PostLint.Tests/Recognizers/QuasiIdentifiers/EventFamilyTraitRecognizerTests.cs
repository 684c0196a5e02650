using PostLint.Analysis;
using PostLint.Tests.Verification;

namespace PostLint.Tests.Recognizers.QuasiIdentifiers;

public class EventFamilyTraitRecognizerTests
{
    [Theory]
    [InlineData("Vannacht {|EVENT:een vierling|} geboren bij ons.")]
    [InlineData("Tonight's job: 17yo lad, {|EVENT:quad bike rollover|} on a farm.")]
    [InlineData("Binnengebracht na een {|EVENT:val van de hooizolder|}.")]
    public void Finds_ordinary_events_with_a_rate(string markup) =>
        Verify.Entities(EntityType.Event, markup).Single().Attribute("rate").Should().NotBeNullOrEmpty();

    [Theory]
    [InlineData("Motorrijder (45) {|EVENT:onderuit op de N381 bij Donkerbroek|}.")]
    [InlineData("Update on yesterday's {|EVENT:collapse at the Bristol Half Marathon|}: stable.")]
    public void Finds_events_the_news_reports(string markup) =>
        Verify.Entities(EntityType.Event, markup).Single().Attribute("named").Should().Be("true");

    [Fact]
    public void Finds_records()
    {
        var record = Verify.Entities(EntityType.Event, "Vorige maand kreeg {|EVENT:de jongste harttransplantatiepatiënt ooit in Nederland|} een nieuw hart.").Single();
        record.Attribute("unique").Should().Be("true");
    }

    [Theory]
    [InlineData("Thirty years ago today I caught my first baby.")]
    [InlineData("De tweeling van mijn zus speelt hockey.")]
    [InlineData("Born 14/02/1927, a true Valentine.")]
    public void Ignores_non_events(string text) => Verify.Entities(EntityType.Event, text);

    [Theory]
    [InlineData("Een {|FAMILY:moeder van vijf|} met borstkanker.")]
    [InlineData("Admitted with {|FAMILY:his twin brother|} after the crash.")]
    [InlineData("{|FAMILY:De weduwe van de oud-burgemeester|} van Lochem.")]
    [InlineData("Bij ons liggen {|FAMILY:twee broertjes|} van 4 en 6.")]
    public void Finds_family_details(string markup) =>
        Verify.Entities(EntityType.Family, markup).Single().Attribute("share").Should().NotBeNullOrEmpty();

    [Theory]
    [InlineData("Een man van {|TRAIT:2 meter 10|} past niet in het bed.", null)]
    [InlineData("Hij is daarmee {|TRAIT:de oudste inwoner van Elburg|}!", "true")]
    [InlineData("Proud: {|TRAIT:our youngest ever heart transplant patient|}, aged 4.", "true")]
    [InlineData("{|TRAIT:Onze jongste patiënt ooit|} mocht naar huis.", "true")]
    [InlineData("Zij is {|TRAIT:de jongste donor ooit|} in ons centrum.", "true")]
    public void Finds_rare_traits(string markup, string? unique) =>
        Verify.Entities(EntityType.Trait, markup).Single().Attribute("unique").Should().Be(unique);

    [Theory]
    [InlineData("Our youngest team member just passed her exams, well done!")]
    [InlineData("Onze jongste collega begint maandag op de afdeling.")]
    [InlineData("De jongste patiënt op de afdeling vandaag was twaalf.")]
    public void Ignores_superlatives_about_staff_or_a_single_day(string text) => Verify.Entities(EntityType.Trait, text);
}

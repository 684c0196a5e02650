using PostLint.Analysis;
using PostLint.Tests.Verification;

namespace PostLint.Tests.Recognizers.QuasiIdentifiers;

public class DateRecognizerTests
{
    [Theory]
    [InlineData("{|DATE:Vannacht|} een dame opgenomen.", "time-of-day")]
    [InlineData("{|DATE:Last night|} we had a footballer in.", "time-of-day")]
    [InlineData("{|DATE:Gisteren|} ICD geplaatst.", "relative-day")]
    [InlineData("Seen {|DATE:yesterday|} at the clinic.", "relative-day")]
    [InlineData("Opgenomen op {|DATE:12 maart 2026|}.", "day")]
    [InlineData("Opgenomen op {|DATE:12-03-2026|}.", "day")]
    [InlineData("We operated {|DATE:on Friday|}.", "day")]
    [InlineData("Binnengekomen op {|DATE:kerstavond|}.", "day")]
    [InlineData("{|DATE:Vorige week|} kwam de bakker bij mij.", "week")]
    [InlineData("Diagnosed {|DATE:last week|} with mesothelioma.", "week")]
    [InlineData("Opgenomen in {|DATE:maart 2026|}.", "month")]
    [InlineData("Ontdekt bij de sportkeuring {|DATE:vorige maand|}.", "month")]
    [InlineData("Een patiënt zei {|DATE:onlangs|} iets moois.", "recent")]
    [InlineData("Haar moeder lag {|DATE:vorig jaar|} ook bij ons.", "year")]
    public void Finds_dates_with_their_precision(string markup, string precision) =>
        Verify.Entities(EntityType.Date, markup).Single().Attribute("precision").Should().Be(precision);

    [Theory]
    [InlineData("Informatieavond 19:30-21:00 uur in het auditorium.")]
    [InlineData("Visiting hours: 11:00-20:00 on all adult wards.")]
    [InlineData("Wachttijd is 3 weken.")]
    public void Ignores_clock_times_and_durations(string text) => Verify.Entities(EntityType.Date, text);
}

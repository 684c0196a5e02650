using PostLint.Analysis;
using PostLint.Tests.Verification;

namespace PostLint.Tests.Recognizers.QuasiIdentifiers;

public class AgeRecognizerTests
{
    [Theory]
    [InlineData("Vannacht een {|AGE:94-jarige|} dame opgenomen.", "94")]
    [InlineData("Een {|AGE:vierennegentigjarige|} man kwam op het spreekuur.", "94")]
    [InlineData("Hij is {|AGE:87 jaar|} en woont nog zelfstandig.", "87")]
    [InlineData("Moeder {|AGE:(41)|} en de kindjes maken het goed.", "41")]
    [InlineData("Mevrouw Bos, {|AGE:82|}, uit Winterswijk belde.", "82")]
    [InlineData("A {|AGE:60-year-old|} farmer came in.", "60")]
    [InlineData("A {|AGE:ninety-four-year-old|} woman was admitted.", "94")]
    [InlineData("Seeking advice: {|AGE:58yo|} vicar with dementia.", "58")]
    [InlineData("Patient {|AGE:aged 87|} with a fall.", "87")]
    [InlineData("Vanochtend vierden we haar {|AGE:95e verjaardag|}.", "95")]
    [InlineData("Happy birthday to our resident who {|AGE:turns 98|} today!", "98")]
    [InlineData("Vannacht een {|AGE:zesentachtig jaar oude|} man opgenomen.", "86")]
    public void Finds_exact_ages(string markup, string value)
    {
        var ages = Verify.Entities(EntityType.Age, markup);
        ages.Single().Attribute("value").Should().Be(value);
    }

    [Theory]
    [InlineData("Een {|AGE:tachtiger|} met heupklachten.", "80", "89")]
    [InlineData("Een bewoonster {|AGE:van in de negentig|} zong mee.", "90", "99")]
    [InlineData("A man {|AGE:in his 40s|} with chest pain.", "40", "49")]
    [InlineData("A lady {|AGE:in her eighties|} fell at home.", "80", "89")]
    [InlineData("Twee broertjes van {|AGE:4 en 6|} met koorts.", "4", "6")]
    [InlineData("An {|AGE:elderly|} patient recently told me this.", "65", "110")]
    [InlineData("Een man {|AGE:in zijn vroege negentig|} viel thuis.", "90", "93")]
    [InlineData("Een vrouw {|AGE:in haar late zeventig|} met koorts.", "77", "79")]
    [InlineData("A man {|AGE:in his early nineties|} fell at home.", "90", "93")]
    public void Finds_age_bands(string markup, string low, string high)
    {
        var age = Verify.Entities(EntityType.Age, markup).Single();
        age.Attribute("low").Should().Be(low);
        age.Attribute("high").Should().Be(high);
    }

    [Fact]
    public void Finds_babies_ages_with_their_precision()
    {
        var age = Verify.Entities(EntityType.Age, "Een baby van slechts {|AGE:11 dagen oud|} kreeg een nieuw hart.").Single();
        age.Attribute("value").Should().Be("0");
        age.Attribute("precisionDays").Should().Be("1");
    }

    [Theory]
    [InlineData("Vandaag een tweeling {|AGE:van 3 maanden|} opgenomen.", "30")]
    [InlineData("Een meisje {|AGE:van 2 weken|} mocht naar huis.", "7")]
    public void Finds_months_and_weeks_after_a_child_without_oud(string markup, string precisionDays)
    {
        var age = Verify.Entities(EntityType.Age, markup).Single();
        age.Attribute("value").Should().Be("0");
        age.Attribute("precisionDays").Should().Be(precisionDays);
    }

    [Theory]
    [InlineData("Tien jaar geleden begon ik als huisarts in deze praktijk.")]
    [InlineData("Al 25 jaar werkzaam als huisarts en nog elke dag blij.")]
    [InlineData("In de jaren negentig werkte ik in Zwolle.")]
    [InlineData("Vandaag 10 jaar geleden begon ik op de IC.")]
    [InlineData("Thirty years ago today I caught my first baby.")]
    [InlineData("Ze werkt hier al 23 jaar en heeft 20 jaar ervaring.")]
    [InlineData("Vandaag mijn 25-jarig jubileum bij de thuiszorg gevierd.")]
    [InlineData("Het ziekenhuis viert het 100-jarig bestaan.")]
    [InlineData("Drieëntwintig jaar kwam ze drie keer per week.")]
    [InlineData("Thread: why antibiotics don't help (1/4).")]
    [InlineData("Informatieavond op dinsdag 21 januari, 19:30-21:00 uur.")]
    public void Ignores_durations_and_anniversaries(string text) => Verify.Entities(EntityType.Age, text);

    [Theory]
    [InlineData("Ik ben Joost {|AGE:(45)|} en heb long covid.")]
    [InlineData("A patient said I look too young to be a doctor, I'm {|AGE:47|}.")]
    [InlineData("Ik was {|AGE:in mijn vroege twintig|} toen ik begon.")]
    [InlineData("Still loving nights {|AGE:in my fifties|}.")]
    public void Marks_the_authors_own_age(string markup) =>
        Verify.Entities(EntityType.Age, markup).Single().Attribute("subject").Should().Be("author");
}

using PostLint.Tests.Verification;

namespace PostLint.Tests.Rules.Tone;

public class ShoutingAnalyzerTests
{
    [Theory]
    [InlineData("{|PL4004:PATIENTS WHO PRESS THE CALL BELL FOR WATER: GET IT YOURSELF!!!!|}")]
    [InlineData("{|PL4004:DIT IS ECHT NIET NORMAAL MEER!!!|} Niemand luistert.")]
    [InlineData("{|PL4004:WAAROM MOET IK ALTIJD DE ROTZOOI VAN DE DAGDIENST OPRUIMEN!!!|}")]
    [InlineData("I {|PL4004:AM SO SICK OF COVERING FOR LAZY COLLEAGUES EVERY SINGLE WEEKEND|}")]
    public void Fires_on_long_capital_runs(string markup) => Verify.Rule("PL4004", markup);

    [Fact]
    public void Fires_on_exclamation_marks_in_an_angry_post() =>
        Verify.Rule("PL4004", "Wat een idioten hier{|PL4004:!!!|}");

    [Theory]
    [InlineData("Vandaag bezoek van de KNMG, RIVM en GGD over COVID-19 op de IC en de SEH.")]
    [InlineData("NIET DOEN: antibiotica bij verkoudheid.")]
    [InlineData("WOW wat een prestatie, gefeliciteerd!!!")]
    [InlineData("VAN HARTE GEFELICITEERD LIEVE COLLEGA'S met jullie diploma!!!")]
    [InlineData("I'm so proud of our team! Thank you all!!!")]
    [InlineData("Trots op het team #NHS #ICU #COVID19")]
    [InlineData("ILLINOIS VACCINE UPDATE: so far 4,916,055 doses have been received.")]
    [InlineData("Goed nieuws.\nNIEUWE GRIEPPRIK CAMPAGNE: start maandag.")]
    public void Is_silent_on_acronyms_emphasis_and_cheers(string text) => Verify.Rule("PL4004", text);

    [Theory]
    [InlineData("Next week the author of WHEN BREATH BECOMES AIR speaks at our grand round.")]
    [InlineData("Net het boek 'DE STILLE KRACHT VAN ZORG' uitgelezen, een aanrader.")]
    [InlineData("Vandaag de schrijver van HET GEHEIM VAN DE NACHTDIENST ontmoet.")]
    public void Is_silent_on_a_title_in_capitals(string text) => Verify.Rule("PL4004", text);

    [Theory]
    [InlineData("The author of that report {|PL4004:CLEARLY NEVER WORKED A NIGHT SHIFT|}.")]
    [InlineData("Lees het boek maar, {|PL4004:IK BEN HET ZO ZAT|}.")]
    public void Fires_on_capitals_not_right_after_a_title_word(string markup) => Verify.Rule("PL4004", markup);

    [Fact]
    public void Fix_lowers_the_case() =>
        Verify.FixesResolve("PL4004", "IK BEN HET ZO ZAT!!! Derde keer deze week.");
}

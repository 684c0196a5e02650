using PostLint.Tests.Verification;

namespace PostLint.Tests.Rules.Claims;

/// <summary>
/// PL5006 on the phrasings of angry citizens' posts (issue 14): harm verbs ("wrecks", "sloopt"), what a remedy is said to
/// do to the virus ("absorbs", "trekt uit"), protection said to be total ("never catch"), the virus made or released on
/// purpose, measures said to do nothing, and complaints that a claim is hushed up ("nobody reports it"), which are the
/// author's voice rather than a report. Each class has look-alikes that must stay silent: debunks, questions, reports,
/// reported speech, hygiene advice and news.
/// </summary>
public class RefutedClaimAngryRegisterTests
{
    [Theory]
    [InlineData("WAKE UP: the mRNA {|PL5006:jab wrecks your immune system|} for good.")]
    [InlineData("De {|PL5006:prik sloopt je afweer|}, kijk maar om je heen.")]
    [InlineData("Het {|PL5006:vaccin heeft hem vermoord|}, punt.")]
    [InlineData("These {|PL5006:shots are murdering|} our grandparents.")]
    [InlineData("Thousands {|PL5006:died after the vaccine|} and nobody reports it.")]
    [InlineData("Honderden mensen {|PL5006:overleden na de prik|} en niemand zegt er iets over.")]
    [InlineData("{|PL5006:Boosters cause turbo cancer|}, oncologists see it every day.")]
    [InlineData("{|PL5006:Turbokanker na de boosterprik|}, overal om me heen.")]
    [InlineData("A sliced {|PL5006:onion by the bed absorbs the virus|} overnight.")]
    [InlineData("Een halve {|PL5006:ui naast je bed trekt het virus|} uit de kamer.")]
    [InlineData("Hot {|PL5006:lemon water flushes the virus|} out of your throat.")]
    [InlineData("Warm water met {|PL5006:citroen spoelt het virus|} weg.")]
    [InlineData("{|PL5006:Colloidal silver neutralises the virus|} in hours.")]
    [InlineData("Eat raw {|PL5006:garlic every day and you will never catch corona|}.")]
    [InlineData("Elke dag {|PL5006:knoflook en je krijgt nooit corona|}.")]
    [InlineData("{|PL5006:The virus was released on purpose|} to crash the economy.")]
    [InlineData("{|PL5006:Corona is met opzet losgelaten|} door de farmaceuten.")]
    [InlineData("This {|PL5006:plandemic was planned to sell vaccines|}!!")]
    [InlineData("{|PL5006:Masks do absolutely nothing|}, take them off.")]
    [InlineData("{|PL5006:Mondkapjes doen helemaal niks|}. Zet ze af.")]
    [InlineData("{|PL5006:Social distancing does nothing|} against an airborne virus.")]
    [InlineData("{|PL5006:MASKS MAKE KIDS SICK|}!!! Stop masking our children.")]
    [InlineData("Die {|PL5006:mondkapjes maken je ziek|}, je ademt je eigen CO2 in.")]
    [InlineData("{|PL5006:5G makes people sick|}, the virus is radiation.")]
    [InlineData("{|PL5006:Omicron is just a cold|}, nobody needs a booster.")]
    [InlineData("{|PL5006:Omikron is gewoon een verkoudheid|}, niemand hoeft nog een booster.")]
    public void Fires_on_misinformation_in_the_angry_register(string markup) => Verify.Rule("PL5006", markup);

    [Theory]
    [InlineData("Nee, de prik sloopt je afweer niet: hij traint hem juist.")]
    [InlineData("The myth that the mRNA jab wrecks your immune system keeps coming back.")]
    [InlineData("Does the booster weaken your immune system? No, it trains it.")]
    [InlineData("Some claim the vaccine murders people; the data of millions of doses say otherwise.")]
    [InlineData("There is no such thing as turbo cancer after the booster, say the cancer registries.")]
    [InlineData("Een ui naast je bed trekt geen virus uit de kamer, dat is een fabeltje uit 1919.")]
    [InlineData("Soap and warm water wash away germs from your hands.")]
    [InlineData("Was je handen met zeep en warm water.")]
    [InlineData("Is it true that garlic means you will never catch corona?")]
    [InlineData("Er is geen bewijs dat het virus met opzet is losgelaten.")]
    [InlineData("Conspiracy theorists claim the virus was released on purpose.")]
    [InlineData("De vaccins tegen corona zijn in recordtijd ontwikkeld en getest.")]
    [InlineData("Researchers released new data on the virus today.")]
    [InlineData("Het is een fabel dat mondkapjes niks doen tegen verspreiding.")]
    [InlineData("The same people who said... Masks don't work. Covid is just a cold. ...are now selling supplements.")]
    [InlineData("Dezelfde mensen die riepen... Mondkapjes werken niet. ...verkopen nu pillen.")]
    [InlineData("Mondkapjes zijn vanaf maandag niet meer verplicht in het ov.")]
    [InlineData("Masks are no longer required on public transport from Monday.")]
    [InlineData("Claims that 5G makes people sick have been debunked many times.")]
    [InlineData("Nobody under 70 in our ward was sick with omicron this week, the GGD reports.")]
    [InlineData("Our clinic ran out of flu shots today; more arrive on Monday.")]
    [InlineData("Vaccinated people with a weak immune system need a booster.")]
    public void Is_silent_on_debunks_questions_reports_and_look_alikes(string text) => Verify.Rule("PL5006", text);
}

using PostLint.Diagnostics;
using PostLint.Tests.Verification;

namespace PostLint.Tests.Rules.Confidentiality;

public class InternalScreenAnalyzerTests
{
    [Theory]
    [InlineData("Kijk eens naar onze {|PL3007:werklijst|} van vanmiddag [screenshot] 😵 twintig opnames en twee artsen.")]
    [InlineData("Quick {|PL3007:snap of the patient board|} on AMU so you can see what we're dealing with 📸")]
    [InlineData("{|PL3007:Schermafdruk uit Epic|} van de wachtlijst voor de poli, zeg het maar.")]
    [InlineData("Here's a {|PL3007:screenshot from our EMIS|} inbox this morning. 212 unread results.")]
    [InlineData("Zo ziet het eruit vandaag: {|PL3007:foto van het overdrachtsbord|} op de IC.")]
    public void Fires_on_a_picture_of_an_internal_system_or_board(string markup) => Verify.Rule("PL3007", markup);

    [Theory]
    [InlineData("Deel nooit een screenshot uit het EPD, ook niet als de namen zijn weggelakt.")]
    [InlineData("Is het toegestaan om een foto van het whiteboard te delen in de groepsapp?")]
    [InlineData("Ons nieuwe EPD gaat maandag live. Foto: de projectgroep bij de aftrap [foto]")]
    [InlineData("Photo of our new hospital entrance 📸 opening next week.")]
    [InlineData("Our new dashboard for the public shows waiting times per hospital, see the website.")]
    public void Is_silent_on_advice_questions_and_other_pictures(string text) => Verify.Rule("PL3007", text);

    [Fact]
    public void Takes_the_place_of_the_picture_of_a_record_rule() =>
        Verify.NoFinding(DiagnosticCategory.Professionalism, "Screenshot uit ons HIS van vanochtend, kijk die agenda [foto]");

    // The system named with its department or kind after "our", pictures as verbs, and more systems and boards.
    [Theory]
    [InlineData("{|PL3007:Screengrab of our acute medicine dashboard|} at 3pm, not one free bed.")]
    [InlineData("{|PL3007:Snapped the bed board|} before handover so you can see the chaos.")]
    [InlineData("{|PL3007:Kiekje van onze SEH-werklijst|} van vannacht, zoek de fout.")]
    [InlineData("{|PL3007:Foto's van het planbord|} op de verpleegpost, geen bed meer vrij.")]
    [InlineData("{|PL3007:Screenshot van mijn ZorgDomein|} inbox, 40 verwijzingen open.")]
    public void Fires_on_more_systems_and_picture_words(string markup) => Verify.Rule("PL3007", markup);

    [Theory]
    [InlineData("Vandaag gaat ons nieuwe EPD live, dank aan het projectteam!")]
    [InlineData("Foto van het hele team bij de livegang van het nieuwe EPD 🎉")]
    [InlineData("Screenshot of the NHS website about flu jabs, worth sharing with patients.")]
    [InlineData("Never post a screenshot of the EPD, even cropped.")]
    [InlineData("Screenshot van het GGD-dashboard: de griep neemt toe deze week.")]
    [InlineData("Photo of our public waiting-times dashboard, now on the hospital website.")]
    public void Is_silent_on_public_news_and_other_screens(string text) => Verify.NoFinding(DiagnosticCategory.Confidentiality, text);
}

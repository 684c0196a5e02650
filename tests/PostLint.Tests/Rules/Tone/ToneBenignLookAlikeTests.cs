using PostLint.Diagnostics;
using PostLint.Tests.Verification;

namespace PostLint.Tests.Rules.Tone;

/// <summary>Posts that look rude to a word list but are not: no tone rule may fire on them.</summary>
public class ToneBenignLookAlikeTests
{
    [Theory]
    [InlineData("Anale fissuur: de meest voorkomende oorzaak van rectaal bloedverlies bij jonge kinderen.")]
    [InlineData("Bij een penis met een vernauwde voorhuid helpt vaak eerst een crème.")]
    [InlineData("Oktober is de maand van borstkanker: laat je informeren over het bevolkingsonderzoek.")]
    [InlineData("Kanker is in Nederland doodsoorzaak nummer één.")]
    [InlineData("Ontlasting met bloed? Neem altijd contact op met je huisarts.")]
    [InlineData("Bij tering (tuberculose) denk je niet meer aan Nederland, maar het komt nog voor.")]
    [InlineData("Pest en tyfus waren in de middeleeuwen gevreesde ziekten.")]
    [InlineData("De ziekte van Parkinson is meer dan trillen.")]
    public void Clinical_words_that_look_rude(string text) => Verify.NoFinding(DiagnosticCategory.Tone, text);

    [Theory]
    [InlineData("KNMG in het kort: 'Wees respectvol naar je omgeving (patiënt en collega) en let op je taalgebruik.'")]
    [InlineData("Zeg nooit 'lastige patiënt': er zijn geen lastige patiënten, wel lastige situaties.")]
    [InlineData("The term 'frequent flyer' is stigmatising, let's drop it.")]
    public void Quoting_a_guideline_about_respectful_language(string text) => Verify.NoFinding(DiagnosticCategory.Tone, text);

    [Theory]
    [InlineData("Het beleid van de minister is onverantwoord en moet worden teruggedraaid.")]
    [InlineData("Cutting GP funding in real terms while asking for more appointments is not sustainable.")]
    [InlineData("Unpopular opinion: the new online booking system is clunky and badly designed. Let's fix it together.")]
    public void Strong_but_respectful_criticism_of_policy(string text) => Verify.NoFinding(DiagnosticCategory.Tone, text);

    [Theory]
    [InlineData("Nachtdienst: de enige plek waar koffie officieel als vitamine telt ☕😅")]
    [InlineData("Ik ben ook maar een sukkel met die nieuwe roosters, drie keer verkeerd ingeroosterd.")]
    [InlineData("GEFELICITEERD!!! Wat een prestatie, lieve collega's 🎉")]
    [InlineData("Graduation day!!! Officially a Registered Nurse 🎓💙")]
    public void Harmless_irony_and_celebration(string text) => Verify.NoFinding(DiagnosticCategory.Tone, text);
}

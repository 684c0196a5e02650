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

    [Theory]
    [InlineData("Ik ben het fundamenteel oneens met het nieuwe beleid rond de avondspreekuren. Dit gaat ten koste van de continuïteit en ik hoop dat de regio het heroverweegt.")]
    [InlineData("I strongly disagree with the trust's decision to cut night-time phlebotomy. It is unsafe and I will raise it at the governance meeting.")]
    [InlineData("De nieuwe polisvoorwaarden van mijn zorgverzekeraar zijn onbegrijpelijk en onredelijk: fysiotherapie na een knieoperatie wordt niet meer vergoed. Dit moet anders.")]
    [InlineData("The insurer's prior-authorisation policy is a bureaucratic nightmare that delays care. Patients deserve better and I have written to them.")]
    [InlineData("Zorgverzekeraars die hun winst belangrijker vinden dan zorg: dat systeem moet op de schop. Tijd voor een debat.")]
    [InlineData("Geachte minister, met respect: uw voorstel om de eigen bijdrage te verhogen treft juist de kwetsbaarste patiënten. Ik nodig u uit om een dag mee te lopen op de poli.")]
    [InlineData("Dear Minister, I read your reply with interest, but I cannot agree. Waiting lists will not shrink by rebranding them. Happy to discuss the data.")]
    [InlineData("The cuts are ridiculous and the minister knows it. We need safe staffing, not slogans.")]
    public void Strong_disagreement_with_insurers_and_ministers(string text) => Verify.NoFinding(DiagnosticCategory.Tone, text);

    [Theory]
    [InlineData("Blog over communicatie: een patiënt zei vorige week 'dit is toch allemaal kut' toen hij de uitslag hoorde. Ik liet hem uitrazen en vroeg wat hij het ergst vond. Boosheid is vaak angst.")]
    [InlineData("A patient once told me 'this is fucking terrifying' before surgery. It taught me more about consent than any lecture. Name the fear and the swearing stops.")]
    [InlineData("Een patiënt noemde mij vandaag een 'klootzak' omdat ik geen antibiotica voorschreef. Ik snap zijn frustratie, maar het bleef een pijnlijk gesprek.")]
    public void A_patients_swearing_quoted_in_a_post_about_communication(string text) => Verify.NoFinding(DiagnosticCategory.Tone, text);

    [Theory]
    [InlineData("Oh geweldig, alweer regen op mijn enige vrije dag. Nederland op zijn best ☔🙃")]
    [InlineData("Lovely weather for a bike commute, said no one ever 🙄 Soaked before the handover.")]
    [InlineData("Nachtdienst om 4 uur: mijn brein is officieel vervangen door koffie en het infuuspompje is mijn beste vriend 😅")]
    [InlineData("Night shift logic: at 3am every biscuit counts as a food group and the vending machine is my emotional support 😂")]
    [InlineData("Eerlijk is eerlijk: ik was vandaag een beetje dom, ik vergat mijn eigen pieper op de balie.")]
    [InlineData("De SEH was vannacht een gekkenhuis, maar het team bleef kalm. Respect!")]
    [InlineData("Wat een dag! Drie bevallingen, twee keizersneden en nog steeds trots op dit team.")]
    public void Sarcasm_about_the_weather_and_humour_about_night_shifts(string text) => Verify.NoFinding(DiagnosticCategory.Tone, text);

    [Theory]
    [InlineData("Our surgeons are the best in the region and I'm proud to work with them.")]
    [InlineData("Verpleegkundigen zijn vaak de eersten die merken dat een patiënt achteruitgaat.")]
    [InlineData("Wij chirurgen zijn soms echte cowboys, haha.")]
    [InlineData("The myth that nurses are lazy must end.")]
    [InlineData("De kinderen op de afdeling zijn gek op de clown die elke woensdag langskomt.")]
    public void Praise_self_mockery_and_rejected_stereotypes_about_professions(string text) => Verify.NoFinding(DiagnosticCategory.Tone, text);
}

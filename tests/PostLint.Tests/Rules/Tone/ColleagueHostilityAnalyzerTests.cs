using PostLint.Tests.Verification;

namespace PostLint.Tests.Rules.Tone;

public class ColleagueHostilityAnalyzerTests
{
    [Theory]
    [InlineData("Die {|PL4003:arrogante chirurgen|} hier denken dat wij hun secretaresses zijn.")]
    [InlineData("Die {|PL4003:incompetente huisartsen|} sturen alles door.")]
    [InlineData("De {|PL4003:SEH-artsen snappen er echt niks van|}.")]
    [InlineData("Die {|PL4003:gynaecologen van het streekziekenhuis kunnen er echt helemaal niks van|}.")]
    [InlineData("{|PL4003:Nurses are useless|} on this ward.")]
    [InlineData("To the {|PL4003:clueless registrar|} who discharged my patient: {|PL4003:did you even go to medical school|}?")]
    [InlineData("Mijn {|PL4003:zogenaamde collega|} van de longziekten kraakte mijn beleid af.")]
    [InlineData("Onze nieuwe {|PL4003:co-assistent is echt hopeloos|}, kan nog geen infuus prikken.")]
    [InlineData("{|PL4003:Management heeft weer eens geen idee|} wat er op de vloer gebeurt.")]
    [InlineData("Our {|PL4003:managers haven't got a clue|}.")]
    public void Fires_on_belittling_colleagues(string markup) => Verify.Rule("PL4003", markup);

    [Fact]
    public void Fires_on_sarcasm_aimed_at_another_profession() =>
        Verify.Rule("PL4003", "{|PL4003:Oh sure|}, let's all take mental health advice from a life coach, what could possibly go wrong 🙄");

    [Theory]
    [InlineData("Het beleid van de minister is onverantwoord en moet worden teruggedraaid.")]
    [InlineData("De bezuinigingen op de wijkverpleging zijn onverstandig. Ik roep de Tweede Kamer op ze te heroverwegen.")]
    [InlineData("The surgeons did a fantastic job today.")]
    [InlineData("Dankzij de huisartsen in de regio is de griepprik weer een succes.")]
    [InlineData("GMC guidance says we should treat colleagues fairly and with respect, and that includes online.")]
    [InlineData("Ik snap de frustratie over de wachtlijsten. Maar hou het respectvol naar collega's. Boos op het systeem, niet op elkaar.")]
    public void Is_silent_on_respectful_criticism_and_praise(string text) => Verify.Rule("PL4003", text);
}

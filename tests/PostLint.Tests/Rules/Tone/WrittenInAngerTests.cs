using PostLint.Tests.Verification;

namespace PostLint.Tests.Rules.Tone;

/// <summary>PL4006, declared in <c>rules/packs/tone.yml</c>: anger words, filler words skipped, not when quoted or negated.</summary>
public class WrittenInAngerTests
{
    [Theory]
    [InlineData("Meneer heeft de hele gang wakker gemaakt. {|PL4006:Ik word er gek van|}.")]
    [InlineData("{|PL4006:Ik ben er echt helemaal klaar mee|}.")]
    [InlineData("{|PL4006:I'm so done|} with these people.")]
    [InlineData("Weer een vrouw onnodig ingeleid. {|PL4006:Ik kots ervan|}.")]
    [InlineData("Die man sloeg mijn collega: {|PL4006:ik hoop dat je wegrot|} in de cel.")]
    [InlineData("Families who visit once a year {|PL4006:🤬|}")]
    [InlineData("3am and {|PL4006:I'm still furious|}. My so-called senior left me alone with a crashing patient.")]
    public void Fires_on_anger_aimed_at_someone(string markup) => Verify.Rule("PL4006", markup);

    [Theory]
    [InlineData("Ik ben er klaar voor! Morgen begint mijn nieuwe baan op de IC.")]
    [InlineData("Boos op het systeem, niet op elkaar.")]
    [InlineData("Vandaag mijn laatste nachtdienst, ik ben er klaar voor 🎉")]
    [InlineData("Een moeder zei vandaag \"ik word er gek van\" over het wachten. Terecht, we kijken naar de planning.")]
    [InlineData("Nooit 'I'm so done' zeggen tegen een patiënt, leerde ik in mijn opleiding.")]
    public void Is_silent_on_calm_quoted_or_happy_posts(string text) => Verify.Rule("PL4006", text);
}

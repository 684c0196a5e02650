using PostLint.Diagnostics;
using PostLint.Tests.Verification;

namespace PostLint.Tests.Rules.Tone;

public class ToxicToneAnalyzerTests
{
    [Theory]
    [InlineData("{|PL4005:Shut your mouth, nobody asked you.|}")]
    public void Fires_on_hostile_text_the_word_lists_miss(string markup) => Verify.Rule("PL4005", markup);

    [Fact]
    public void Message_gives_the_score_and_the_words_that_drove_it()
    {
        var result = Verify.Rule("PL4005", "{|PL4005:Shut your mouth, nobody asked you.|}");
        result.Diagnostics.Single(d => d.Id == "PL4005").Message.Should().MatchRegex(@"score \d\.\d{3}, threshold 0\.\d\d\), mostly because of '");
    }

    [Fact]
    public void Is_silent_when_a_lexicon_rule_already_explains_the_post() =>
        Verify.Rule("PL4001", "Jij bent echt een vieze vuile {|PL4001:klootzak|}.");

    [Theory]
    [InlineData("Dank aan alle collega's die de afgelopen feestdagen hebben gewerkt 🙏 Zonder jullie geen ziekenhuis.")]
    [InlineData("Oktober is de maand van borstkanker: laat je informeren over het bevolkingsonderzoek.")]
    [InlineData("Het beleid van de minister is onverantwoord en moet worden teruggedraaid.")]
    [InlineData("Know the signs of stroke: Face, Arms, Speech, Time to call 999.")]
    [InlineData("Dat is een domme fout die ik zelf ook had kunnen maken.")]
    [InlineData("I hate Mondays.")]
    public void Is_silent_on_benign_posts(string text) => Verify.NoFinding(DiagnosticCategory.Tone, text);

    [Fact]
    public void Switched_off_it_never_fires() =>
        Verify.Rule("PL4005", "Shut your mouth, nobody asked you.", options: new PostLinterOptions { RuleSeverities = new Dictionary<string, DiagnosticSeverity?> { ["PL4005"] = null } });

    [Theory]
    [InlineData("stupid printer")]
    [InlineData("Die stomme printer weer.")]
    public void Is_silent_on_cursing_at_a_thing(string text) => Verify.NoFinding(DiagnosticCategory.Tone, text);
}

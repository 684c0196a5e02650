using PostLint.Tests.Verification;

namespace PostLint.Tests.Rules.Claims;

/// <summary>
/// PL5006 on informal Dutch social-media misinformation, one class of phrasing per theory: the subject taken up again
/// after a comma ("Die prikken, die ..."). Each class has look-alikes that must stay silent: debunks, questions, reports,
/// hedges, news and correct advice.
/// </summary>
public class RefutedClaimDutchTests
{
    [Theory]
    [InlineData("Die {|PL5006:vaccins, die veroorzaken autisme|}, dat weet toch iedereen.")]
    [InlineData("{|PL5006:Heet water, dat doodt het virus|} in je keel.")]
    [InlineData("Die {|PL5006:mondkapjes, die geven zuurstoftekort|} bij kinderen.")]
    [InlineData("Die {|PL5006:prikken, die zijn dodelijk|}, let maar op.")]
    public void Fires_when_a_pronoun_takes_the_subject_up_after_a_comma(string markup) => Verify.Rule("PL5006", markup);

    [Theory]
    [InlineData("Vaccins zijn veilig, die veroorzaken geen autisme.")]
    [InlineData("Mijn zoon heeft autisme, dat komt echt niet door vaccins.")]
    [InlineData("Die vaccins, daar is niks mis mee: ze veroorzaken geen autisme.")]
    [InlineData("Heet water met citroen, dat is lekker bij een verkoudheid.")]
    [InlineData("Mondkapjes, zuurstof en CO2 gaan er gewoon doorheen.")]
    public void Is_silent_on_resumed_subjects_that_deny_or_say_something_else(string text) => Verify.Rule("PL5006", text);
}

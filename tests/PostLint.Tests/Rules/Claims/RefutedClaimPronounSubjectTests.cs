using PostLint.Tests.Verification;

namespace PostLint.Tests.Rules.Claims;

/// <summary>
/// PL5006 on a claim whose subject is a pronoun opening the sentence, taking up the concept the sentence before named
/// ("Everyone fears covid. It is just a cold."), and on the contracted copula ("covid's just a cold"). The look-alikes
/// deny the claim in the second sentence, ask it, or take up something that is no concept of a claim.
/// </summary>
public class RefutedClaimPronounSubjectTests
{
    [Theory]
    [InlineData("Everyone is so scared of covid. {|PL5006:It is just a cold|}.")]
    [InlineData("They keep offering the covid jab. {|PL5006:It changes your DNA|}.")]
    [InlineData("Ze blijven die coronaprik aanbieden. {|PL5006:Die verandert je DNA|}.")]
    [InlineData("Iedereen is bang voor corona. {|PL5006:Dat is gewoon een griepje|}.")]
    [InlineData("{|PL5006:Covid's just a cold|}, stop panicking.")]
    public void Fires_on_a_claim_about_the_concept_a_pronoun_takes_up(string markup) => Verify.Rule("PL5006", markup);

    [Theory]
    [InlineData("The covid jab is safe. It does not change your DNA.")]
    [InlineData("Het coronavaccin is veilig. Dat verandert je DNA niet.")]
    [InlineData("Covid can hit hard. Is it just a cold for the young?")]
    [InlineData("My cold is finally gone. It was just a cold after all.")]
    [InlineData("We discussed covid at the team meeting. That was the main topic; the flu came second.")]
    public void Is_silent_on_denials_questions_and_other_antecedents(string text) => Verify.Rule("PL5006", text);
}

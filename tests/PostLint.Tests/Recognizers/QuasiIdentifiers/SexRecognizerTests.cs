using PostLint.Analysis;
using PostLint.Tests.Verification;

namespace PostLint.Tests.Recognizers.QuasiIdentifiers;

public class SexRecognizerTests
{
    [Theory]
    [InlineData("Een 27-jarige {|SEX:vrouw|} uit Harlingen.", "female")]
    [InlineData("Gisteravond een 8-jarig {|SEX:meisje|} binnengebracht.", "female")]
    [InlineData("Tonight's job: 17yo {|SEX:lad|}, quad bike rollover.", "male")]
    [InlineData("{|SEX:She|}'s only 8.", "female")]
    public void Finds_sex_words(string markup, string value) =>
        Verify.Entities(EntityType.Sex, markup).Single().Attribute("value").Should().Be(value);

    [Theory]
    [InlineData("Ze zijn met zijn allen naar huis gegaan.")]
    [InlineData("Haar werd geknipt en ze had MS.")]
    [InlineData("I miss the old rota.")]
    public void Ignores_plural_pronouns_and_look_alikes(string text) => Verify.Entities(EntityType.Sex, text);
}

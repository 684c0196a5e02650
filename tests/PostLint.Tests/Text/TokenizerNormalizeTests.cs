using PostLint.Text;

namespace PostLint.Tests.Text;

public class TokenizerNormalizeTests
{
    [Theory]
    [InlineData("Patiënt", "patient")]
    [InlineData("privénummer", "privenummer")]
    [InlineData("CLIËNTEN", "clienten")]
    [InlineData("Curaçao", "curacao")]
    [InlineData("Ångström", "angstrom")]
    [InlineData("Dvořák", "dvorak")]
    [InlineData("gewöhnlich", "gewohnlich")]
    public void Folds_accented_latin_letters(string word, string expected) => Tokenizer.Normalize(word).Should().Be(expected);

    [Fact]
    public void Drops_combining_accents_of_decomposed_text() => Tokenizer.Normalize("Patie\u0308nt").Should().Be("patient");

    [Fact]
    public void Leaves_ascii_and_other_scripts_alone()
    {
        Tokenizer.Normalize("COVID").Should().Be("covid");
        Tokenizer.Normalize("ß").Should().Be("ß");
    }
}

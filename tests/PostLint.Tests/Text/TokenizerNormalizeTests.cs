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

    // Word lists are compiled through NormalizedWords and posts through Split: a term matches only if both give the same words.
    [Theory]
    [InlineData("Ziekte van Parkinson's")]
    [InlineData("  CLIËNTEN-raad, privénummer 06  ")]
    [InlineData("Patie\u0308nt e\u0301e\u0301n Ångström")]
    [InlineData("kut*")]
    [InlineData("ß ΣΊΣΥΦΟΣ 12a")]
    [InlineData("")]
    public void Word_lists_and_posts_get_the_same_normalised_words(string text) =>
        Tokenizer.NormalizedWords(text).Should().Equal(Tokenizer.Split(text).Select(t => t.Normalized));

    [Fact]
    public void A_term_longer_than_the_stack_buffer_gets_the_same_normalised_words()
    {
        var text = string.Concat(Enumerable.Repeat("Ångström ", 40)) + new string('É', 300);
        Tokenizer.NormalizedWords(text).Should().Equal(Tokenizer.Split(text).Select(t => t.Normalized));
    }
}

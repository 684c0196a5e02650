using PostLint.Text;

namespace PostLint.Tests.Text;

public class TermMatcherTests
{
    [Fact]
    public void Finds_whole_words_and_phrases_case_and_accent_insensitively()
    {
        var matcher = TermMatcher.FromTerms(["patiënt", "niet verspreiden", "kamer"]);

        matcher.Matches("PATIENT wil dit NIET verspreiden; patiëntenkamer").Select(m => m.Term.Term)
            .Should().Equal("patiënt", "niet verspreiden");
    }

    [Fact]
    public void A_stem_matches_any_word_starting_with_it()
    {
        var matcher = TermMatcher.FromTerms(["kut*", "idioot"]);

        matcher.Matches("wat een kutdienst, idioten").Select(m => m.Term.Term).Should().Equal("kut*");
    }

    [Fact]
    public void When_several_stems_fit_the_one_listed_first_wins()
    {
        TermMatcher.FromTerms(["a*", "ab*"]).Matches("abc").Single().Term.Term.Should().Be("a*");
        TermMatcher.FromTerms(["ab*", "a*"]).Matches("abc").Single().Term.Term.Should().Be("ab*");
    }

    [Fact]
    public void A_whole_word_entry_wins_over_a_stem()
    {
        TermMatcher.FromTerms(["pati*", "patient"]).Matches("patient").Single().Term.Term.Should().Be("patient");
    }

    [Fact]
    public void Finds_every_entry_of_a_large_lexicon()
    {
        // The word filter may let strangers through but must never turn away a listed word.
        var random = new Random(7);
        var words = Enumerable.Range(0, 5000)
            .Select(_ => new string(Enumerable.Range(0, random.Next(1, 14)).Select(_ => (char)('a' + random.Next(26))).ToArray()))
            .Distinct()
            .ToArray();
        var matcher = TermMatcher.FromTerms(words);

        matcher.Matches(string.Join(" . ", words)).Should().HaveCount(words.Length);
    }

    [Fact]
    public void Matches_only_within_the_given_words()
    {
        var tokens = Tokenizer.Tokenize("niet verspreiden alsjeblieft");
        var matcher = TermMatcher.FromTerms(["niet verspreiden"]);

        matcher.Matches(tokens, 0, 1).Should().BeEmpty();
        matcher.Matches(tokens, 0, 2).Single().Span.Should().Be(new Diagnostics.TextSpan(0, 16));
    }
}

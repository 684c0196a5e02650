using PostLint.Diagnostics;
using PostLint.Text;

namespace PostLint.Tests.Text;

public class PostIndexTests
{
    private static readonly WordList Curses = WordList.FromTerms("curses", "kut*", "idioot", "wat een idioot");
    private static readonly WordList Places = WordList.FromTerms("places", "Den Haag", "den", "Haag");

    [Fact]
    public void One_builder_finds_the_matches_of_every_declared_list()
    {
        var index = new PostIndexBuilder([Curses, Places]).Build("Wat een idioot in Den Haag, kutdienst", PostLanguage.Dutch);

        index.Matches(Curses).Select(m => m.Term.Term).Should().Equal("wat een idioot", "kut*");
        index.Matches(Places).Select(m => m.Term.Term).Should().Equal("Den Haag");
    }

    [Fact]
    public void A_list_the_builder_was_not_told_about_is_still_matched()
    {
        var index = new PostIndexBuilder([Places]).Build("wat een idioot", PostLanguage.Dutch);

        index.Matches(Curses).Single().Span.Should().Be(new TextSpan(0, 14));
    }

    [Fact]
    public void A_window_only_sees_the_words_wholly_inside_it()
    {
        var index = PostIndex.Of("wat een idioot, Den Haag");

        index.MatchesIn(Curses, 4, 24).Select(m => m.Term.Term).Should().Equal("idioot");
        index.FirstIn(Places, 16, 22)!.Value.Term.Term.Should().Be("den");
        index.ContainsIn(Places, 0, 15).Should().BeFalse();
    }

    [Fact]
    public void A_list_that_ignores_fillers_matches_across_them()
    {
        var angry = new WordList("anger", [new LexiconEntry("ik ben er echt klaar mee", []), new LexiconEntry("😡", [])], WordListOptions.IgnoreFillers | WordListOptions.MatchSymbols);
        var index = PostIndex.Of("Ik ben er gewoon helemaal klaar mee 😡");

        index.Matches(angry).Select(m => m.Term.Term).Should().Equal("ik ben er echt klaar mee", "😡");
        index.Words.Select(w => w.Normalized).Should().NotContain("gewoon").And.NotContain("helemaal");
    }

    [Fact]
    public void Sentences_clauses_negation_and_quotes_come_from_the_index()
    {
        var index = PostIndex.Of("Dr. Jansen zegt: dit werkt niet. Hij noemde het 'onzin'!");

        index.Sentences.Should().HaveCount(2);
        index.ClauseBreakBetween(4, 15).Should().BeFalse();
        index.ClauseBreakBetween(4, 16).Should().BeTrue();
        var werkt = index.Tokens.ToList().FindIndex(t => t.Normalized == "werkt");
        index.IsNegatedAfter(werkt).Should().BeTrue();
        var onzin = index.Text.IndexOf("onzin", StringComparison.Ordinal);
        index.QuoteAround(new TextSpan(onzin, onzin + 5)).Should().NotBeNull();
        index.QuoteAround(new TextSpan(0, 3)).Should().BeNull();
    }

    [Fact]
    public void Matches_every_shipped_lexicon_exactly_as_the_term_matcher_does()
    {
        foreach (var path in LexiconCatalog.Paths)
        {
            var entries = Lexicon.Load(path);
            var list = new WordList(path, entries);
            var matcher = new TermMatcher(entries);

            // Text made of the lexicon's own entries (stems completed), in listed and reversed order, with words between.
            var terms = entries.Select(e => e.Term.EndsWith('*') ? e.Term[..^1] + "x" : e.Term).ToList();
            foreach (var text in new[] { string.Join(" en ", terms), string.Join(", ", Enumerable.Reverse(terms)), string.Join(' ', terms) })
            {
                var index = new PostIndexBuilder([list]).Build(text, PostLanguage.Auto);
                index.Matches(list).Should().Equal(matcher.Matches(Tokenizer.Tokenize(text)), path);
                var (start, end) = (text.Length / 3, text.Length * 2 / 3);
                index.MatchesIn(list, start, end).Should().Equal(MatchesInWindow(matcher, text, start, end), path);
            }
        }
    }

    private static IReadOnlyList<TermMatch> MatchesInWindow(TermMatcher matcher, string text, int start, int end)
    {
        var tokens = Tokenizer.Tokenize(text);
        var from = tokens.ToList().FindIndex(t => t.Span.Start >= start);
        var to = from;
        while (from >= 0 && to < tokens.Count && tokens[to].Span.End <= end)
        {
            to++;
        }

        return from < 0 ? [] : matcher.Matches(tokens, from, to);
    }
}

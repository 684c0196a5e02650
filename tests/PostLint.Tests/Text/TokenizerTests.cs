using PostLint.Text;

namespace PostLint.Tests.Text;

public class TokenizerTests
{
    [Fact]
    public void Splits_words_and_keeps_their_spans()
    {
        var tokens = Tokenizer.Tokenize("Mw. Jansen (87), kamer 12!");

        tokens.Select(t => (t.Value, t.Span.Start, t.Span.End)).Should().Equal(
            ("Mw", 0, 2), ("Jansen", 4, 10), ("87", 12, 14), ("kamer", 17, 22), ("12", 23, 25));
    }

    [Fact]
    public void Gives_the_words_of_a_text_asked_for_again_without_splitting_it_again()
    {
        var text = new string("de patiënt op kamer 4".ToCharArray());

        Tokenizer.Tokenize(text).Should().BeSameAs(Tokenizer.Tokenize(text));
    }

    [Fact]
    public void Keeps_a_text_in_use_while_many_other_texts_are_tokenised_in_between()
    {
        var post = new string("de patiënt op kamer 4".ToCharArray());
        var first = Tokenizer.Tokenize(post);
        for (var i = 0; i < 20; i++)
        {
            Tokenizer.Tokenize($"term {i}");
            Tokenizer.Tokenize(post);
        }

        Tokenizer.Tokenize(post).Should().BeSameAs(first);
    }

    [Fact]
    public void Equal_texts_in_different_strings_get_equal_words()
    {
        var a = new string("Bed 4, Bakker".ToCharArray());
        var b = new string("Bed 4, Bakker".ToCharArray());

        Tokenizer.Tokenize(a).Should().Equal(Tokenizer.Tokenize(b));
    }

    [Fact]
    public async Task Threads_do_not_see_each_others_words()
    {
        var texts = Enumerable.Range(0, 8).Select(i => $"post {i} over kamer {i * 7}").ToArray();

        var results = await Task.WhenAll(texts.Select(text => Task.Run(() =>
            Enumerable.Range(0, 200).All(_ => Tokenizer.Tokenize(text)[1].Value == text.Split(' ')[1]))));

        results.Should().AllBeEquivalentTo(true);
    }
}

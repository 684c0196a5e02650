using PostLint.Diagnostics;
using PostLint.Text;

namespace PostLint.Tests.Text;

public class ContextCuesTests
{
    private static readonly ContextCues Cues = new("bsn", "burgerservicenummer", "niet verspr*");

    [Fact]
    public void Finds_a_cue_in_a_window_with_its_span_in_the_whole_text()
    {
        const string text = "Graag niet verspreiden. BSN van de patiënt volgt.";

        Cues.FirstIn(text, 20, text.Length)!.Value.Span.Should().Be(new TextSpan(24, 27));
        Cues.LastIn(text, 0, text.Length)!.Value.Term.Term.Should().Be("bsn");
        Cues.FirstIn(text, 0, text.Length)!.Value.Term.Term.Should().Be("niet verspr*");
    }

    [Fact]
    public void A_word_cut_by_the_window_edge_is_not_a_cue()
    {
        const string text = "het burgerservicenummer";

        Cues.In(text, 4, 10).Should().BeFalse();
        Cues.In(text, 5, text.Length).Should().BeFalse();
        Cues.In(text, 4, text.Length).Should().BeTrue();
    }

    [Fact]
    public void Windows_outside_the_text_are_clamped()
    {
        Cues.In("bsn", -10, 100).Should().BeTrue();
        Cues.In("bsn", 5, 2).Should().BeFalse();
    }
}

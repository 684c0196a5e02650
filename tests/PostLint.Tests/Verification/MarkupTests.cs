using PostLint.Diagnostics;
using PostLint.Tests.Verification;

namespace PostLint.Tests.Verification;

public class MarkupTests
{
    [Fact]
    public void Parses_markers_into_text_and_spans()
    {
        var (text, spans) = Markup.Parse("Mevrouw {|PL1001:Jansen|} op kamer {|PL1009:12|}.");

        text.Should().Be("Mevrouw Jansen op kamer 12.");
        spans.Should().Equal(new MarkedSpan("PL1001", new TextSpan(8, 14)), new MarkedSpan("PL1009", new TextSpan(24, 26)));
    }

    [Fact]
    public void Rejects_an_unterminated_marker() =>
        FluentActions.Invoking(() => Markup.Parse("{|PL1001:Jansen")).Should().Throw<FormatException>();
}

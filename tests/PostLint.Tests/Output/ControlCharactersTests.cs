using PostLint.Output;

namespace PostLint.Tests.Output;

public class ControlCharactersTests
{
    // Sets the terminal title, rings the bell, clears the screen: what a hostile post would do to a reviewer's terminal.
    private const string Hostile = "\e]0;owned\a\e[2J Mail els.jansen1962@gmail.com\r even.";

    [Fact]
    public void Controls_become_their_pictures_one_for_one()
    {
        ControlCharacters.MakeVisible("a\e[31mb\a\tc\u007F\u009B\r\n").Should().Be("a␛[31mb␇\tc␡\uFFFD␍␊");
    }

    [Fact]
    public void Line_breaks_can_be_kept_for_a_format_that_escapes_them()
    {
        ControlCharacters.MakeVisible("a\e\r\nb", keepLineBreaks: true).Should().Be("a␛\r\nb");
    }

    [Fact]
    public void Text_without_controls_is_returned_as_is()
    {
        const string text = "Zoë belt 06-12345678 😀\tok";

        ControlCharacters.MakeVisible(text).Should().BeSameAs(text);
    }

    [Fact]
    public void The_text_report_shows_a_posts_controls_with_the_caret_in_place()
    {
        using var writer = new StringWriter();

        TextReportWriter.Write(writer, [Analyze(Hostile)]);

        var report = writer.ToString();
        report.Should().NotContainAny("\e", "\a").And.Contain("␛]0;owned␇␛[2J Mail els.jansen1962@gmail.com␍ even.");
        var lines = report.Split('\n');
        var source = Array.FindIndex(lines, l => l.Contains("Mail els", StringComparison.Ordinal));
        lines[source + 1].IndexOf('^', StringComparison.Ordinal).Should().Be(lines[source].IndexOf("els.", StringComparison.Ordinal));
    }

    [Fact]
    public void The_github_report_shows_controls_from_a_file_name_and_id_as_pictures()
    {
        var post = new Post("Mail els.jansen1962@gmail.com even.") { SourcePath = "drafts/\e[2Jx.txt", Id = "\a7" };
        using var writer = new StringWriter();

        GitHubReportWriter.Write(writer, [new PostLinter().Analyze(post)]);

        writer.ToString().Should().NotContainAny("\e", "\a").And.Contain("file=drafts/␛[2Jx.txt").And.Contain("(␇7)");
    }

    private static AnalysisResult Analyze(string text) =>
        new PostLinter().Analyze(new Post(text) { SourcePath = "post.txt", SourceMap = new SourceMap(text) });
}

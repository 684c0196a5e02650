using PostLint.Output;

namespace PostLint.Tests.Output;

public class GitHubReportWriterTests
{
    [Fact]
    public void Message_escapes_percent_and_line_breaks()
    {
        GitHubReportWriter.EscapeData("50% done\r\nnext: a, b").Should().Be("50%25 done%0D%0Anext: a, b");
    }

    [Fact]
    public void Property_also_escapes_colon_and_comma()
    {
        GitHubReportWriter.EscapeProperty("posts/a,b:c%.md").Should().Be("posts/a%2Cb%3Ac%25.md");
    }

    [Fact]
    public void Writes_one_command_per_diagnostic_with_its_range()
    {
        var post = new Post("Mail els.jansen1962@gmail.com,\nnu.") { SourcePath = "drafts/x,y.txt", SourceMap = new SourceMap("Mail els.jansen1962@gmail.com,\nnu.") };
        var result = new PostLinter().Analyze(post);
        using var writer = new StringWriter();

        GitHubReportWriter.Write(writer, [result]);

        writer.ToString().Should().StartWith("::warning file=drafts/x%2Cy.txt,line=1,col=6,endLine=1,endColumn=30,title=PL1003::");
    }
}

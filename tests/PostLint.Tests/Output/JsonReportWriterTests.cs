using System.Text.Json;
using PostLint.Analysis;
using PostLint.Diagnostics;
using PostLint.Output;

namespace PostLint.Tests.Output;

public class JsonReportWriterTests
{
    private static readonly DiagnosticDescriptor Combination = new(
        "PL2001", "Combination of details", DiagnosticCategory.Reidentification, DiagnosticSeverity.Warning, "test guideline", "test description");

    [Fact]
    public void Diagnostic_with_an_estimate_carries_the_crowd_and_its_quasi_identifiers()
    {
        const string text = "87-jarige uit Schiermonnikoog";
        var age = new Entity(EntityType.Age, new TextSpan(0, 9), "87-jarige").With("value", "87");
        var place = new Entity(EntityType.Place, new TextSpan(14, 29), "Schiermonnikoog").With("population", "950");
        var diagnostic = new Diagnostic(Combination, new TextSpan(0, 29), text, "Few people match.", estimate: new CrowdEstimate(0.5, 3.25, [age, place]));
        var result = new AnalysisResult(new Post(text), PostLanguage.Dutch, [age, place], [diagnostic], CountToTenVerdict.NotAdvised);

        using var json = JsonDocument.Parse(JsonReportWriter.ToJson([result], new JsonReportOptions { IncludeEntities = true }));

        var written = json.RootElement.GetProperty("posts")[0];
        var estimate = written.GetProperty("diagnostics")[0].GetProperty("estimate");
        estimate.GetProperty("low").GetDouble().Should().Be(0.5);
        estimate.GetProperty("high").GetDouble().Should().Be(3.25);
        var quasi = estimate.GetProperty("quasiIdentifiers").EnumerateArray().ToList();
        quasi.Select(q => q.GetProperty("type").GetString()).Should().Equal("AGE", "PLACE");
        quasi[1].GetProperty("start").GetInt32().Should().Be(14);
        quasi[1].GetProperty("end").GetInt32().Should().Be(29);
        quasi[1].GetProperty("text").GetString().Should().Be("Schiermonnikoog");
        quasi[1].TryGetProperty("attributes", out _).Should().BeFalse("the estimate lists spans; attributes are in entities[]");
        written.GetProperty("entities")[1].GetProperty("attributes").GetProperty("population").GetString().Should().Be("950");
    }

    [Fact]
    public void Diagnostic_without_an_estimate_has_no_estimate_member()
    {
        var result = new PostLinter().Analyze(new Post("Mail els.jansen1962@gmail.com even."));

        using var json = JsonDocument.Parse(JsonReportWriter.ToJson([result]));

        json.RootElement.GetProperty("posts")[0].GetProperty("diagnostics")[0].TryGetProperty("estimate", out _).Should().BeFalse();
    }

    [Fact]
    public void Non_ascii_text_is_written_as_is_and_the_source_is_null_without_a_file()
    {
        var result = new PostLinter().Analyze(new Post("Mail els.jansen1962@gmail.com even.") { Language = PostLanguage.Dutch });

        var json = JsonReportWriter.ToJson([result]);

        json.Should().Contain("patiënten", "the Dutch message keeps its ë rather than \\u00EB").And.Contain("\"source\": null");
    }
}

using PostLint.Rules.Reidentification;

namespace PostLint.Tests.Rules.Reidentification;

/// <summary>The estimate moves the right way: more detail lowers it, a more general detail raises it.</summary>
public class CrowdEstimatorTests
{
    private static readonly PostLinter Linter = new();

    [Theory]
    [InlineData("Vannacht een 94-jarige dame opgenomen met ALS.", "Vannacht een 94-jarige dame van Schiermonnikoog opgenomen met ALS.")]
    [InlineData("Vannacht een dame van Schiermonnikoog opgenomen met ALS.", "Vannacht een 94-jarige dame van Schiermonnikoog opgenomen met ALS.")]
    [InlineData("Last week I saw a 60-year-old man from Grimsby with diabetes.", "Last week I saw a 60-year-old farmer from Grimsby with diabetes.")]
    [InlineData("Een 45-jarige man uit Zwolle kwam op het spreekuur.", "Een 45-jarige man uit Zwolle kwam op het spreekuur met MS.")]
    public void Adding_a_detail_lowers_the_estimate(string fewer, string more) =>
        Low(more).Should().BeLessThan(Low(fewer));

    [Theory]
    [InlineData("Vannacht een 94-jarige dame van Schiermonnikoog opgenomen met ALS.", "Vannacht een dame van in de negentig van Schiermonnikoog opgenomen met ALS.")]
    [InlineData("Vannacht een 94-jarige dame van Schiermonnikoog opgenomen met ALS.", "Vannacht een oudere dame van Schiermonnikoog opgenomen met ALS.")]
    [InlineData("Vannacht een 94-jarige dame van Schiermonnikoog opgenomen met ALS.", "Vannacht een 94-jarige dame uit Friesland opgenomen met ALS.")]
    [InlineData("Gisteren een 94-jarige dame van Schiermonnikoog opgenomen met ALS.", "Onlangs een 94-jarige dame van Schiermonnikoog opgenomen met ALS.")]
    [InlineData("Vannacht een 94-jarige dame van Schiermonnikoog opgenomen met ALS.", "Vannacht een 94-jarige dame van Schiermonnikoog opgenomen met een zeldzame ziekte.")]
    public void Generalising_a_detail_raises_the_estimate(string specific, string general) =>
        Low(general).Should().BeGreaterThan(Low(specific));

    [Fact]
    public void Overlapping_ages_are_counted_once()
    {
        var once = Assess("Vannacht een 94-jarige dame van Schiermonnikoog opgenomen met ALS.");
        var twice = Assess("Vannacht een 94-jarige dame van Schiermonnikoog, een echte negentiger, opgenomen met ALS.");
        twice.Low.Should().Be(once.Low);
    }

    [Fact]
    public void A_named_event_replaces_the_place()
    {
        var assessment = Assess("Dienst van vanmiddag: motorrijder (45) onderuit op de N381 bij Donkerbroek, open bovenbeenfractuur.");
        assessment.Details[0].Entity!.Text.Should().StartWith("onderuit op de N381");
    }

    [Fact]
    public void Uses_the_configured_catchment_when_no_place_is_named()
    {
        const string text = "Vannacht een 94-jarige dame opgenomen met ALS.";
        var country = Assess(text);
        var catchment = Assess(text, new ReidentificationOptions { Catchment = 50_000 });
        catchment.Details[0].Low.Should().Be(50_000);
        catchment.Low.Should().BeLessThan(country.Low);
    }

    private static double Low(string text) => Assess(text).Low;

    private static CrowdAssessment Assess(string text, ReidentificationOptions? options = null)
    {
        var result = Linter.Analyze(text);
        return CrowdEstimator.Estimate(result.Entities, text, result.Language, result.Post.Author, options ?? new ReidentificationOptions())
            ?? throw new InvalidOperationException("no estimate for: " + text);
    }
}

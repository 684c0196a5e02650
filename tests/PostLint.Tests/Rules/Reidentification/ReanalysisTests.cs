using PostLint.Rules.Reidentification;

namespace PostLint.Tests.Rules.Reidentification;

/// <summary>
/// PL2001 judges each proposed fix by re-recognising the edited text. Should re-analysis ever run fewer
/// recognizers than the engine (to make the fix search cheaper), it must still see every entity the crowd
/// estimate depends on, including the identifiers that keep quasi-identifiers out of names, e-mail
/// addresses, links and dates of birth.
/// </summary>
public class ReanalysisTests
{
    private static readonly PostLinter Linter = new();

    [Theory]
    [InlineData("Vannacht een 94-jarige dame van Schiermonnikoog opgenomen met een zeldzame ALS-variant.")]
    [InlineData("Dienst van vanmiddag: motorrijder (45) onderuit op de N381 bij Donkerbroek, open bovenbeenfractuur.")]
    [InlineData("Bed 4, mevrouw Bakker (geb. 12-03-1951) uit Urk, vannacht opgenomen met een hartinfarct. Vragen: zorg@antonius-urk.nl")]
    [InlineData("Saw a Creutzfeldt-Jakob case this week, a 60-year-old farmer from just outside Grimsby.")]
    [InlineData("Tonight's job: 17yo lad, quad bike rollover on a farm outside Hexham. Airlifted to the RVI. @hexham_news https://hexham.example.org/mitford")]
    public void Re_analysing_the_unchanged_text_gives_the_engines_estimate(string text)
    {
        var result = Linter.Analyze(text);
        var options = Linter.Options.Reidentification;
        var engine = CrowdEstimator.Estimate(result.Entities, text, result.Language, result.Post.Author, options);
        var entities = Reanalysis.Recognize(result.Post, text, result.Language, Linter.Options);
        var reanalysed = CrowdEstimator.Estimate(entities, text, result.Language, result.Post.Author, options);

        engine.Should().NotBeNull();
        Describe(reanalysed).Should().Be(Describe(engine));
    }

    private static string Describe(CrowdAssessment? assessment) =>
        assessment is null ? "no estimate" : $"{assessment.Low} {assessment.High}: " + string.Join(" + ", assessment.Details.Select(d => $"{d.Name(false)} {d.Entity?.Span}"));
}

using PostLint.Analysis;
using PostLint.Diagnostics;
using PostLint.Rules.Reidentification;

namespace PostLint.Tests.Rules.Reidentification;

/// <summary>
/// PL2001 judges each proposed fix by re-recognising the edited text. Re-analysis runs only the
/// quasi-identifier recognizers (to make the fix search cheaper), so it must still see every entity the crowd
/// estimate depends on, including the identifiers that keep quasi-identifiers out of names, e-mail
/// addresses, links and dates of birth: those are carried over the edit.
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
        var entities = Reanalysis.Recognize(result.Post, result.Entities, [], text, result.Language, Linter.Options);
        var reanalysed = CrowdEstimator.Estimate(entities, text, result.Language, result.Post.Author, options);

        engine.Should().NotBeNull();
        Describe(reanalysed).Should().Be(Describe(engine));
    }

    [Fact]
    public void An_identifier_after_an_edit_moves_with_the_text_and_one_inside_an_edit_is_dropped()
    {
        const string text = "Vannacht een 94-jarige dame uit Urk opgenomen. Vragen: zorg@antonius-urk.nl";
        var result = Linter.Analyze(text);
        var email = result.Entities.Single(e => e.Type == EntityType.Email);
        var place = result.Entities.Single(e => e.Type == EntityType.Place);
        var generalised = new TextEdit(place.Span, "Flevoland");
        var edited = new CodeFix(string.Empty, [generalised]).ApplyTo(text);

        var moved = Reanalysis.Recognize(result.Post, result.Entities, [generalised], edited, result.Language, Linter.Options).Single(e => e.Type == EntityType.Email);
        var dropped = Reanalysis.Recognize(result.Post, result.Entities, [new TextEdit(email.Span, "het secretariaat")], text.Replace(email.Text, "het secretariaat", StringComparison.Ordinal), result.Language, Linter.Options);

        edited[moved.Span.Start..moved.Span.End].Should().Be(email.Text);
        dropped.Should().NotContain(e => e.Type == EntityType.Email);
    }

    private static string Describe(CrowdAssessment? assessment) =>
        assessment is null ? "no estimate" : $"{assessment.Low} {assessment.High}: " + string.Join(" + ", assessment.Details.Select(d => $"{d.Name(false)} {d.Entity?.Span}"));
}

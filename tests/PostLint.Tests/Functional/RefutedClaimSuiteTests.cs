using System.Globalization;
using PostLint.Text;
using Xunit.Abstractions;

namespace PostLint.Tests.Functional;

/// <summary>
/// The refuted-claims suite (<c>refuted-claims-suite.tsv</c>): refuted health claims in the voice of angry and
/// conspiratorial posts, class by class (downplaying comparisons, the pandemic's conspiracy names, the jab called no
/// vaccine, said to fail, to kill, to depopulate, advice to refuse it, hidden cures, masks said to harm), each with
/// look-alikes a clinician or agency would post. Written before PL5006 was changed for them; the held-out half was
/// scored once after, and its floors record those figures.
/// </summary>
public class RefutedClaimSuiteTests(ITestOutputHelper output)
{
    private static readonly Lazy<IReadOnlyList<ClaimResult>> Results = new(Run);

    [Fact]
    public void The_suite_is_split_in_halves_with_claims_and_look_alikes_in_each_language()
    {
        var cases = Results.Value.Select(r => r.Case).ToList();

        cases.Should().HaveCountGreaterThanOrEqualTo(140);
        cases.Select(c => c.Text).Should().OnlyHaveUniqueItems();
        foreach (var language in new[] { "nl", "en" })
        {
            cases.Where(c => c.Language == language).Should().Contain(c => c.ExpectClaim).And.Contain(c => !c.ExpectClaim);
        }

        cases.Count(c => c.IsTuning).Should().BeInRange(cases.Count * 2 / 5, cases.Count * 3 / 5);
    }

    [Theory]
    [InlineData("nl", 14, 21)] // before the round: 9/21
    [InlineData("en", 18, 24)] // before the round: 12/24
    public void Held_out_recall_does_not_fall_below_what_was_reached(string language, int reached, int claims)
    {
        foreach (var failure in Results.Value.Where(r => r.Case.IsTuning && r.Case.Language == language && r.Fired != r.Case.ExpectClaim))
        {
            output.WriteLine($"tuning {failure.Case.Class} ({(failure.Case.ExpectClaim ? "missed" : "false alarm")}): {failure.Case.Text}");
        }

        var heldOut = Results.Value.Where(r => !r.Case.IsTuning && r.Case.Language == language && r.Case.ExpectClaim).ToList();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{language} held-out recall {heldOut.Count(r => r.Fired)}/{heldOut.Count}"));

        heldOut.Should().HaveCount(claims);
        heldOut.Count(r => r.Fired).Should().BeGreaterThanOrEqualTo(reached);
    }

    [Theory]
    [InlineData("nl")]
    [InlineData("en")]
    public void Held_out_look_alikes_draw_no_refuted_claim(string language)
    {
        Results.Value.Where(r => !r.Case.IsTuning && r.Case.Language == language && !r.Case.ExpectClaim && r.Fired)
            .Should().BeEmpty("a debunk, a report, a contraindication or a sourced figure is what a careful clinician posts");
    }

    private static List<ClaimResult> Run()
    {
        var path = Path.Combine(RepositoryRoot.Path, "tests", "PostLint.Tests", "Functional", "refuted-claims-suite.tsv");
        var linter = new PostLinter();
        return File.ReadLines(path)
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Skip(1)
            .Select(line => line.Split('\t'))
            .Select(cells => new ClaimCase(cells[0], cells[1], cells[2] == "fire", cells[3]))
            .Select(c => new ClaimResult(c, linter.Analyze(new Post(c.Text) { Language = c.Language == "nl" ? PostLanguage.Dutch : PostLanguage.English })
                .Diagnostics.Any(d => d.Id == "PL5006")))
            .ToList();
    }

    private sealed record ClaimCase(string Language, string Class, bool ExpectClaim, string Text)
    {
        /// <summary>True for the tuning half: the first byte of the SHA-256 of the text is even. Fixed before any result was seen.</summary>
        public bool IsTuning => HashSplit.IsTuning(Text);
    }

    private sealed record ClaimResult(ClaimCase Case, bool Fired);
}

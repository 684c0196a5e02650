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

        cases.Should().HaveCountGreaterThanOrEqualTo(320);
        cases.Select(c => c.Text).Should().OnlyHaveUniqueItems();
        foreach (var language in new[] { "nl", "en" })
        {
            cases.Where(c => c.Language == language).Should().Contain(c => c.ExpectClaim).And.Contain(c => !c.ExpectClaim);
        }

        cases.Count(c => c.IsTuning).Should().BeInRange(cases.Count * 2 / 5, cases.Count * 3 / 5);
    }

    /// <summary>The classes of round four (issue 14), scored apart so the earlier rounds' floors keep their meaning.</summary>
    private static readonly HashSet<string> RoundFourClasses = ["death-comparison", "harm-headline", "insider-authority", "tail-question", "zou-modal", "contrast-rebuttal"];

    /// <summary>The class of round five (issue 14): a pronoun opening a sentence takes up the concept of the sentence before.</summary>
    private static readonly HashSet<string> RoundFiveClasses = ["pronoun-subject"];

    [Theory]
    [InlineData("nl", 15, 21)] // before round three: 9/21; before round four: 14/21
    [InlineData("en", 20, 24)] // before round three: 12/24; before round four: 18/24
    public void Held_out_recall_does_not_fall_below_what_was_reached(string language, int reached, int claims) =>
        HeldOutRecallReaches(language, reached, claims, r => !RoundFourClasses.Contains(r.Case.Class) && !RoundFiveClasses.Contains(r.Case.Class));

    [Theory]
    [InlineData("nl", 22, 32)] // before round four: 5/28 of the first five classes, 0/4 of contrast-rebuttal (added after them)
    [InlineData("en", 17, 21)] // before round four: 8/17 of the first five classes, 1/4 of contrast-rebuttal (added after them)
    public void Held_out_recall_of_round_four_classes_does_not_fall_below_what_was_reached(string language, int reached, int claims) =>
        HeldOutRecallReaches(language, reached, claims, r => RoundFourClasses.Contains(r.Case.Class));

    private void HeldOutRecallReaches(string language, int reached, int claims, Func<ClaimResult, bool> inScope)
    {
        var scoped = Results.Value.Where(r => r.Case.Language == language && inScope(r)).ToList();
        foreach (var failure in scoped.Where(r => r.Case.IsTuning && r.Fired != r.Case.ExpectClaim))
        {
            output.WriteLine($"tuning {failure.Case.Class} ({(failure.Case.ExpectClaim ? "missed" : "false alarm")}): {failure.Case.Text}");
        }

        var heldOut = scoped.Where(r => !r.Case.IsTuning && r.Case.ExpectClaim).ToList();
        var heldOutLookAlikes = scoped.Where(r => !r.Case.IsTuning && !r.Case.ExpectClaim).ToList();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{language} held-out recall {heldOut.Count(r => r.Fired)}/{heldOut.Count}, look-alikes fired {heldOutLookAlikes.Count(r => r.Fired)}/{heldOutLookAlikes.Count}"));

        heldOut.Should().HaveCount(claims);
        heldOut.Count(r => r.Fired).Should().BeGreaterThanOrEqualTo(reached);
    }

    [Theory]
    [InlineData("nl", 2, 3)] // before round five: 0/3
    [InlineData("en", 5, 5)] // before round five: 0/5
    public void Held_out_recall_of_round_five_classes_does_not_fall_below_what_was_reached(string language, int reached, int claims) =>
        HeldOutRecallReaches(language, reached, claims, r => RoundFiveClasses.Contains(r.Case.Class));

    [Theory]
    [InlineData("nl")]
    [InlineData("en")]
    public void Held_out_look_alikes_draw_no_refuted_claim(string language)
    {
        Results.Value.Where(r => !r.Case.IsTuning && r.Case.Language == language && !r.Case.ExpectClaim && r.Fired && !RoundFourClasses.Contains(r.Case.Class))
            .Should().BeEmpty("a debunk, a report, a contraindication or a sourced figure is what a careful clinician posts");
    }

    // The round-four held-out look-alikes were scored, not read: a false alarm among them stays unexamined, so its count
    // is a ceiling that may only fall.
    [Theory]
    [InlineData("nl", 1)] // before round four: 2/26
    [InlineData("en", 1)] // before round four: 1/20
    public void Held_out_look_alikes_of_round_four_classes_draw_no_more_refuted_claims_than_before(string language, int ceiling) =>
        Results.Value.Count(r => !r.Case.IsTuning && r.Case.Language == language && !r.Case.ExpectClaim && r.Fired && RoundFourClasses.Contains(r.Case.Class))
            .Should().BeLessThanOrEqualTo(ceiling);

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

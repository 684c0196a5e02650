using Xunit.Abstractions;

namespace PostLint.Tests.Functional;

/// <summary>
/// The protected-groups suite (<c>tone-protected-groups.tsv</c>): hate against the groups HateCheck-style suites
/// target, and their non-hateful contrasts. Written before the rules it measured were changed; the held-out half was
/// scored once after, and its floor records that figure.
/// </summary>
public class ProtectedGroupsSuiteTests(ITestOutputHelper output)
{
    private static readonly Lazy<IReadOnlyList<ToneResult>> Results = new(Run);

    [Fact]
    public void The_suite_is_split_in_halves_with_hateful_and_benign_cases_in_each_language()
    {
        var cases = Results.Value.Select(r => r.Case).ToList();

        cases.Should().HaveCountGreaterThanOrEqualTo(300);
        cases.Select(c => c.Text).Should().OnlyHaveUniqueItems();
        foreach (var language in ToneFunctionalSuite.Languages)
        {
            cases.Where(c => c.Language == language).Should().Contain(c => c.ExpectTone).And.Contain(c => !c.ExpectTone);
        }

        cases.Count(c => c.IsTuning).Should().BeInRange(cases.Count * 2 / 5, cases.Count * 3 / 5);
    }

    [Fact]
    public void Held_out_accuracy_per_language_does_not_fall_below_what_was_reached()
    {
        foreach (var failure in Results.Value.Where(r => r.Case.IsTuning && r.Flagged != r.Case.ExpectTone))
        {
            output.WriteLine($"tuning {failure.Case.Language} {failure.Case.Functionality}: {failure.Case.Text}");
        }

        // Before the issue 13 protected-groups pass: nl 55/77, en 40/71.
        Score("nl", tuning: false).Accuracy.Should().BeGreaterThanOrEqualTo(0.90, "reached 70/77 = 0.909 on the held-out half");
        Score("en", tuning: false).Accuracy.Should().BeGreaterThanOrEqualTo(0.90, "reached 64/71 = 0.901 on the held-out half");
    }

    private static ToneScore Score(string language, bool tuning) =>
        ToneScore.Of(Results.Value.Where(r => r.Case.Language == language && r.Case.IsTuning == tuning));

    private static List<ToneResult> Run()
    {
        var path = Path.Combine(RepositoryRoot.Path, "tests", "PostLint.Tests", "Functional", "tone-protected-groups.tsv");
        var linter = new PostLinter();
        return File.ReadLines(path)
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t'))
            .Select(cells => new ToneCase(cells[0], cells[1], cells[2] == "tone", cells[3]))
            .Select(c => ToneFunctionalSuite.Check(linter, c))
            .ToList();
    }
}

using System.Globalization;
using System.Text;
using PostLint.Diagnostics;
using Xunit.Abstractions;

namespace PostLint.Tests.Functional;

/// <summary>
/// The privacy and re-identification held-out sets (<c>privacy-heldout.tsv</c>, <c>reid-unique-heldout.tsv</c> for
/// unique roles and news events, <c>orgs-heldout.tsv</c> for health bodies, hospitals and media named beside care, and
/// <c>privacy-heldout3.tsv</c> for lower-case names in care stories, tagged patients, Belgian hospitals and personal
/// against organisation handles): cases per class of phrasing, written before the rules were tuned for those classes
/// and never tuned on. The per-class table is printed to the test output;
/// only the figures are printed, not the failing texts, so that the set stays held out.
/// </summary>
public class PrivacyHeldOutTests(ITestOutputHelper output)
{
    private sealed record HeldOutCase(string Class, string Expected, string Text);

    private static List<HeldOutCase> Load(string file = "privacy-heldout.tsv") =>
        File.ReadLines(Path.Combine(RepositoryRoot.Path, "tests", "PostLint.Tests", "Functional", file))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Skip(1)
            .Select(line => line.Split('\t'))
            .Select(cells => new HeldOutCase(cells[0], cells[1], cells[2]))
            .ToList();

    [Fact]
    public void The_set_has_positive_and_benign_classes_of_both_families()
    {
        var cases = Load();

        cases.Should().HaveCountGreaterThanOrEqualTo(80);
        cases.Select(c => c.Text).Should().OnlyHaveUniqueItems();
        cases.Select(c => c.Expected).Distinct().Should().BeEquivalentTo("privacy", "reid", "none");
        cases.GroupBy(c => c.Class).Should().OnlyContain(g => g.Select(c => c.Expected).Distinct().Count() == 1, "a class is positive or benign");
    }

    [Theory]
    [InlineData("privacy-heldout.tsv", 0.86, "reached 77/89 = 0.865 (58/89 before the classes were fixed; 78/89 while any company address outside a care story passed as a staff contact)")]
    [InlineData("orgs-heldout.tsv", 0.96, "reached 59/61 = 0.967 (57/61 before the health-bodies list and the initial-before-a-disease rule)")]
    [InlineData("privacy-heldout3.tsv", 0.95, "0.600 (42/70) before lower-case names, third-person patient handles and Belgian hospitals were tuned, 0.957 (67/70) after")]
    [InlineData("reid-unique-heldout.tsv", 0.86, "reached 19/22 = 0.864 (13/22 before national-team roles, first recipients and incident victims were recognised)")]
    public void Held_out_accuracy_does_not_fall_below_what_was_reached(string file, double floor, string history)
    {
        var linter = new PostLinter();
        var results = Load(file).Select(c =>
        {
            var diagnostics = linter.Analyze(new Post(c.Text)).Diagnostics;
            var categories = diagnostics.Select(d => d.Category).ToHashSet();
            var right = c.Expected switch
            {
                // A rule ID: that very rule must fire ("PL1011" is not met by a room number in the same post).
                var id when id.StartsWith("PL", StringComparison.Ordinal) => diagnostics.Any(d => d.Id == id),
                "privacy" => categories.Contains(DiagnosticCategory.Privacy),
                "reid" => categories.Contains(DiagnosticCategory.Reidentification),
                _ => !categories.Contains(DiagnosticCategory.Privacy) && !categories.Contains(DiagnosticCategory.Reidentification),
            };
            return (c.Class, Right: right);
        }).ToList();

        var table = new StringBuilder();
        foreach (var group in results.GroupBy(r => r.Class))
        {
            table.AppendLine(CultureInfo.InvariantCulture, $"{group.Key,-20} {group.Count(r => r.Right)}/{group.Count()}");
        }

        var accuracy = (double)results.Count(r => r.Right) / results.Count;
        table.AppendLine(CultureInfo.InvariantCulture, $"{"ALL",-20} {results.Count(r => r.Right)}/{results.Count} = {accuracy:0.00}");
        output.WriteLine(table.ToString());

        accuracy.Should().BeGreaterThanOrEqualTo(floor, history);
    }
}

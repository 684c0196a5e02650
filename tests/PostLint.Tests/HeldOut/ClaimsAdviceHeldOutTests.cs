using System.Globalization;
using Xunit.Abstractions;

namespace PostLint.Tests.HeldOut;

/// <summary>
/// The held-out sentences of <c>claims-advice-heldout.tsv</c> (individual and dangerous medication advice, warnings about
/// miracle-cure sellers, small counts of named people, and their benign look-alikes), written before the Claims rules were
/// tuned on the dev2 misses and never used to tune them. They are scored as a whole: a sentence passes when its expected
/// rule fires, or stays silent where it must. The threshold guards against regression; failures are signs of phrasings
/// the rules miss, not sentences to edit. The table per class is printed to the test output.
/// </summary>
public class ClaimsAdviceHeldOutTests(ITestOutputHelper output)
{
    private static readonly PostLinter Linter = new();

    [Fact]
    public void Held_out_sentences_pass_at_the_measured_rate()
    {
        var results = Load().Select(c => (c.Class, c.Text, Passed: Passes(c))).ToList();
        foreach (var group in results.GroupBy(r => r.Class))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{group.Key,-20} {group.Count(r => r.Passed)}/{group.Count()}"));
        }

        var rate = (double)results.Count(r => r.Passed) / results.Count;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"all {rate:F3}"));

        rate.Should().BeGreaterThanOrEqualTo(Threshold, Measured + "; failures: " + string.Join(" | ", results.Where(r => !r.Passed).Select(r => r.Text)));
    }

    private const double Threshold = 0.80;
    private const string Measured = "0.667 (56/84) before the dev2 tuning, 0.810 (68/84) after";

    private static bool Passes(HeldOutCase heldOut)
    {
        var silent = heldOut.Expected.StartsWith("none:", StringComparison.Ordinal);
        var target = silent ? heldOut.Expected["none:".Length..] : heldOut.Expected;
        var fired = Linter.Analyze(new Post(heldOut.Text)).Diagnostics.Any(d => d.Id == target);
        return fired != silent;
    }

    private static IEnumerable<HeldOutCase> Load()
    {
        var path = Path.Combine(RepositoryRoot.Path, "tests", "PostLint.Tests", "HeldOut", "claims-advice-heldout.tsv");
        foreach (var line in File.ReadLines(path).Where(l => l.Length > 0 && l[0] != '#').Skip(1))
        {
            var columns = line.Split('\t');
            yield return new HeldOutCase(columns[0], columns[1], columns[2]);
        }
    }

    private sealed record HeldOutCase(string Class, string Expected, string Text);
}

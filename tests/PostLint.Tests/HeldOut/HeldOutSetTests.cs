using System.Globalization;
using PostLint.Diagnostics;
using Xunit.Abstractions;

namespace PostLint.Tests.HeldOut;

/// <summary>
/// Held-out sets of one family each, written before the rules for their classes were tuned and never used to tune
/// them: <c>tone-mockery-heldout.tsv</c> (mockery in scare quotes, mocking emoji, name-calling, contempt with denial of
/// care, veiled threats), <c>tone-laughter-heldout.tsv</c> (laughing at patients), <c>tone-hate-heldout.tsv</c>
/// (hateful statements about groups, HateCheck-style), <c>confidential-heldout.tsv</c>
/// (credentials, internal screens, staff matters, embargoes, internal documents), <c>credentials-heldout.tsv</c> (door
/// and cupboard codes, shared logins, bleep plus code, keys and tokens, one-time links) and <c>claims-misinfo-heldout2.tsv</c>
/// (health misinformation phrased the ways issue 14 found missed), <c>claims-misinfo-heldout-en3.tsv</c> (informal English COVID
/// and vaccine misinformation: shouting, remedies without "cure", 5G and plandemic, downplaying, comma-split claims) and
/// <c>claims-misinfo-heldout-nl3.tsv</c> (informal Dutch misinformation about corona, vaccines and health), each with benign
/// look-alikes. A sentence passes when a rule of the family fires where one must, or none fires where none may.
/// <c>confidential-boundary-heldout3.tsv</c> (Confidentiality and Professionalism phrased past the dev corpora) names the
/// rule that must fire; its look-alikes pass when no rule of either family fires. The floor guards
/// against regression; failures are signs of phrasings the rules miss, not sentences to edit. The table per class is
/// printed to the test output.
/// </summary>
public class HeldOutSetTests(ITestOutputHelper output)
{
    private static readonly PostLinter Linter = new();

    [Theory]
    [InlineData("tone-mockery-heldout.tsv", DiagnosticCategory.Tone, 0.74, "0.631 before tuning, 0.748 after the first round")]
    [InlineData("tone-laughter-heldout.tsv", DiagnosticCategory.Tone, 0.70, "0.513 before the laughter markers, 0.718 after")]
    [InlineData("tone-hate-heldout.tsv", DiagnosticCategory.Tone, 0.90, "0.732 before the identity groups, violence calls and revenge threats, 0.902 after (the failures had been read by then)")]
    [InlineData("confidential-heldout.tsv", DiagnosticCategory.Confidentiality, 0.82, "0.629 before PL3007, 0.743 after it, 0.771 after the secrecy cues (the failures had been read by then), 0.829 after the meeting leaks and keep-it-quiet pleas of the issue-14 point-5 round (failures not read in that round)")]
    [InlineData("credentials-heldout.tsv", DiagnosticCategory.Confidentiality, 0.94, "0.718 before the lock cues, shared logins and key shapes, 0.949 after, 0.974 after English plural locks (that failure had been read by then)")]
    [InlineData("claims-misinfo-heldout2.tsv", DiagnosticCategory.Claims, 0.88, "0.750 (recall 15/30, false alarms 0/30, F1 0.667) before the second issue-14 round, 0.900 (recall 24/30, false alarms 0/30, F1 0.889) after it (the misses had been read by then), 0.917 after the Dutch round")]
    [InlineData("claims-misinfo-heldout-nl3.tsv", DiagnosticCategory.Claims, 0.86, "0.737 (recall 22/38, false alarms 4/38, F1 0.688) before the Dutch round, 0.868 (recall 31/38, false alarms 3/38, F1 0.861) after it, measured once and not tuned on")]
    [InlineData("claims-misinfo-heldout-en3.tsv", DiagnosticCategory.Claims, 0.91, "0.808 (recall 26/36, false alarms 4/37) before the informal-English round, 0.918 (recall 34/36, false alarms 4/37, the same four as before) after it")]
    public void Held_out_sentences_pass_at_the_measured_rate(string file, DiagnosticCategory category, double floor, string history)
    {
        var results = Load(file).Select(c => (c.Class, c.Text, Passed: Passes(c, category))).ToList();
        foreach (var group in results.GroupBy(r => r.Class))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{group.Key,-20} {group.Count(r => r.Passed)}/{group.Count()}"));
        }

        var rate = (double)results.Count(r => r.Passed) / results.Count;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"all {rate:F3}"));

        rate.Should().BeGreaterThanOrEqualTo(floor, history + "; failures: " + string.Join(" | ", results.Where(r => !r.Passed).Select(r => r.Text)));
    }

    [Theory]
    [InlineData("confidential-boundary-heldout3.tsv", 0.93, "0.792 before tuning (fire 24/36, benign silent 33/36), 0.931 after the first round (fire 34/36, benign silent 33/36)")]
    public void Held_out_sentences_fire_the_expected_rule(string file, double floor, string history)
    {
        var results = Load(file).Select(c => (c.Class, c.Text, Firing: c.Expected != "none", Passed: FiresExpectedRule(c))).ToList();
        foreach (var group in results.GroupBy(r => (r.Class, r.Firing)))
        {
            var label = group.Key.Class + (group.Key.Firing ? "" : " (benign)");
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{label,-28} {group.Count(r => r.Passed)}/{group.Count()}"));
        }

        var rate = (double)results.Count(r => r.Passed) / results.Count;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"fire {results.Count(r => r.Firing && r.Passed)}/{results.Count(r => r.Firing)}, benign silent {results.Count(r => !r.Firing && r.Passed)}/{results.Count(r => !r.Firing)}, all {rate:F3}"));

        rate.Should().BeGreaterThanOrEqualTo(floor, history + "; failures: " + string.Join(" | ", results.Where(r => !r.Passed).Select(r => r.Text)));
    }

    // The expected column names the rule that must fire, or "none": no Confidentiality or Professionalism finding.
    private static bool FiresExpectedRule(HeldOutCase heldOut)
    {
        var diagnostics = Linter.Analyze(new Post(heldOut.Text) { Author = heldOut.Author ?? AuthorProfile.Unknown }).Diagnostics;
        return heldOut.Expected == "none"
            ? !diagnostics.Any(d => d.Category is DiagnosticCategory.Confidentiality or DiagnosticCategory.Professionalism)
            : diagnostics.Any(d => d.Id == heldOut.Expected);
    }

    // The expected column names the family ("tone", "confidential", "Claims") or says none may fire ("none", "none:Claims").
    private static bool Passes(HeldOutCase heldOut, DiagnosticCategory category)
    {
        var fired = Linter.Analyze(new Post(heldOut.Text) { Author = heldOut.Author ?? AuthorProfile.Unknown }).Diagnostics.Any(d => d.Category == category);
        return fired == !heldOut.Expected.StartsWith("none", StringComparison.Ordinal);
    }

    private static IEnumerable<HeldOutCase> Load(string file)
    {
        var path = Path.Combine(RepositoryRoot.Path, "tests", "PostLint.Tests", "HeldOut", file);
        foreach (var line in File.ReadLines(path).Where(l => l.Length > 0 && l[0] != '#').Skip(1))
        {
            var columns = line.Split('\t');
            yield return new HeldOutCase(columns[0], columns[1], columns[2], columns.Length > 3 ? Author(columns[3]) : null);
        }
    }

    // An optional fourth column gives the author as role/account, e.g. "institution/professional".
    private static AuthorProfile Author(string column)
    {
        var parts = column.Split('/');
        var account = parts[1] == "professional" ? AccountKind.Professional : AccountKind.Private;
        return new AuthorProfile(parts[0], null, account);
    }

    private sealed record HeldOutCase(string Class, string Expected, string Text, AuthorProfile? Author);
}

using System.Globalization;
using System.Text;
using Xunit.Abstractions;

namespace PostLint.Tests.Functional;

/// <summary>
/// The de-identification suites (<c>deid-suite.{nl,en}.tsv</c>): notes, letters, hand-over lines, forms, forum and social
/// posts written for PostLint in the style of Dutch clinical de-identification tests and English PII-detection test sets,
/// each identifier marked <c>[[TYPE:text]]</c>, and about a third look-alikes without any (helplines, agencies, public
/// figures, event dates, statistics, doses, codes). They were written, and the baseline measured, before any rule was
/// tuned on them. A case is tuning when the first byte of the SHA-256 of its plain text is even, held-out otherwise;
/// only tuning misses are printed, held-out cases only as figures.
/// </summary>
/// <remarks>
/// An identifier is found when a Privacy, Reidentification or Confidentiality finding overlaps it. Direct identifiers are
/// the ones a de-identification tool must remove on their own; ages, towns, hospitals and other patient dates
/// (<see cref="QuasiTypes"/>) are reported beside them but are the Reidentification family's business. A false alarm is
/// a look-alike with any Privacy finding.
/// </remarks>
public class DeidSuiteTests(ITestOutputHelper output)
{
    private static readonly HashSet<string> QuasiTypes = ["AGE", "PLACE", "HOSPITAL", "DATE"];

    [Theory]
    [InlineData("nl")]
    [InlineData("en")]
    public void The_suite_is_large_varied_and_about_a_third_look_alikes(string language)
    {
        var cases = Load(language).ToList();

        cases.Should().HaveCountGreaterThanOrEqualTo(150);
        cases.Select(c => c.Text).Should().OnlyHaveUniqueItems();
        var lookAlikes = (double)cases.Count(c => c.Expected.Count == 0) / cases.Count;
        lookAlikes.Should().BeInRange(0.25, 0.35);
        cases.Where(c => c.Functionality.StartsWith("none_", StringComparison.Ordinal)).Should().OnlyContain(c => c.Expected.Count == 0);
        cases.Count(c => c.IsTuning).Should().BeInRange(cases.Count / 3, cases.Count * 2 / 3, "the hash splits the suite roughly in half");
    }

    [Theory]
    [InlineData("nl", 0.80, 0.66, "held-out direct 0.671 (all 57/104 = 0.548) before tuning; 0.741 after the tuning-half classes, 0.765 (all 69/104 = 0.663) after the format review; with the issue-12 classes added 0.631 (all 0.509) before and 0.808 (all 0.663) after")]
    [InlineData("en", 0.76, 0.62, "held-out direct 0.586 (all 51/100) before tuning; 0.644 after the tuning-half classes, 0.736 (all 65/100) after the format review; with the issue-12 classes added 0.590 (all 0.491) before and 0.784 (all 0.647) after; 0.761 once a signature alone (a clinician signing their own post or open letter) no longer counts")]
    public void Held_out_recall_does_not_fall_below_what_was_reached(string language, double directFloor, double allFloor, string history)
    {
        var results = Run(language);
        foreach (var miss in results.Where(r => r.Case.IsTuning && r.Missed.Count > 0))
        {
            output.WriteLine($"tuning miss: {string.Join(", ", miss.Missed)} | {miss.Case.Text}");
        }

        output.WriteLine(Table(results));
        output.WriteLine(ByFunctionality(results));
        var heldOut = results.Where(r => !r.Case.IsTuning).ToList();

        Recall(heldOut, type => !QuasiTypes.Contains(type)).Should().BeGreaterThanOrEqualTo(directFloor, history);
        Recall(heldOut, _ => true).Should().BeGreaterThanOrEqualTo(allFloor, history);
    }

    [Theory]
    [InlineData("nl", 0.05, "0/18 held-out look-alikes drew a Privacy finding before and after tuning; 0/37 with the issue-12 classes, before and after")]
    [InlineData("en", 0.05, "1/23 held-out look-alikes drew a Privacy finding before and after tuning; 3/44 with the issue-12 classes before, 1/44 after")]
    public void Held_out_look_alikes_draw_few_privacy_findings(string language, double ceiling, string history)
    {
        var results = Run(language);
        foreach (var alarm in results.Where(r => r.Case.IsTuning && r.Case.Expected.Count == 0 && r.PrivacyFinding))
        {
            output.WriteLine($"tuning false alarm: {alarm.Case.Text}");
        }

        var heldOut = results.Where(r => !r.Case.IsTuning && r.Case.Expected.Count == 0).ToList();
        var rate = (double)heldOut.Count(r => r.PrivacyFinding) / heldOut.Count;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{language} held-out false alarms {heldOut.Count(r => r.PrivacyFinding)}/{heldOut.Count} = {rate:0.000}"));

        rate.Should().BeLessThanOrEqualTo(ceiling, history);
    }

    private static double Recall(IReadOnlyList<MarkedResult> results, Func<string, bool> counts)
    {
        var total = results.Sum(r => r.Case.Expected.Count(e => counts(e.Type)));
        var missed = results.Sum(r => r.Missed.Count(counts));
        return total == 0 ? 1 : (double)(total - missed) / total;
    }

    private static string Table(IReadOnlyList<MarkedResult> results)
    {
        string Cell(IEnumerable<MarkedResult> half, string type)
        {
            var list = half.ToList();
            var total = list.Sum(r => r.Case.Expected.Count(e => e.Type == type));
            var found = total - list.Sum(r => r.Missed.Count(m => m == type));
            return total == 0 ? "-" : $"{found}/{total}";
        }

        string Share(IEnumerable<MarkedResult> half, bool direct)
        {
            var list = half.ToList();
            return string.Create(CultureInfo.InvariantCulture, $"{Recall(list, type => QuasiTypes.Contains(type) != direct):0.000}");
        }

        string Alarms(IEnumerable<MarkedResult> half)
        {
            var lookAlikes = half.Where(r => r.Case.Expected.Count == 0).ToList();
            return $"{lookAlikes.Count(r => r.PrivacyFinding)}/{lookAlikes.Count}";
        }

        var tuning = results.Where(r => r.Case.IsTuning).ToList();
        var heldOut = results.Where(r => !r.Case.IsTuning).ToList();
        var table = new StringBuilder().AppendLine(CultureInfo.InvariantCulture, $"{"type",-16} {"tuning",10} {"held-out",10}");
        foreach (var type in results.SelectMany(r => r.Case.Expected).Select(e => e.Type).Distinct().Order(StringComparer.Ordinal))
        {
            table.AppendLine(CultureInfo.InvariantCulture, $"{type + (QuasiTypes.Contains(type) ? " (quasi)" : string.Empty),-16} {Cell(tuning, type),10} {Cell(heldOut, type),10}");
        }

        return table
            .AppendLine(CultureInfo.InvariantCulture, $"{"DIRECT recall",-16} {Share(tuning, true),10} {Share(heldOut, true),10}")
            .AppendLine(CultureInfo.InvariantCulture, $"{"QUASI recall",-16} {Share(tuning, false),10} {Share(heldOut, false),10}")
            .AppendLine(CultureInfo.InvariantCulture, $"{"ALL recall",-16} {Recall(tuning, _ => true),10:0.000} {Recall(heldOut, _ => true),10:0.000}")
            .AppendLine(CultureInfo.InvariantCulture, $"{"false alarms",-16} {Alarms(tuning),10} {Alarms(heldOut),10}")
            .ToString();
    }

    /// <summary>Direct and all recall, and false alarms, per functionality and half, so a class of phrasing added later can be read on its own.</summary>
    private static string ByFunctionality(IReadOnlyList<MarkedResult> results)
    {
        string Cell(IEnumerable<MarkedResult> half)
        {
            var list = half.ToList();
            var lookAlikes = list.Where(r => r.Case.Expected.Count == 0).ToList();
            var identifiers = list.Sum(r => r.Case.Expected.Count);
            if (identifiers == 0)
            {
                return $"fa {lookAlikes.Count(r => r.PrivacyFinding)}/{lookAlikes.Count}";
            }

            var direct = list.Sum(r => r.Case.Expected.Count(e => !QuasiTypes.Contains(e.Type)));
            var directFound = direct - list.Sum(r => r.Missed.Count(m => !QuasiTypes.Contains(m)));
            var found = identifiers - list.Sum(r => r.Missed.Count);
            return $"direct {directFound}/{direct} all {found}/{identifiers}";
        }

        var table = new StringBuilder().AppendLine(CultureInfo.InvariantCulture, $"{"functionality",-22} {"tuning",-26} held-out");
        foreach (var group in results.GroupBy(r => r.Case.Functionality).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            table.AppendLine(CultureInfo.InvariantCulture, $"{group.Key,-22} {Cell(group.Where(r => r.Case.IsTuning)),-26} {Cell(group.Where(r => !r.Case.IsTuning))}");
        }

        return table.ToString();
    }

    private static List<MarkedResult> Run(string language) => MarkedIdentifierSuite.Run($"deid-suite.{language}.tsv", language);

    private static IEnumerable<MarkedCase> Load(string language) => MarkedIdentifierSuite.Load($"deid-suite.{language}.tsv");
}

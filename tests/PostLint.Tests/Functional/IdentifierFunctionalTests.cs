using System.Globalization;
using Xunit.Abstractions;

namespace PostLint.Tests.Functional;

/// <summary>
/// The identifier functional suite (<c>identifiers-functional.*.tsv</c>): notes and posts written in the style of public
/// de-identification test sets, each identifier marked <c>[[TYPE:text]]</c>, and look-alikes (<c>none_*</c>) that hold none.
/// An identifier counts as found when a Privacy, Reidentification or Confidentiality finding overlaps it; a look-alike fails
/// on any Privacy finding. The half is fixed by the text's hash, as in the tone suite: only the tuning half's misses are printed.
/// </summary>
public class IdentifierFunctionalTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("nl", 0.85)]
    [InlineData("en", 0.65)]
    public void Held_out_recall_of_direct_identifiers_does_not_fall_below_what_was_reached(string language, double floor)
    {
        var results = Run(language);
        foreach (var miss in results.Where(r => r.Case.IsTuning && r.Missed.Count > 0))
        {
            output.WriteLine($"tuning miss: {string.Join(", ", miss.Missed)} | {miss.Case.Text}");
        }

        var heldOut = results.Where(r => !r.Case.IsTuning).ToList();
        var found = heldOut.Sum(r => r.Case.Expected.Count - r.Missed.Count);
        var total = heldOut.Sum(r => r.Case.Expected.Count);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{language} held-out recall {found}/{total}"));

        ((double)found / total).Should().BeGreaterThanOrEqualTo(floor);
    }

    [Theory]
    [InlineData("nl")]
    [InlineData("en")]
    public void Look_alikes_draw_at_most_one_privacy_finding_per_language(string language)
    {
        var alarms = Run(language).Where(r => r.Case.Expected.Count == 0 && r.PrivacyFinding).ToList();
        alarms.ForEach(a => output.WriteLine($"false alarm ({(a.Case.IsTuning ? "tuning" : "held-out")}): {(a.Case.IsTuning ? a.Case.Text : a.Case.Functionality)}"));

        alarms.Should().HaveCountLessThanOrEqualTo(1);
    }

    private static List<MarkedResult> Run(string language) => MarkedIdentifierSuite.Run($"identifiers-functional.{language}.tsv", language);
}

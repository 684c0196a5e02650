using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using PostLint.Diagnostics;
using Xunit.Abstractions;

namespace PostLint.Tests.Functional;

/// <summary>
/// The identifier functional suite (<c>identifiers-functional.*.tsv</c>): notes and posts written in the style of public
/// de-identification test sets, each identifier marked <c>[[TYPE:text]]</c>, and look-alikes (<c>none_*</c>) that hold none.
/// An identifier counts as found when a Privacy, Reidentification or Confidentiality finding overlaps it; a look-alike fails
/// on any Privacy finding. The half is fixed by the text's hash, as in the tone suite: only the tuning half's misses are printed.
/// </summary>
public partial class IdentifierFunctionalTests(ITestOutputHelper output)
{
    private static readonly DiagnosticCategory[] Counted = [DiagnosticCategory.Privacy, DiagnosticCategory.Reidentification, DiagnosticCategory.Confidentiality];

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

    private static List<IdentifierResult> Run(string language)
    {
        var linter = new PostLinter();
        var postLanguage = language == "nl" ? PostLanguage.Dutch : PostLanguage.English;
        return Load(language).Select(c =>
        {
            var diagnostics = linter.Analyze(new Post(c.Text) { Language = postLanguage }).Diagnostics.Where(d => Counted.Contains(d.Category)).ToList();
            var missed = c.Expected.Where(e => !diagnostics.Any(d => d.Span.Start < e.Span.End && e.Span.Start < d.Span.End)).Select(e => e.Type).ToList();
            return new IdentifierResult(c, missed, diagnostics.Any(d => d.Category == DiagnosticCategory.Privacy));
        }).ToList();
    }

    private static IEnumerable<IdentifierCase> Load(string language) =>
        File.ReadLines(Path.Combine(RepositoryRoot.Path, "tests", "PostLint.Tests", "Functional", $"identifiers-functional.{language}.tsv"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Skip(1)
            .Select(line => line.Split('\t'))
            .Select(cells => IdentifierCase.Parse(cells[0], cells[1]));

    private sealed record ExpectedIdentifier(string Type, TextSpan Span);

    private sealed record IdentifierCase(string Functionality, string Text, IReadOnlyList<ExpectedIdentifier> Expected)
    {
        public bool IsTuning => SHA256.HashData(Encoding.UTF8.GetBytes(Text))[0] % 2 == 0;

        public static IdentifierCase Parse(string functionality, string marked)
        {
            var text = new StringBuilder();
            var expected = new List<ExpectedIdentifier>();
            var position = 0;
            foreach (Match marker in Marker().Matches(marked))
            {
                text.Append(marked, position, marker.Index - position);
                var start = text.Length;
                text.Append(marker.Groups["text"].Value);
                expected.Add(new ExpectedIdentifier(marker.Groups["type"].Value, new TextSpan(start, text.Length)));
                position = marker.Index + marker.Length;
            }

            text.Append(marked, position, marked.Length - position);
            return new IdentifierCase(functionality, text.ToString(), expected);
        }
    }

    private sealed record IdentifierResult(IdentifierCase Case, IReadOnlyList<string> Missed, bool PrivacyFinding);

    [GeneratedRegex(@"\[\[(?<type>\w+):(?<text>.*?)\]\]", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Marker();
}

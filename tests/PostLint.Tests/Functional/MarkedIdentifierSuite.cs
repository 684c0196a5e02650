using System.Text;
using System.Text.RegularExpressions;
using PostLint.Diagnostics;

namespace PostLint.Tests.Functional;

/// <summary>An identifier a suite case marks as <c>[[TYPE:text]]</c>: its type and where it stands in the plain text.</summary>
internal sealed record ExpectedIdentifier(string Type, TextSpan Span);

/// <summary>A case of a marked-identifier suite: what it tests, its plain text, and the identifiers marked in it (none for a look-alike).</summary>
internal sealed record MarkedCase(string Functionality, string Text, IReadOnlyList<ExpectedIdentifier> Expected)
{
    /// <summary>Fixed by the plain text (markers removed) before any result was seen.</summary>
    public bool IsTuning => HashSplit.IsTuning(Text);
}

/// <summary>What PostLint made of a case: the types of the marked identifiers no finding covered, and whether any Privacy finding came.</summary>
internal sealed record MarkedResult(MarkedCase Case, IReadOnlyList<string> Missed, bool PrivacyFinding);

/// <summary>
/// The suites whose cases mark each identifier <c>[[TYPE:text]]</c> (<c>identifiers-functional.*.tsv</c>,
/// <c>deid-suite.*.tsv</c>): loading them, and running PostLint on them. An identifier counts as found when a Privacy,
/// Reidentification or Confidentiality finding overlaps it.
/// </summary>
internal static partial class MarkedIdentifierSuite
{
    private static readonly DiagnosticCategory[] Counted = [DiagnosticCategory.Privacy, DiagnosticCategory.Reidentification, DiagnosticCategory.Confidentiality];

    /// <summary>The cases of <c>tests/PostLint.Tests/Functional/<paramref name="file"/></c>: a header line, then functionality and marked text.</summary>
    public static IEnumerable<MarkedCase> Load(string file) =>
        File.ReadLines(Path.Combine(RepositoryRoot.Path, "tests", "PostLint.Tests", "Functional", file))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Skip(1)
            .Select(line => line.Split('\t'))
            .Select(cells => Parse(cells[0], cells[1]));

    /// <summary>Each case of <paramref name="file"/> checked as a post in <paramref name="language"/> ("nl" or "en").</summary>
    public static List<MarkedResult> Run(string file, string language)
    {
        var linter = new PostLinter();
        var postLanguage = language == "nl" ? PostLanguage.Dutch : PostLanguage.English;
        return Load(file).Select(c =>
        {
            var diagnostics = linter.Analyze(new Post(c.Text) { Language = postLanguage }).Diagnostics.Where(d => Counted.Contains(d.Category)).ToList();
            var missed = c.Expected.Where(e => !diagnostics.Any(d => d.Span.Start < e.Span.End && e.Span.Start < d.Span.End)).Select(e => e.Type).ToList();
            return new MarkedResult(c, missed, diagnostics.Any(d => d.Category == DiagnosticCategory.Privacy));
        }).ToList();
    }

    private static MarkedCase Parse(string functionality, string marked)
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
        return new MarkedCase(functionality, text.ToString(), expected);
    }

    [GeneratedRegex(@"\[\[(?<type>\w+):(?<text>.*?)\]\]", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Marker();
}

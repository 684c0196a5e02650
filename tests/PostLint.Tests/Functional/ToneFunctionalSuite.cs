using System.Globalization;
using System.Text;
using PostLint.Diagnostics;

namespace PostLint.Tests.Functional;

/// <summary>One case of the tone functional suite: what it tests, whether PostLint should flag it, and the post.</summary>
/// <param name="Language">nl or en, from the file it comes from.</param>
/// <param name="Functionality">What the case tests ("threat", "counter_speech").</param>
/// <param name="ExpectTone">True when the post should draw a Tone finding.</param>
/// <param name="Text">The post.</param>
internal sealed record ToneCase(string Language, string Functionality, bool ExpectTone, string Text)
{
    /// <summary>
    /// True for the tuning half: the first byte of the SHA-256 of the text is even. Fixed before any result was
    /// seen, so rules may be tuned on these cases and measured on the others.
    /// </summary>
    public bool IsTuning => HashSplit.IsTuning(Text);
}

/// <summary>A case and the Tone rules that fired on it (the count-to-ten verdict PL0001 aside).</summary>
internal sealed record ToneResult(ToneCase Case, IReadOnlyList<string> Rules)
{
    public bool Flagged => Rules.Count > 0;
}

/// <summary>How many cases of one cell of the table PostLint got right.</summary>
internal readonly record struct ToneScore(int Right, int Total)
{
    public double Accuracy => Total == 0 ? 0 : (double)Right / Total;

    public static ToneScore Of(IEnumerable<ToneResult> results)
    {
        var list = results.ToList();
        return new ToneScore(list.Count(r => r.Flagged == r.Case.ExpectTone), list.Count);
    }

    public override string ToString() => Total == 0 ? "-" : string.Create(CultureInfo.InvariantCulture, $"{Accuracy:0.00} ({Right}/{Total})");
}

/// <summary>
/// The tone functional suite (<c>tests/PostLint.Tests/Functional/tone-functional.*.tsv</c>): HateCheck-style cases
/// written for PostLint, run through the default linter, scored per functionality, language and half.
/// </summary>
internal static class ToneFunctionalSuite
{
    public static readonly string[] Languages = ["nl", "en"];

    private static readonly Lazy<IReadOnlyList<ToneResult>> LazyResults = new(Run);

    /// <summary>Every case with the Tone rules PostLint reported on it.</summary>
    public static IReadOnlyList<ToneResult> Results => LazyResults.Value;

    public static IReadOnlyList<ToneCase> Load(string language)
    {
        var path = Path.Combine(RepositoryRoot.Path, "tests", "PostLint.Tests", "Functional", $"tone-functional.{language}.tsv");
        return File.ReadLines(path)
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Skip(1)
            .Select(line => line.Split('\t'))
            .Select(cells => new ToneCase(language, cells[0], cells[1] == "tone", cells[2]))
            .ToList();
    }

    /// <summary>
    /// The accuracy table: a row per functionality, a column per language and half; tuning failures are listed
    /// under it (the held-out half's texts never are, so tuning cannot look at them).
    /// </summary>
    public static string Table()
    {
        var table = new StringBuilder();
        table.AppendLine(CultureInfo.InvariantCulture, $"{"functionality",-26} {"exp",-4} {"nl tune",-14} {"nl held-out",-14} {"en tune",-14} {"en held-out",-14}");
        foreach (var functionality in Results.Select(r => r.Case.Functionality).Distinct())
        {
            var rows = Results.Where(r => r.Case.Functionality == functionality).ToList();
            table.Append(CultureInfo.InvariantCulture, $"{functionality,-26} {(rows[0].Case.ExpectTone ? "tone" : "none"),-4}");
            foreach (var language in Languages)
            {
                table.Append(CultureInfo.InvariantCulture, $" {ToneScore.Of(rows.Where(r => r.Case.Language == language && r.Case.IsTuning)),-14}");
                table.Append(CultureInfo.InvariantCulture, $" {ToneScore.Of(rows.Where(r => r.Case.Language == language && !r.Case.IsTuning)),-14}");
            }

            table.AppendLine();
        }

        table.Append(CultureInfo.InvariantCulture, $"{"ALL",-26} {"",-4}");
        foreach (var language in Languages)
        {
            table.Append(CultureInfo.InvariantCulture, $" {Score(language, tuning: true),-14} {Score(language, tuning: false),-14}");
        }

        table.AppendLine().AppendLine().AppendLine("Tuning failures:");
        foreach (var failure in Results.Where(r => r.Case.IsTuning && r.Flagged != r.Case.ExpectTone))
        {
            var how = failure.Flagged ? "flagged by " + string.Join(",", failure.Rules) : "missed";
            table.AppendLine(CultureInfo.InvariantCulture, $"{failure.Case.Language} {failure.Case.Functionality} {how}: {failure.Case.Text}");
        }

        return table.ToString();
    }

    public static ToneScore Score(string language, bool tuning) =>
        ToneScore.Of(Results.Where(r => r.Case.Language == language && r.Case.IsTuning == tuning));

    private static List<ToneResult> Run()
    {
        var linter = new PostLinter();
        return Languages.SelectMany(Load).Select(c => Check(linter, c)).ToList();
    }

    /// <summary>The Tone rules <paramref name="linter"/> reports on the case, the count-to-ten verdict aside.</summary>
    public static ToneResult Check(PostLinter linter, ToneCase toneCase) =>
        new(toneCase, linter.Analyze(new Post(toneCase.Text)).Diagnostics.Where(d => d.Category == DiagnosticCategory.Tone && d.Id != "PL0001").Select(d => d.Id).Distinct().ToList());
}

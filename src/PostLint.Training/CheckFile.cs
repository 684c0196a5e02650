using System.Globalization;
using System.Text;
using PostLint.Text;

namespace PostLint.Training;

/// <summary>
/// Writes a model's check file (<c>tone-model-check.tsv</c>, <c>claim-model-check.tsv</c>): a few texts with the
/// probability ML.NET gave them at training time. The engine's tests score the same texts with the shipped model and
/// must agree, which proves the exported weights and the shared featurizer reproduce what ML.NET learned.
/// </summary>
internal static class CheckFile
{
    /// <summary>Writes the file under <paramref name="header"/> lines and returns the largest difference between ML.NET and the shipped model.</summary>
    public static double Write(string path, IReadOnlyList<string> header, IReadOnlyList<string> texts, Func<string, float> mlNet, LinearTextModel shipped)
    {
        var builder = new StringBuilder();
        foreach (var line in header)
        {
            builder.Append("# ").AppendLine(line);
        }

        var largest = 0.0;
        foreach (var text in texts)
        {
            var expected = mlNet(text);
            largest = Math.Max(largest, Math.Abs(expected - shipped.Score(TextFeaturizer.Featurize(text))));
            builder.Append(text).Append('\t').AppendLine(expected.ToString("F6", CultureInfo.InvariantCulture));
        }

        File.WriteAllText(path, builder.ToString().ReplaceLineEndings("\n"));
        return largest;
    }
}

using System.Globalization;
using System.Text;
using PostLint.Rules.Tone;

namespace PostLint.Training;

/// <summary>
/// Writes <c>tone-model-check.tsv</c>: a few texts with the probability ML.NET gave them at training time.
/// The engine's tests score the same texts with the shipped model and must agree, which proves the
/// exported weights and the shared featurizer reproduce what ML.NET learned.
/// </summary>
internal static class CheckFile
{
    /// <summary>Written by hand for this check; not from any training or evaluation set.</summary>
    private static readonly string[] Texts =
    [
        "Dank aan het hele team voor de mooie bloemen en de taart!",
        "Wat een heerlijke dag op de kinderafdeling vandaag.",
        "Jij bent echt een vieze vuile klootzak.",
        "Stelletje idioten, ik word er gek van.",
        "Borstkanker vroeg opsporen redt levens: doe mee aan het bevolkingsonderzoek.",
        "Thank you to our amazing night shift team.",
        "You are a pathetic idiot and everyone hates you.",
        "The new heart failure guideline recommends starting SGLT2 inhibitors early.",
        "Shut up, you stupid moron.",
        "I respectfully disagree with the minister's plan to cut funding.",
    ];

    /// <summary>Writes the file and returns the largest difference between ML.NET and the shipped model.</summary>
    public static double Write(string path, Func<string, float> mlNet, ToneModel shipped)
    {
        var builder = new StringBuilder()
            .AppendLine("# Tone model check: probabilities ML.NET gave these texts at training time (written by PostLint.Training).")
            .AppendLine("# The engine must reproduce them with the shipped weights (tests/PostLint.Tests/Rules/Tone/ToneClassifierTests.cs).")
            .AppendLine("# Columns: text<TAB>probability that the text is toxic. Texts written by hand for PostLint.");
        var largest = 0.0;
        foreach (var text in Texts)
        {
            var expected = mlNet(text);
            largest = Math.Max(largest, Math.Abs(expected - shipped.Score(ToneFeaturizer.Featurize(text))));
            builder.Append(text).Append('\t').AppendLine(expected.ToString("F6", CultureInfo.InvariantCulture));
        }

        File.WriteAllText(path, builder.ToString().ReplaceLineEndings("\n"));
        return largest;
    }
}

using System.Diagnostics;
using System.Globalization;
using PostLint.Rules.Tone;
using PostLint.Text;

namespace PostLint.Training;

/// <summary>
/// The tone command: reads the tone training tables, holds out 20 % per language, trains a logistic regression over
/// PostLint's hashed features, and writes <c>tone-model.bin</c>, <c>tone-model-check.tsv</c> and <c>tone-model.md</c>.
/// </summary>
internal static class ToneTraining
{
    /// <summary>The tone model's regularisation.</summary>
    public static Regularisation Regularisation { get; } = new(0.05f, 0.1f);

    /// <summary>Written by hand for the check file; not from any training or evaluation set.</summary>
    private static readonly string[] CheckTexts =
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

    /// <summary>Runs the command; returns the exit code.</summary>
    public static int Run(TrainingOptions options)
    {
        var clock = Stopwatch.StartNew();
        var examples = TrainingSource.Tone.SelectMany(s => s.Load(options.DataFolder)).ToList();
        Console.WriteLine($"{examples.Count} examples loaded in {clock.Elapsed.TotalSeconds:F1} s");

        var run = LinearTrainer.Train(examples, ToneClassifier.Magic, Regularisation, options.Threshold);
        Console.WriteLine($"trained in {clock.Elapsed.TotalSeconds:F1} s; {run.Model.NonZeroCount} non-zero weights; threshold {run.Model.Threshold:F3}");

        var modelPath = Path.Combine(options.OutputFolder, "tone-model.bin");
        var shipped = ModelFile.WriteAndReadBack(run.Model, modelPath);
        var evaluation = Evaluation.Of(run.HeldOut, shipped, run.ValidationThreshold);
        Evaluation.Print(evaluation);

        string[] header =
        [
            "Tone model check: probabilities ML.NET gave these texts at training time (written by PostLint.Training).",
            "The engine must reproduce them with the shipped weights (tests/PostLint.Tests/Rules/Tone/ToneClassifierTests.cs).",
            "Columns: text<TAB>probability that the text is toxic. Texts written by hand for PostLint.",
        ];
        var checks = CheckFile.Write(Path.Combine(options.OutputFolder, "tone-model-check.tsv"), header, CheckTexts, run.MlNetScore, shipped);
        Console.WriteLine($"largest difference between ML.NET and the shipped model on the check texts: {checks:E2}");

        ToneModelCard.Write(Path.Combine(options.OutputFolder, "tone-model.md"), options, examples, run, shipped, evaluation, new FileInfo(modelPath).Length, checks);
        Console.WriteLine($"done in {clock.Elapsed.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture)} s");
        return 0;
    }
}

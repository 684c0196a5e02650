using System.Diagnostics;
using System.Globalization;
using PostLint.Rules.Claims;
using PostLint.Text;

namespace PostLint.Training.Claims;

/// <summary>
/// The <c>claims</c> command: trains the health-claim classifier (p(sentence asserts what causes, prevents, cures, harms
/// or is safe, as misinformation does)) on the shared claim tables and the sets written for PostLint, measures it on
/// the held-out rows, and writes <c>claim-model.bin</c>, <c>claim-model-check.tsv</c> and <c>claim-model.md</c>.
/// </summary>
internal static class ClaimTraining
{
    /// <summary>
    /// Lighter L1 than the tone model: the Dutch set is a few hundred rows, and a strong L1 zeroes most of its words;
    /// the file stays small because the vocabulary is small.
    /// </summary>
    public static Regularisation Regularisation { get; } = new(0.02f, 0.1f);

    /// <summary>Written by hand for the check file; not in any training or evaluation set.</summary>
    private static readonly string[] CheckTexts =
    [
        "Het griepvaccin maakt je juist ziek, dat weet iedereen.",
        "Knoflook en gember houden elk virus buiten de deur.",
        "De griepprik is vanaf oktober te halen bij de huisarts.",
        "Vandaag tien jaar in dienst op de spoedeisende hulp, wat vliegt de tijd.",
        "Volgens het RIVM kreeg 3 op de 10 ouderen vorig jaar de griepprik.",
        "Cold showers every morning cure depression for good.",
        "This injection wrecks your immune system for years.",
        "Our clinic is closed on Monday for staff training.",
        "The guideline advises a booster for people over 70.",
        "Does vitamin D protect against respiratory infections? Researchers are not sure yet.",
    ];

    /// <summary>Runs the command; returns the exit code.</summary>
    public static int Run(TrainingOptions options)
    {
        var clock = Stopwatch.StartNew();
        var examples = ClaimSources.All.SelectMany(s => s.Load(options.DataFolder)).ToList();
        Console.WriteLine($"{examples.Count} examples loaded in {clock.Elapsed.TotalSeconds:F1} s");

        var run = LinearTrainer.Train(examples, ClaimClassifier.Magic, Regularisation, options.Threshold);
        Console.WriteLine($"trained in {clock.Elapsed.TotalSeconds:F1} s; {run.Model.NonZeroCount} non-zero weights; threshold {run.Model.Threshold:F3}");

        var modelPath = Path.Combine(options.OutputFolder, "claim-model.bin");
        var shipped = ModelFile.WriteAndReadBack(run.Model, modelPath);
        var loadMilliseconds = MedianLoadMilliseconds(modelPath);
        Console.WriteLine($"{new FileInfo(modelPath).Length / 1024.0:F0} KiB; loads in {loadMilliseconds:F1} ms (median of 9)");

        // Choices of data and weighting are compared on the validation rows of the own sets, never on the held-out rows.
        Console.WriteLine("validation, the sets written for PostLint:");
        Evaluation.Print(Evaluation.Of(examples.Where(e => e.IsValidation && IsOwn(e)).ToList(), shipped, run.ValidationThreshold));

        var all = Evaluation.Of(run.HeldOut, shipped, run.ValidationThreshold);
        var own = Evaluation.Of(run.HeldOut.Where(IsOwn).ToList(), shipped, run.ValidationThreshold);
        Console.WriteLine("held out, every source:");
        Evaluation.Print(all);
        Console.WriteLine("held out, the sets written for PostLint:");
        Evaluation.Print(own);

        string[] header =
        [
            "Claim model check: probabilities ML.NET gave these texts at training time (written by PostLint.Training).",
            "The engine must reproduce them with the shipped weights (tests/PostLint.Tests/Rules/Claims/ClaimClassifierTests.cs).",
            "Columns: text<TAB>probability that the text asserts a health claim. Texts written by hand for PostLint.",
        ];
        var checks = CheckFile.Write(Path.Combine(options.OutputFolder, "claim-model-check.tsv"), header, CheckTexts, run.MlNetScore, shipped);
        Console.WriteLine($"largest difference between ML.NET and the shipped model on the check texts: {checks:E2}");

        var card = new ClaimModelCard(options, examples, run, shipped, all, own, new FileInfo(modelPath).Length, loadMilliseconds, checks);
        card.Write(Path.Combine(options.OutputFolder, "claim-model.md"));
        Console.WriteLine($"done in {clock.Elapsed.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture)} s");
        return 0;
    }

    /// <summary>True for a row of a set written for PostLint.</summary>
    public static bool IsOwn(Example example) =>
        example.Source == Path.GetFileNameWithoutExtension(ClaimSources.OwnDutch) || example.Source == Path.GetFileNameWithoutExtension(ClaimSources.OwnEnglish);

    // The engine reads the model once per process, on the first post the rule checks: that is the cost a hook pays.
    private static double MedianLoadMilliseconds(string path)
    {
        var times = new List<double>();
        for (var i = 0; i < 9; i++)
        {
            var clock = Stopwatch.StartNew();
            using var file = File.OpenRead(path);
            _ = LinearTextModel.Read(file, ClaimClassifier.Magic);
            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        return times.Order().ElementAt(times.Count / 2);
    }
}

using System.Diagnostics;
using System.Globalization;
using PostLint.Rules.Tone;
using PostLint.Training;

// Trains the language model (`language`, see Language/LanguageTraining.cs) or the tone classifier. Usage (from the repository root):
//   dotnet run --project src/PostLint.Training -c Release -- language --data ../shared/data --out rules/models [--written FILE] [--labelled FILE]...
//   dotnet run --project src/PostLint.Training -c Release -- --data ../shared/data --out rules/models [--threshold 0.8]
// Reads the tone training tables, holds out 20 % per language, trains a logistic regression with ML.NET over
// PostLint's own hashed features, and writes tone-model.bin, tone-model-check.tsv and tone-model.md to --out.
if (args.FirstOrDefault() == "language")
{
    string? Value(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    var labelled = args.Select((a, i) => (a, i)).Where(p => p.a == "--labelled" && p.i + 1 < args.Length).Select(p => args[p.i + 1]).ToList();
    if (Value("--data") is not { } data || Value("--out") is not { } output)
    {
        Console.Error.WriteLine("usage: PostLint.Training language --data <shared/data folder> --out <rules/models folder> [--written <lang/text TSV>] [--labelled <posts.jsonl>]...");
        return 2;
    }

    return PostLint.Training.Language.LanguageTraining.Run(data, output, Value("--written"), labelled);
}

var options = TrainingOptions.Parse(args);
if (options is null)
{
    Console.Error.WriteLine("usage: PostLint.Training --data <shared/data folder> --out <rules/models folder> [--threshold <probability>]");
    return 2;
}

var clock = Stopwatch.StartNew();
var examples = TrainingSource.All.SelectMany(s => s.Load(options.DataFolder)).ToList();
Console.WriteLine($"{examples.Count} examples loaded in {clock.Elapsed.TotalSeconds:F1} s");

var run = ToneTrainer.Train(examples, options.Threshold);
Console.WriteLine($"trained in {clock.Elapsed.TotalSeconds:F1} s; {run.Model.NonZeroCount} non-zero weights; threshold {run.Model.Threshold:F3}");

Directory.CreateDirectory(options.OutputFolder);
var modelPath = Path.Combine(options.OutputFolder, "tone-model.bin");
using (var file = File.Create(modelPath))
{
    run.Model.Write(file);
}

// What ships is the half-precision file, so everything below is measured on the model read back from it.
ToneModel shipped;
using (var file = File.OpenRead(modelPath))
{
    shipped = ToneModel.Read(file);
}

var evaluation = Evaluation.Of(run.HeldOut, shipped, run.ValidationThreshold);
foreach (var line in evaluation.Rows)
{
    Console.WriteLine($"{line.Language,-4} n={line.Count,6} toxic={line.Positives,6} AUC={line.Auc:F3} P={line.Precision:F3} R={line.Recall:F3} F1={line.F1:F3} F1@validation={line.F1AtValidationThreshold:F3}");
}

var checks = CheckFile.Write(Path.Combine(options.OutputFolder, "tone-model-check.tsv"), run.MlNetScore, shipped);
Console.WriteLine($"largest difference between ML.NET and the shipped model on the check texts: {checks:E2}");

ModelCard.Write(Path.Combine(options.OutputFolder, "tone-model.md"), options, examples, run, shipped, evaluation, new FileInfo(modelPath).Length, checks);
Console.WriteLine($"done in {clock.Elapsed.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture)} s");
return 0;

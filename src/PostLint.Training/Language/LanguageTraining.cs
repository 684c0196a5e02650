using System.Diagnostics;
using System.Text.Json;
using PostLint.Text;

namespace PostLint.Training.Language;

/// <summary>
/// The <c>language</c> command: trains <c>language-model.bin</c>, measures it on the held-out texts, on the
/// written short posts and on labelled posts, and writes the model card.
/// </summary>
internal static class LanguageTraining
{
    /// <summary>Runs the command; returns the exit code.</summary>
    public static int Run(string dataFolder, string outputFolder, string? writtenSet, IReadOnlyList<string> labelledPosts)
    {
        var clock = Stopwatch.StartNew();
        var examples = LanguageSource.All.SelectMany(s => s.Load(dataFolder)).ToList();
        Console.WriteLine($"{examples.Count} texts loaded in {clock.Elapsed.TotalSeconds:F1} s");

        var model = LanguageTrainer.Train(examples.Where(e => !e.IsHeldOut));
        Directory.CreateDirectory(outputFolder);
        var modelPath = Path.Combine(outputFolder, "language-model.bin");
        using (var file = File.Create(modelPath))
        {
            model.Write(file);
        }

        // What ships is the half-precision file, so it is what is measured.
        LanguageModel shipped;
        using (var file = File.OpenRead(modelPath))
        {
            shipped = LanguageModel.Read(file);
        }

        PostLanguage Detect(string text) => shipped.Score(text) > 0 ? PostLanguage.Dutch : PostLanguage.English;
        var evaluations = new List<LanguageEvaluation>
        {
            LanguageEvaluation.Of("held-out texts", examples.Where(e => e.IsHeldOut).Select(e => (e.Language, e.Text)).ToList(), Detect),
        };
        if (writtenSet is not null)
        {
            evaluations.Add(LanguageEvaluation.Of($"written short posts (`{writtenSet}`)", ReadWritten(writtenSet), Detect));
        }

        foreach (var posts in labelledPosts)
        {
            evaluations.Add(LanguageEvaluation.Of($"labelled posts (`{Path.GetFileName(posts)}`, by their `lang`)", ReadLabelled(posts), Detect));
        }

        foreach (var evaluation in evaluations)
        {
            foreach (var row in evaluation.Rows)
            {
                Console.WriteLine($"{evaluation.Name,-60} {row.Language,-4} n={row.Count,6} acc={row.Accuracy:F4} short n={row.ShortCount,6} acc={row.ShortAccuracy:F4}");
            }
        }

        var command = "dotnet run --project src/PostLint.Training -c Release -- language --data " + dataFolder + " --out " + outputFolder +
            (writtenSet is null ? string.Empty : " --written " + writtenSet) + string.Concat(labelledPosts.Select(p => " --labelled " + p));
        LanguageModelCard.Write(Path.Combine(outputFolder, "language-model.md"), command, examples, evaluations, new FileInfo(modelPath).Length);
        Console.WriteLine($"done in {clock.Elapsed.TotalSeconds:F1} s");
        return 0;
    }

    // The written set: a header, then `lang<TAB>text` per line.
    private static List<(PostLanguage, string)> ReadWritten(string path) =>
        File.ReadLines(path).Skip(1).Select(l => l.Split('\t', 2))
            .Where(c => c.Length == 2 && PostLanguageNames.TryParse(c[0], out _))
            .Select(c => (PostLanguageNames.TryParse(c[0], out var language) ? language : PostLanguage.Auto, c[1]))
            .ToList();

    // JSON Lines posts with `lang` and `text`.
    private static List<(PostLanguage, string)> ReadLabelled(string path) =>
        File.ReadLines(path).Where(l => l.Trim().Length > 0).Select(l =>
        {
            using var json = JsonDocument.Parse(l);
            var root = json.RootElement;
            var known = PostLanguageNames.TryParse(root.TryGetProperty("lang", out var lang) ? lang.GetString() : null, out var language);
            return (language: known ? language : PostLanguage.Auto, root.GetProperty("text").GetString() ?? string.Empty);
        }).Where(p => p.language != PostLanguage.Auto).ToList();
}

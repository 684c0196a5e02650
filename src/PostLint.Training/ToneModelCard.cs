using System.Globalization;
using System.Text;
using PostLint.Text;

namespace PostLint.Training;

/// <summary>Writes <c>tone-model.md</c>: what the model was trained on, how, and how well it does on held-out data.</summary>
internal static class ToneModelCard
{
    /// <summary>Writes the card.</summary>
    public static void Write(string path, TrainingOptions options, IReadOnlyList<Example> examples, TrainingRun run, LinearTextModel shipped, Evaluation evaluation, long modelBytes, double checkDifference)
    {
        var c = CultureInfo.InvariantCulture;
        var b = ModelCardHeader.Begin("Tone", "tone-model.bin", options.CommandLine);
        b.AppendLine("| Task | p(text is hostile, insulting or toxic), Dutch and English |");
        b.AppendLine(c, $"| Features | `TextFeaturizer`: word unigrams + bigrams, character 3–5-grams inside words, emoji; FNV-1a hashed into 2^{TextFeaturizer.Bits} buckets; 1 + log(count), L2-normalised |");
        b.AppendLine(c, $"| Learner | ML.NET 5.0.1 `LbfgsLogisticRegression` (L1 {ToneTraining.Regularisation.L1}, L2 {ToneTraining.Regularisation.L2}), weights exported; engine scores sigmoid(w·x + b) without ML.NET |");
        b.AppendLine(c, $"| Shipped file | {modelBytes / 1024.0:F0} KiB, {shipped.NonZeroCount} non-zero weights (half precision) |");
        b.AppendLine(c, $"| Threshold | {shipped.Threshold.ToString("F2", c)} ({(options.Threshold is null ? "best F1 on a 10 % validation split of the training rows" : "given on the command line: set with the labelled dev corpus (never trained on) above the highest score of any dev post without a tone label (0.90), with a margin for unseen posts; much stricter than the validation optimum because the training data is not clinicians' posts and a false alarm on a benign post costs more than a miss the word lists may still catch")}) |");
        b.AppendLine(c, $"| Check | largest |ML.NET − shipped| probability on the check texts: {checkDifference:E1} |");
        b.AppendLine();
        b.AppendLine("## Data and label mapping");
        b.AppendLine();
        b.AppendLine("From `shared/data` (licences in its README; the data is never committed). Split: 20 % of rows per source held out by a SHA-256 hash of the row id (RTP-LX: of the prompt, so a prompt and its completion stay together), per language; 10 % of the rest is validation. Training rows are weighted so that within each source the toxic and non-toxic rows carry equal weight (so a source's style does not predict the label; single-class sources keep their natural weight), and Dutch and English carry equal total weight.");
        b.AppendLine();
        b.AppendLine("| source | lang | used rows | toxic | train | held out | mapping |");
        b.AppendLine("|---|---|---:|---:|---:|---:|---|");
        foreach (var source in TrainingSource.Tone)
        {
            var name = Path.GetFileNameWithoutExtension(source.File);
            foreach (var group in examples.Where(e => e.Source == name).GroupBy(e => e.Language).OrderByDescending(g => g.Key, StringComparer.Ordinal))
            {
                b.AppendLine(c, $"| {source.File} | {group.Key} | {group.Count()} | {group.Count(e => e.Positive)} | {group.Count(e => !e.IsHeldOut && !e.IsValidation)} | {group.Count(e => e.IsHeldOut)} | {source.Mapping} |");
            }
        }

        b.AppendLine();
        b.AppendLine("## Held-out metrics (shipped half-precision model)");
        b.AppendLine();
        b.AppendLine(c, $"Precision, recall and F1 at the shipped threshold {shipped.Threshold:F2}; the last column is F1 at {run.ValidationThreshold:F2}, the best threshold on the validation split.");
        b.AppendLine();
        b.AppendLine("| language | rows | toxic | ROC AUC | precision | recall | F1 | F1 at validation threshold |");
        b.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var row in evaluation.Rows)
        {
            b.AppendLine(c, $"| {row.Language} | {row.Count} | {row.Positives} | {row.Auc:F3} | {row.Precision:F3} | {row.Recall:F3} | {row.F1:F3} | {row.F1AtValidationThreshold:F3} |");
        }

        b.AppendLine();
        b.AppendLine("## Limits");
        b.AppendLine();
        b.AppendLine("- Dutch data is thin and partly synthetic (identity templates) or projected (XED); the Dutch held-out rows are RTP-LX, synthetic templates and projected XED labels, none of them clinicians' posts.");
        b.AppendLine("- The English sources are tweets, Reddit and subtitles, not clinicians' posts; Davidson over-labels African-American English as offensive (Sap et al. 2019).");
        b.AppendLine("- The held-out sets mix sources of different difficulty, so the figures are not comparable to the source papers.");
        b.AppendLine("- In PostLint the classifier only speaks (PL4005) when no lexicon rule already explains a post; the lexicons carry the precise, explainable findings.");
        File.WriteAllText(path, b.ToString().ReplaceLineEndings("\n"));
    }
}

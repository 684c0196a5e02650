using System.Globalization;
using System.Text;

namespace PostLint.Training.Language;

/// <summary>Writes <c>language-model.md</c>: data, held-out accuracy, size, and how to reproduce the model.</summary>
internal static class LanguageModelCard
{
    public static void Write(string path, string commandLine, IReadOnlyList<LanguageExample> examples, IReadOnlyList<LanguageEvaluation> evaluations, long fileSize)
    {
        var b = ModelCardHeader.Begin("Language", "language-model.bin", commandLine);
        b.AppendLine("| Task | Dutch or English, for a whole post and for each sentence (`LanguageDetector`) |");
        b.AppendLine(CultureInfo.InvariantCulture, $"| Features | `LanguageModel.ForEachBucket`: letters only, lower-cased, one space between words (e-mail addresses, links and handles left out); character 1- to {Text.LanguageModel.MaxOrder}-grams including the spaces; FNV-1a hashed into 2^{Text.LanguageModel.Bits} buckets |");
        b.AppendLine(CultureInfo.InvariantCulture, $"| Learner | multinomial naive Bayes, add-{LanguageTrainer.Smoothing.ToString(CultureInfo.InvariantCulture)} smoothing, equal priors; a bucket's weight is log p(bucket\\|nl) − log p(bucket\\|en); the engine sums the weights of a text's n-grams (positive: Dutch). No ML.NET at run time |");
        b.AppendLine(CultureInfo.InvariantCulture, $"| Shipped file | {fileSize / 1024} KiB: 2^{Text.LanguageModel.Bits} weights in half precision, loaded once on first use |");
        b.AppendLine(CultureInfo.InvariantCulture, $"| Sentences | a sentence of at least {Text.LanguageDetector.SentenceLetters} letters takes its own language when its score is at least {Text.LanguageDetector.SentenceMargin} away from 0 (about 20 : 1); a shorter or less certain one takes the post's |");
        b.AppendLine();
        b.AppendLine("## Data");
        b.AppendLine();
        b.AppendLine("From `shared/data` (licences in its README; the data is never committed). Split: 20 % of texts per source held out by a SHA-256 hash of the row id.");
        b.AppendLine();
        b.AppendLine("| source | what | lang | texts | train | held out |");
        b.AppendLine("|---|---|---|---:|---:|---:|");
        foreach (var group in examples.GroupBy(e => (e.Source, e.Language)))
        {
            var note = LanguageSource.All.First(s => Path.GetFileName(s.File) == group.Key.Source).Note;
            b.AppendLine(CultureInfo.InvariantCulture, $"| {group.Key.Source} | {note} | {group.Key.Language.ToCode()} | {group.Count()} | {group.Count(e => !e.IsHeldOut)} | {group.Count(e => e.IsHeldOut)} |");
        }

        b.AppendLine();
        b.AppendLine("## Accuracy (shipped half-precision model)");
        b.AppendLine();
        b.AppendLine(CultureInfo.InvariantCulture, $"Short = under {LanguageEvaluation.ShortPost} characters, where counting function words failed (\"Back pain? Take ibuprofen.\" read as Dutch).");
        b.AppendLine();
        b.AppendLine("| set | language | texts | accuracy | short texts | accuracy on short |");
        b.AppendLine("|---|---|---:|---:|---:|---:|");
        foreach (var evaluation in evaluations)
        {
            foreach (var row in evaluation.Rows)
            {
                b.AppendLine(CultureInfo.InvariantCulture, $"| {evaluation.Name} | {row.Language} | {row.Count} | {row.Accuracy:F3} | {row.ShortCount} | {row.ShortAccuracy:F3} |");
            }
        }

        b.AppendLine();
        b.AppendLine("## Limits");
        b.AppendLine();
        b.AppendLine("- Two languages only: a post in German or French is read as whichever of the two it resembles more.");
        b.AppendLine("- The Dutch training text is subtitles, translated prompts, templates and old newspapers; the English is tweets, Reddit and health claims. None of it is clinicians' posts; the written set and the dev corpus are the closest check.");
        b.AppendLine("- A post of a few words shared by both languages (\"Top!\", a name) is decided on a thin margin; a post without letters takes the configured language (or Dutch). A sentence under 15 letters or near 0 takes the post's language.");
        File.WriteAllText(path, b.ToString());
    }
}

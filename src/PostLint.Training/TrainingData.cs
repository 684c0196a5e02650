using System.Security.Cryptography;
using System.Text;

namespace PostLint.Training;

/// <summary>One labelled text for a linear text model (tone: toxic; claims: asserts a health claim).</summary>
/// <param name="Source">The file it came from (without extension).</param>
/// <param name="Language">nl or en.</param>
/// <param name="Text">The text.</param>
/// <param name="Positive">The mapped label.</param>
/// <param name="SplitKey">Key hashed to decide train or held-out (items sharing a key stay together).</param>
internal sealed record Example(string Source, string Language, string Text, bool Positive, string SplitKey)
{
    /// <summary>How much more than an ordinary row of its language this row counts in training (its source's <see cref="TrainingSource.Emphasis"/>).</summary>
    public float Emphasis { get; init; } = 1;

    /// <summary>True for the held-out part: 20 % of split keys, by SHA-256 so the split is stable across runs.</summary>
    public bool IsHeldOut => Bucket(SplitKey, "holdout") < 20;

    /// <summary>True for the validation part of the training rows (10 % of the rest), used to pick the threshold.</summary>
    public bool IsValidation => !IsHeldOut && Bucket(SplitKey, "validation") < 10;

    /// <summary>A stable number 0-99 for <paramref name="key"/> and <paramref name="salt"/>.</summary>
    public static int Bucket(string key, string salt) => (int)(BitConverter.ToUInt32(SHA256.HashData(Encoding.UTF8.GetBytes(salt + "|" + key)), 0) % 100);
}

/// <summary>How one training file's labels map to positive / negative, and how many rows to use.</summary>
/// <param name="File">Path under the data folder, or under the repository root when <paramref name="InRepository"/>.</param>
/// <param name="Map">Maps the row's label column (and the row) to positive (true), negative (false) or skip (null).</param>
/// <param name="MaxRows">Per language at most this many rows (deterministic sample) so no source dominates.</param>
/// <param name="Mapping">The mapping in words, for the model card.</param>
/// <param name="InRepository">True for data written for PostLint and committed with it (the trainer runs from the repository root).</param>
/// <param name="Emphasis">How much more each row counts than a row of the other sources of its language.</param>
internal sealed record TrainingSource(string File, Func<string, IReadOnlyDictionary<string, string>, bool?> Map, int MaxRows, string Mapping, bool InRepository = false, float Emphasis = 1)
{
    private static readonly HashSet<string> HostileEmotions = ["anger", "disgust"];
    private static readonly HashSet<string> EdgeEmotions = ["annoyance", "disapproval"];

    /// <summary>The tone model's sources and their label mapping (documented in its model card).</summary>
    public static IReadOnlyList<TrainingSource> Tone { get; } =
    [
        new("tone/davidson_en.tsv", (l, _) => l switch { "hate" or "offensive" => true, "neither" => false, _ => null }, 7000,
            "hate, offensive → toxic; neither → not toxic"),
        new("tone/hatexplain_en.tsv", (l, _) => l switch { "hatespeech" or "offensive" => true, "normal" => false, _ => null }, 8000,
            "hatespeech, offensive → toxic; normal → not toxic"),
        new("tone/goemotions_en.tsv", (l, _) => Emotions(l, EdgeEmotions), 9000,
            "anger or disgust → toxic; only annoyance/disapproval (no anger/disgust) → skipped; every other emotion or neutral → not toxic"),
        new("tone/rtplx.tsv", (l, _) => l switch { "toxic" => true, "ok" => false, _ => null }, int.MaxValue,
            "toxic (rater toxicity ≥ 3) → toxic; ok → not toxic; mild → skipped; prompt and completion share a split key"),
        new("tone/identity_templates_nl.tsv", (l, _) => l == "toxic", 4000,
            "toxic → toxic; ok → not toxic (synthetic templates; sampled so they do not dominate Dutch)"),
        new("tone/identity_templates_en.tsv", (l, _) => l == "toxic", 2000,
            "toxic → toxic; ok → not toxic (sampled)"),
        new("tone/xed_en.tsv", (l, _) => Emotions(l, []), 6000,
            "anger or disgust → toxic; every other emotion or neutral → not toxic"),
        new("tone/xed_nl.tsv", (l, _) => Emotions(l, []), int.MaxValue,
            "as xed_en (labels projected from English subtitles; noisy)"),
        new("tone/tydip_politeness_en.tsv", (_, row) => double.Parse(row["score"], System.Globalization.CultureInfo.InvariantCulture) < -1 ? null : false, int.MaxValue,
            "polite and mildly impolite requests → not toxic (blunt is not hostile); politeness score < -1 → skipped"),
        new("tone/mlnet_wikidetox_250_en.tsv", (l, _) => l == "toxic", int.MaxValue,
            "toxic → toxic; ok → not toxic"),
        new("claims/pubhealth_en.tsv", (_, _) => false, 3000,
            "every claim → not toxic: health-news language (cancer, overdose, virus) that must not read as hostile"),
    ];

    /// <summary>Reads the file: UTF-8, tab-separated, one header row, no quoting (a <c>"</c> is an ordinary character).</summary>
    public IEnumerable<Example> Load(string dataFolder)
    {
        var path = InRepository ? File : Path.Combine(dataFolder, File);
        var name = Path.GetFileNameWithoutExtension(File);
        using var lines = System.IO.File.ReadLines(path).GetEnumerator();
        if (!lines.MoveNext())
        {
            yield break;
        }

        var header = lines.Current.Split('\t');
        var examples = new List<Example>();
        while (lines.MoveNext())
        {
            var cells = lines.Current.Split('\t');
            if (cells.Length != header.Length)
            {
                continue;
            }

            var row = header.Zip(cells).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);
            var lang = row.GetValueOrDefault("lang", "en");
            var text = row["text"].Trim();
            if (text.Length == 0 || Map(row.GetValueOrDefault("label", string.Empty), row) is not { } positive)
            {
                continue;
            }

            examples.Add(new Example(name, lang, text, positive, SplitKeyOf(row["id"])) { Emphasis = Emphasis });
        }

        foreach (var group in examples.GroupBy(e => e.Language))
        {
            foreach (var example in group.OrderBy(e => Example.Bucket(e.SplitKey + e.Text, "sample")).ThenBy(e => e.Text, StringComparer.Ordinal).Take(MaxRows))
            {
                yield return example;
            }
        }
    }

    private static bool? Emotions(string labels, HashSet<string> skipped)
    {
        var set = labels.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (set.Any(HostileEmotions.Contains))
        {
            return true;
        }

        return set.Any(skipped.Contains) ? null : false;
    }

    // RTP-LX ids are rtplx-{lang}-{prompt|completion}-{n}: the prompt and its completion stay on one side of the split.
    private static string SplitKeyOf(string id) => id.Replace("-prompt-", "-", StringComparison.Ordinal).Replace("-completion-", "-", StringComparison.Ordinal);
}

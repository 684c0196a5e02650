namespace PostLint.Training.Language;

/// <summary>One text of known language.</summary>
/// <param name="Source">The file it came from.</param>
/// <param name="Language">Its language.</param>
/// <param name="Text">The text.</param>
/// <param name="Key">Key hashed to decide train or held-out.</param>
internal sealed record LanguageExample(string Source, PostLanguage Language, string Text, string Key)
{
    /// <summary>True for the held-out part: 20 % of keys, by SHA-256 so the split is stable across runs.</summary>
    public bool IsHeldOut => Example.Bucket(Key, "language-holdout") < 20;
}

/// <summary>A file of Dutch or English text from the shared data folder, and how many of its texts to use.</summary>
/// <param name="File">Path under the data folder: a training table (<c>.tsv</c>, columns <c>id</c>, <c>lang</c>, <c>text</c>) or a CoNLL file (one token per line, blank line between sentences).</param>
/// <param name="MaxRows">Per language at most this many texts (deterministic sample), so no source dominates.</param>
/// <param name="Note">What the text is, for the model card.</param>
internal sealed record LanguageSource(string File, int MaxRows, string Note)
{
    /// <summary>The sources (licences in the data folder's README).</summary>
    public static IReadOnlyList<LanguageSource> All { get; } =
    [
        new("tone/rtplx.tsv", int.MaxValue, "RTP-LX prompts and completions, human-translated Dutch and the English originals"),
        new("tone/xed_nl.tsv", int.MaxValue, "Dutch film subtitles (XED)"),
        new("tone/identity_templates_nl.tsv", 3000, "synthetic Dutch template sentences (sampled)"),
        new("ner/europeana_nl.train.conll", 6400, "Dutch newspaper sentences 1850-1940 (OCR, old spelling), tokens joined by spaces"),
        new("ner/europeana_nl.dev.conll", int.MaxValue, "as above"),
        new("tone/davidson_en.tsv", 5000, "English tweets"),
        new("tone/goemotions_en.tsv", 6000, "English Reddit comments"),
        new("tone/xed_en.tsv", 5000, "English film subtitles"),
        new("tone/tydip_politeness_en.tsv", 2000, "English Wikipedia requests"),
        new("claims/pubhealth_en.tsv", 4000, "English public-health claims"),
        new("claims/advice_en.tsv", 4000, "English Reddit advice sentences"),
        new("tone/identity_templates_en.tsv", 1500, "synthetic English template sentences (sampled)"),
        new("ner/btc_en.train.conll", 4000, "English tweets (Broad Twitter Corpus), tokens joined by spaces"),
    ];

    /// <summary>Reads the file's texts.</summary>
    public IEnumerable<LanguageExample> Load(string dataFolder)
    {
        var path = Path.Combine(dataFolder, File);
        var name = Path.GetFileName(File);
        var examples = File.EndsWith(".conll", StringComparison.Ordinal) ? ReadConll(path, name) : ReadTable(path, name);
        return examples
            .Where(e => e.Text.Length > 0)
            .GroupBy(e => e.Language)
            .SelectMany(g => g.OrderBy(e => Example.Bucket(e.Key, "language-sample")).ThenBy(e => e.Text, StringComparer.Ordinal).Take(MaxRows));
    }

    private static IEnumerable<LanguageExample> ReadTable(string path, string name)
    {
        using var lines = System.IO.File.ReadLines(path).GetEnumerator();
        if (!lines.MoveNext())
        {
            yield break;
        }

        var header = lines.Current.Split('\t');
        var id = Array.IndexOf(header, "id");
        var lang = Array.IndexOf(header, "lang");
        var text = Array.IndexOf(header, "text");
        while (lines.MoveNext())
        {
            var cells = lines.Current.Split('\t');
            if (cells.Length == header.Length && PostLanguageNames.TryParse(cells[lang], out var language) && language != PostLanguage.Auto)
            {
                yield return new LanguageExample(name, language, cells[text].Trim(), cells[id]);
            }
        }
    }

    private static IEnumerable<LanguageExample> ReadConll(string path, string name)
    {
        var language = name.Contains("_nl.", StringComparison.Ordinal) ? PostLanguage.Dutch : PostLanguage.English;
        var tokens = new List<string>();
        var number = 0;
        foreach (var line in System.IO.File.ReadLines(path).Append(string.Empty))
        {
            if (line.Length > 0)
            {
                tokens.Add(line.Split('\t')[0]);
                continue;
            }

            if (tokens.Count > 0)
            {
                yield return new LanguageExample(name, language, string.Join(' ', tokens), $"{name}:{number++}");
                tokens.Clear();
            }
        }
    }
}

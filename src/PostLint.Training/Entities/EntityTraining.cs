using System.Diagnostics;
using System.Globalization;
using System.Text;
using PostLint.Diagnostics;
using PostLint.Text;
using PostLint.Text.Entities;

namespace PostLint.Training.Entities;

/// <summary>
/// The <c>entities</c> command: trains the entity tagger on the NER corpora of <c>shared/data/ner</c> and the Dutch
/// post-style sentences written for PostLint, and the handle classifier on the Broad Twitter Corpus's typed
/// @-mentions; scores both on the test splits; writes <c>entity-model.bin</c>, <c>entity-model-check.tsv</c> and
/// <c>entity-model.md</c>.
/// </summary>
internal static class EntityTraining
{
    /// <summary>Passes over the training sentences; 12 did not improve the dev splits.</summary>
    public const int Epochs = 8;

    /// <summary>Averaged weights smaller than this (in perceptron updates) are dropped from the shipped file: it halves the tagger for a dev F1 change under 0.005.</summary>
    public const float Prune = 1f;

    /// <summary>How often each sentence written for PostLint is seen per pass: a few hundred modern Dutch posts against thousands of old newspaper lines.</summary>
    public const int OwnRepeats = 3;

    /// <summary>The probability of being an organisation from which the engine treats a handle as one: the highest ORG precision on BTC dev (0.79) before recall falls to a tenth.</summary>
    public const float HighOrganisation = 0.8f;

    /// <summary>The probabilities at which the card shows the handle classifier's ORG precision and recall.</summary>
    private static readonly float[] Thresholds = [0.5f, 0.6f, 0.7f, 0.8f, 0.9f];

    /// <summary>The Dutch post-style sentences written for PostLint (train and held-out test), relative to the repository root.</summary>
    public static readonly string[] OwnFiles = ["src/PostLint.Training/Data/ner-own.nl.train.conll", "src/PostLint.Training/Data/ner-own.nl.test.conll"];

    private static readonly string[] Corpora = ["wnut17_en", "btc_en", "europeana_nl"];

    /// <summary>Written by hand for the check file; in no training or test set.</summary>
    private static readonly string[] CheckTexts =
    [
        "Saskia werd vannacht opgenomen in het Maxima MC in Veldhoven.",
        "Vandaag afscheid genomen van mevrouw De Vries (84), wat een lieve vrouw.",
        "Volgens het RIVM stijgt het aantal besmettingen in Utrecht.",
        "We said goodbye to Agnes this morning after a long stay on the ward.",
        "Great talk by Dr Priya Raman at the Royal Free Hospital in London today.",
        "My name is ahmed and I work nights at St Thomas'.",
    ];

    private static readonly (string Name, string Before, string After, bool AtStart)[] CheckHandles =
    [
        ("NHSEngland", "via", "", false),
        ("saskia_jansen84", "", "dank", true),
        ("RIVM", "volgens", "is", false),
        ("DrPriyaRaman", "thanks", "for", false),
    ];

    /// <summary>Runs the command; returns the exit code.</summary>
    public static int Run(string data, string output)
    {
        var clock = Stopwatch.StartNew();
        var (gazetteer, gazetteerSummary) = GazetteerSources.Load(Path.Combine(data, "gazetteers"));
        Console.WriteLine($"gazetteer: {gazetteer.Count} words ({clock.Elapsed.TotalSeconds:F1} s)");
        var ner = Path.Combine(data, "ner");
        List<ConllSentence> Split(string split) =>
            [.. Corpora.SelectMany(c => ConllSentence.ReadFile(Path.Combine(ner, $"{c}.{split}.conll")))];

        var train = Split("train");
        var ownTrain = ConllSentence.ReadFile(OwnFiles[0]);
        var dev = Split("dev");
        var test = Split("test");
        var ownTest = ConllSentence.ReadFile(OwnFiles[1]);
        Console.WriteLine($"sentences: train {train.Count} + own {ownTrain.Count}, dev {dev.Count}, test {test.Count} + own {ownTest.Count} ({clock.Elapsed.TotalSeconds:F1} s)");

        var examples = train.Concat(Enumerable.Repeat(ownTrain, OwnRepeats).SelectMany(s => s))
            .Select(s => (Sentence: Prepare(s, gazetteer), Gold: s.Tags)).ToArray();
        var perceptron = new AveragedPerceptron();
        var random = new Random(1);
        for (var epoch = 1; epoch <= Epochs; epoch++)
        {
            random.Shuffle(examples);
            var error = perceptron.Epoch(examples);
            Console.WriteLine($"epoch {epoch}: training word error {error:P2} ({clock.Elapsed.TotalSeconds:F1} s)");
        }

        var handleTrain = Handles(train, gazetteer);
        var handles = HandleTrainer.Train(handleTrain.Select(h => (h.Features, h.Organisation)).ToList());
        var trained = new EntityModel(gazetteer, perceptron.Averaged(Prune), handles);

        var path = Path.Combine(output, "entity-model.bin");
        Directory.CreateDirectory(output);
        using (var file = File.Create(path))
        {
            trained.Write(file);
        }

        var shipped = Read(path);
        var load = MedianLoadMilliseconds(path);
        var bytes = new FileInfo(path).Length;
        Console.WriteLine($"{bytes / 1024.0:F0} KiB, tagger {shipped.Tagger.BucketCount} buckets, handles {shipped.Handles.BucketCount}; loads in {load:F1} ms (median of 9)");

        var devScores = EntityEvaluation.Of(dev, shipped);
        var testScores = EntityEvaluation.Of(test.Concat(ownTest), shipped);
        Print("dev", devScores);
        Print("test", testScores);
        var scoredDev = Handles(dev, gazetteer).Select(h => (Probability(shipped, h.Handle), h.Organisation)).ToList();
        var scoredTest = Handles(test, gazetteer).Select(h => (Probability(shipped, h.Handle), h.Organisation)).ToList();
        var handleDev = HandleScore.Of(scoredDev);
        var handleTest = HandleScore.Of(scoredTest);
        Console.WriteLine($"handles dev:  {handleDev}");
        Console.WriteLine($"handles test: {handleTest}");
        var handleThresholds = HandleScore.AtThresholds(scoredDev, Thresholds).Select(d => ("dev", d))
            .Concat(HandleScore.AtThresholds(scoredTest, Thresholds).Select(t => ("test", t))).ToList();
        foreach (var (split, (threshold, precision, recall)) in handleThresholds)
        {
            Console.WriteLine($"handles {split} p>={threshold:F2}: ORG precision {precision:F3} recall {recall:F3}");
        }

        var check = WriteCheckFile(Path.Combine(output, "entity-model-check.tsv"), trained, shipped);
        Console.WriteLine($"largest difference between the trained and the shipped model on the check texts: {check:E2}");

        var card = new EntityModelCard(
            $"dotnet run --project src/PostLint.Training -c Release -- entities --data {data} --out {output}", gazetteerSummary,
            [.. train.Concat(ownTrain).Concat(dev).Concat(test).Concat(ownTest)], shipped, bytes, load, devScores, testScores, handleTrain.Count, handleDev, handleTest, handleThresholds, check);
        card.Write(Path.Combine(output, "entity-model.md"));
        Console.WriteLine($"done in {clock.Elapsed.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture)} s");
        return 0;
    }

    /// <summary>The sentence as the tagger reads it: one sentence, its words and their name-list flags.</summary>
    public static EntitySentence Prepare(ConllSentence sentence, EntityGazetteer gazetteer) =>
        new(EntityWord.Of(sentence.Text, sentence.Tokens, [new TextSpan(0, sentence.Text.Length)]), gazetteer);

    private static List<(GoldHandle Handle, List<int> Features, bool Organisation)> Handles(IEnumerable<ConllSentence> sentences, EntityGazetteer gazetteer) =>
        [.. sentences.Where(s => s.Corpus.StartsWith("btc_en", StringComparison.Ordinal)).SelectMany(s => s.Handles)
            .Where(h => h.Type is "PER" or "ORG")
            .Select(h => (h, HandleFeaturizer.Features(h.Name, h.Before, h.After, h.AtStart, gazetteer), h.Type == "ORG"))];

    private static float Probability(EntityModel model, GoldHandle handle) => model.OrganisationProbability(handle.Name, handle.Before, handle.After, handle.AtStart);

    private static EntityModel Read(string path)
    {
        using var file = File.OpenRead(path);
        return EntityModel.Read(file);
    }

    private static void Print(string split, List<EntityScore> scores)
    {
        foreach (var s in scores)
        {
            Console.WriteLine($"{split,-5} {s.Corpus,-22} {s.Type,-5} gold={s.Gold,5} predicted={s.Predicted,5} P={s.Precision:F3} R={s.Recall:F3} F1={s.F1:F3}");
        }
    }

    // The engine reads the model once per process, on the first post that needs it: that is the cost a hook pays.
    private static double MedianLoadMilliseconds(string path)
    {
        var times = new List<double>();
        for (var i = 0; i < 9; i++)
        {
            var clock = Stopwatch.StartNew();
            _ = Read(path);
            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        return times.Order().ElementAt(times.Count / 2);
    }

    // Tags and probabilities from the full-precision weights; the engine's test re-tags the texts with the shipped file.
    private static double WriteCheckFile(string path, EntityModel trained, EntityModel shipped)
    {
        var builder = new StringBuilder();
        builder.AppendLine("# Entity model check: tags and probabilities the full-precision model gave these texts at training time (written by PostLint.Training).");
        builder.AppendLine("# The engine must reproduce them with the shipped half-precision file (tests/PostLint.Tests/Text/EntityModelTests.cs).");
        builder.AppendLine("# Rows: tag<TAB>text<TAB>word/TAG/probability ...  or  handle<TAB>name<TAB>word before<TAB>word after<TAB>at start<TAB>p(organisation). Written by hand for PostLint.");
        var largest = 0.0;
        foreach (var text in CheckTexts)
        {
            var tokens = Tokenizer.Split(text);
            var sentences = SentenceSplitter.Split(text);
            var expected = trained.Tag(text, tokens, sentences);
            var actual = shipped.Tag(text, tokens, sentences);
            largest = Math.Max(largest, expected.Zip(actual).Max(p => p.First.Tag == p.Second.Tag ? Math.Abs(p.First.Probability - p.Second.Probability) : 1));
            builder.Append("tag\t").Append(text).Append('\t')
                .AppendJoin(' ', tokens.Zip(expected).Select(p => $"{p.First.Value}/{EntityTags.Names[p.Second.Tag]}/{p.Second.Probability.ToString("F4", CultureInfo.InvariantCulture)}"))
                .AppendLine();
        }

        foreach (var (name, before, after, atStart) in CheckHandles)
        {
            var expected = trained.OrganisationProbability(name, before, after, atStart);
            largest = Math.Max(largest, Math.Abs(expected - shipped.OrganisationProbability(name, before, after, atStart)));
            builder.AppendLine(CultureInfo.InvariantCulture, $"handle\t{name}\t{before}\t{after}\t{(atStart ? "true" : "false")}\t{expected.ToString("F4", CultureInfo.InvariantCulture)}");
        }

        File.WriteAllText(path, builder.ToString().ReplaceLineEndings("\n"));
        return largest;
    }
}

using System.Globalization;
using System.Text;
using PostLint.Text.Entities;

namespace PostLint.Training.Entities;

/// <summary>Writes <c>entity-model.md</c>: what the entity model was trained on and under which licences, how well it does on the test splits, its size, load time and limits.</summary>
internal sealed record EntityModelCard(
    string CommandLine, IReadOnlyList<string> Gazetteers, IReadOnlyList<ConllSentence> Sentences, EntityModel Shipped, long ModelBytes, double LoadMilliseconds,
    IReadOnlyList<EntityScore> Dev, IReadOnlyList<EntityScore> Test, int HandleTrainCount, HandleScore HandleDev, HandleScore HandleTest,
    IReadOnlyList<(string Split, (float Threshold, double Precision, double Recall) At)> HandleThresholds, double CheckDifference)
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    private static readonly Dictionary<string, string> Licences = new(StringComparer.Ordinal)
    {
        ["wnut17_en"] = "CC BY 4.0 — WNUT-17 Emerging and Rare Entities (Derczynski et al. 2017), `leondz/emerging_entities_17`",
        ["btc_en"] = "CC BY 4.0 — Broad Twitter Corpus (Derczynski, Bontcheva and Roberts 2016), `GateNLP/broad_twitter_corpus`",
        ["europeana_nl"] = "CC0 — Europeana Newspapers NER, Dutch part (KB, c. 1850–1940, OCR), `EuropeanaNewspapers/ner-corpora`",
        ["ner-own.nl"] = "written for PostLint (this repository's licence): made-up Dutch healthcare posts, none copied from any corpus",
    };

    /// <summary>Writes the card.</summary>
    public void Write(string path)
    {
        var b = ModelCardHeader.Begin("Entity", "entity-model.bin", CommandLine);
        b.AppendLine("| Task | (1) tag each word of a post PER, ORG, LOC or MISC in BIO tags, Dutch and English; (2) tell whether an @-handle is a person's or an organisation's |");
        b.AppendLine(C, $"| Tagger features | `EntityFeaturizer`: lower-cased word, shape (Xx, x, X, d, mixed), prefixes and suffixes of 2–4 letters, first word of sentence, two words each side and their shapes, marks around the word, in a handle or hashtag, name-list flags of the word and its neighbours, the two previous tags; FNV-1a hashed into 2^{EntityFeaturizer.Bits} buckets |");
        b.AppendLine(C, $"| Tagger learner | averaged perceptron written for PostLint, {EntityTraining.Epochs} passes, greedy left-to-right decoding with BIO constraints (an I- tag only continues its own type), the same loop the engine runs; averaged weights below {EntityTraining.Prune.ToString(C)} dropped; own Dutch sentences seen {EntityTraining.OwnRepeats}× per pass |");
        b.AppendLine(C, $"| Handle classifier | `HandleFeaturizer`: character 3–5-grams, parts split at _ . digits and inner capitals, name-list flags of the parts, organisation pieces (news, nhs, gov, hosp, uni, …), digits, shape, length, the words around it, reply position; 2^{HandleFeaturizer.Bits} buckets; logistic regression by SGD with L2, trained on {HandleTrainCount} typed @-mentions of BTC train |");
        b.AppendLine(C, $"| Shipped file | {ModelBytes / 1024.0:F0} KiB: {Shipped.Gazetteer.Count} hashed name-list words, {Shipped.Tagger.BucketCount} tagger buckets, {Shipped.Handles.BucketCount} handle buckets, half-precision weights; read in {LoadMilliseconds:F1} ms (median of 9 reads, once per process); no ML.NET at run time |");
        b.AppendLine(C, $"| Check | largest difference in tag probability between the full-precision and the shipped model on the check texts: {CheckDifference:E1} (`entity-model-check.tsv`) |");
        b.AppendLine();
        b.AppendLine("## Data and licences");
        b.AppendLine();
        b.AppendLine("From `shared/data/ner` and `shared/data/gazetteers` (described in `shared/data/README.md`; never committed). Sentences are re-read the way the engine reads a post: the corpus tokens joined by spaces and split into PostLint's words, each word tagged after the corpus token it lies in. WNUT-17 leaves @-mentions O and BTC types them, so handle words are masked out of the tagger (always O, never trained on, left out of its scores) and typed by the handle classifier instead.");
        b.AppendLine();
        b.AppendLine("| corpus | split | sentences | PER | ORG | LOC | MISC | licence and source |");
        b.AppendLine("|---|---|---:|---:|---:|---:|---:|---|");
        foreach (var group in Sentences.GroupBy(s => s.Corpus))
        {
            var name = group.Key[..group.Key.LastIndexOf('.')];
            var split = group.Key[(group.Key.LastIndexOf('.') + 1)..];
            var counts = EntityTags.Types.Select(t => group.Sum(s => s.Entities.Count(e => e.Type == t)).ToString(C));
            b.AppendLine(C, $"| {name} | {split} | {group.Count()} | {string.Join(" | ", counts)} | {Licences.GetValueOrDefault(name, "see shared/data/README.md")} |");
        }

        b.AppendLine();
        b.AppendLine("Name lists, hashed into the file as word → flags (the lists themselves are not shipped):");
        b.AppendLine();
        foreach (var line in Gazetteers)
        {
            b.AppendLine(C, $"- {line}");
        }

        b.AppendLine();
        b.AppendLine("Licences of the lists: Dutch first names MIT (`reithose/voornamen`, Meertens top-100 via `Josha91/DutchFirstNames`); US first names US public domain (SSA); Dutch surnames CC0 (Meertens Nederlandse Familienamenbank 2007 via `digitalheir/family-names-in-the-netherlands`); Dutch towns MIT/CC0 (BAG 2019 via `OpenTaal/bag-addresses`); municipalities CC0 (Wikidata); NHS trusts Open Government Licence v3 (NHS Digital ODS); hospitals CC0 (Wikidata).");
        b.AppendLine();
        b.AppendLine("The Dutch sentences written for PostLint are in `src/PostLint.Training/Data/ner-own.nl.{train,test}.conll`; the test file was fixed before training and never tuned on.");
        b.AppendLine();
        b.AppendLine("## Held-out entity F1 (shipped model, test splits)");
        b.AppendLine();
        b.AppendLine("Exact span and type match, as seqeval scores entities; @-mentions excluded (see the handle classifier). Nothing was tuned on these splits.");
        Table(b, Test);
        b.AppendLine();
        b.AppendLine("Dev splits (used to choose the number of passes and the pruning):");
        Table(b, Dev);
        b.AppendLine();
        b.AppendLine("## Handle classifier (person or organisation)");
        b.AppendLine();
        b.AppendLine(C, $"BTC @-mentions typed PER or ORG. The engine treats a handle as an organisation's from p(ORG) ≥ {EntityTraining.HighOrganisation.ToString(C)}.");
        b.AppendLine();
        b.AppendLine(C, $"| split | handles | ORG | accuracy | ORG F1 | PER F1 | ROC AUC | ORG precision at p ≥ {EntityTraining.HighOrganisation.ToString(C)} | ORG recall there |");
        b.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var (split, s) in new[] { ("dev", HandleDev), ("test", HandleTest) })
        {
            b.AppendLine(C, $"| {split} | {s.Count} | {s.Organisations} | {s.Accuracy:F3} | {s.OrganisationF1:F3} | {s.PersonF1:F3} | {s.Auc:F3} | {s.PrecisionAtHigh:F3} | {s.RecallAtHigh:F3} |");
        }

        b.AppendLine();
        b.AppendLine("ORG precision and recall by the probability from which a handle counts as an organisation's:");
        b.AppendLine();
        b.AppendLine("| split | p(ORG) ≥ | ORG precision | ORG recall |");
        b.AppendLine("|---|---:|---:|---:|");
        foreach (var (split, (threshold, precision, recall)) in HandleThresholds)
        {
            b.AppendLine(C, $"| {split} | {threshold:F2} | {precision:F3} | {recall:F3} |");
        }

        b.AppendLine();
        b.AppendLine("## Limits");
        b.AppendLine();
        b.AppendLine("- The only public Dutch NER data with a usable licence is historic newspaper OCR (old spelling, few organisations); modern Dutch posts are represented only by the few hundred sentences written for PostLint, so Dutch recall on posts far from them is low. No Dutch tweets at all.");
        b.AppendLine("- English data are tweets from 2009–2017 (BTC, WNUT): news-heavy, with their own naming conventions (WNUT's deliberately rare entities score low everywhere).");
        b.AppendLine("- A greedy linear tagger: no character-level or contextual embeddings, so unseen names in lower case or without a cue word are mostly missed, and capitalised sentence-initial words are sometimes taken for names.");
        b.AppendLine("- Tag probabilities are a softmax over perceptron scores: they rank well but are not calibrated. The engine therefore uses the tagger only to add a person where the rules already see a care context, never alone.");
        b.AppendLine("- BTC and Europeana have no MISC tags: MISC predicted there counts as a false alarm in their \"all\" rows. Europeana's annotation is incomplete (\"Rosa de Vries\" left O), which costs Dutch recall.");
        b.AppendLine("- Handle types are learned from UK/global Twitter of 2009–2014; Dutch institutions' handles are rare there. The engine only drops a handle finding when p(ORG) is high.");
        File.WriteAllText(path, b.ToString().ReplaceLineEndings("\n"));
    }

    private static void Table(StringBuilder b, IReadOnlyList<EntityScore> scores)
    {
        b.AppendLine();
        b.AppendLine("| corpus | type | gold | predicted | precision | recall | F1 |");
        b.AppendLine("|---|---|---:|---:|---:|---:|---:|");
        foreach (var s in scores)
        {
            b.AppendLine(C, $"| {s.Corpus} | {s.Type} | {s.Gold} | {s.Predicted} | {s.Precision:F3} | {s.Recall:F3} | {s.F1:F3} |");
        }
    }
}

using PostLint.Diagnostics;
using PostLint.Text.Entities;

namespace PostLint.Training.Entities;

/// <summary>Entity-level precision, recall and F1 of one type (or "all") on one corpus.</summary>
internal sealed record EntityScore(string Corpus, string Type, int Gold, int Predicted, int Correct)
{
    public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;

    public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>
/// Scores the tagger as seqeval does: an entity counts only when its type and both ends match a gold entity exactly
/// (here as character spans over PostLint's words); @-mentions are left out on both sides, the handle classifier
/// answers for them.
/// </summary>
internal static class EntityEvaluation
{
    /// <summary>Scores per type and overall for each corpus of <paramref name="sentences"/>, tagging with <paramref name="model"/>.</summary>
    public static List<EntityScore> Of(IEnumerable<ConllSentence> sentences, EntityModel model)
    {
        var counts = new Dictionary<(string Corpus, string Type), (int Gold, int Predicted, int Correct)>();
        void Count(string corpus, string type, int gold, int predicted, int correct)
        {
            foreach (var key in new[] { (corpus, type), (corpus, "all") })
            {
                var c = counts.GetValueOrDefault(key);
                counts[key] = (c.Gold + gold, c.Predicted + predicted, c.Correct + correct);
            }
        }

        foreach (var sentence in sentences)
        {
            var tagged = model.Tag(sentence.Text, sentence.Tokens, [new TextSpan(0, sentence.Text.Length)]);
            var predicted = EntitySpan.Of(tagged)
                .Select(s => (s.Type, Span: new TextSpan(sentence.Tokens[s.First].Span.Start, sentence.Tokens[s.Last].Span.End)))
                .ToHashSet();
            var gold = sentence.Entities.Select(e => (e.Type, e.Span)).ToHashSet();
            foreach (var type in EntityTags.Types)
            {
                Count(sentence.Corpus, type, gold.Count(g => g.Type == type), predicted.Count(p => p.Type == type), predicted.Count(p => p.Type == type && gold.Contains(p)));
            }
        }

        return [.. counts.OrderBy(c => c.Key.Corpus, StringComparer.Ordinal).ThenBy(c => c.Key.Type == "all" ? 1 : 0).ThenBy(c => Array.IndexOf(EntityTags.Types, c.Key.Type))
            .Where(c => c.Value.Gold > 0 || c.Value.Predicted > 0)
            .Select(c => new EntityScore(c.Key.Corpus, c.Key.Type, c.Value.Gold, c.Value.Predicted, c.Value.Correct))];
    }
}

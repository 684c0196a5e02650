using PostLint.Text;

namespace PostLint.Training;

/// <summary>Held-out metrics for one language (or all).</summary>
internal sealed record EvaluationRow(string Language, int Count, int Positives, double Auc, double Precision, double Recall, double F1)
{
    /// <summary>F1 at the validation-optimal threshold, for comparison with the shipped one.</summary>
    public double F1AtValidationThreshold { get; init; }
}

/// <summary>Scores the shipped model on the held-out examples: ROC AUC, and precision/recall/F1 at its threshold.</summary>
internal sealed record Evaluation(IReadOnlyList<EvaluationRow> Rows)
{
    /// <summary>Evaluates <paramref name="model"/> on <paramref name="heldOut"/>, per language and overall, at its threshold and at <paramref name="validationThreshold"/>.</summary>
    public static Evaluation Of(IReadOnlyList<Example> heldOut, LinearTextModel model, float validationThreshold)
    {
        var scored = heldOut.Select(e => (e.Language, Score: model.Score(TextFeaturizer.Featurize(e.Text)), e.Positive)).ToList();
        EvaluationRow Both(string language, List<(float Score, bool Positive)> rows) =>
            Row(language, rows, model.Threshold) with { F1AtValidationThreshold = Row(language, rows, validationThreshold).F1 };

        var rows = scored.GroupBy(s => s.Language).OrderByDescending(g => g.Key, StringComparer.Ordinal)
            .Select(g => Both(g.Key, g.Select(s => (s.Score, s.Positive)).ToList()))
            .Append(Both("all", scored.Select(s => (s.Score, s.Positive)).ToList()))
            .ToList();
        return new Evaluation(rows);
    }

    /// <summary>Writes one line per row to the console.</summary>
    public static void Print(Evaluation evaluation)
    {
        foreach (var line in evaluation.Rows)
        {
            Console.WriteLine($"{line.Language,-4} n={line.Count,6} positive={line.Positives,6} AUC={line.Auc:F3} P={line.Precision:F3} R={line.Recall:F3} F1={line.F1:F3} F1@validation={line.F1AtValidationThreshold:F3}");
        }
    }

    /// <summary>The threshold with the best F1 on <paramref name="scored"/>.</summary>
    public static float BestF1Threshold(IEnumerable<(float Score, bool Positive)> scored)
    {
        var list = scored.ToList();
        return Enumerable.Range(5, 91).Select(i => i / 100f).MaxBy(t => Row("validation", list, t).F1);
    }

    private static EvaluationRow Row(string language, List<(float Score, bool Positive)> scored, float threshold)
    {
        var tp = scored.Count(s => s.Positive && s.Score >= threshold);
        var fp = scored.Count(s => !s.Positive && s.Score >= threshold);
        var fn = scored.Count(s => s.Positive && s.Score < threshold);
        var precision = tp + fp == 0 ? 0 : (double)tp / (tp + fp);
        var recall = tp + fn == 0 ? 0 : (double)tp / (tp + fn);
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new EvaluationRow(language, scored.Count, scored.Count(s => s.Positive), Auc(scored), precision, recall, f1);
    }

    // Mann-Whitney: the share of (positive, negative) pairs ranked correctly, ties counting half.
    private static double Auc(List<(float Score, bool Positive)> scored)
    {
        var ranked = scored.OrderBy(s => s.Score).ToList();
        double rankSum = 0;
        var i = 0;
        while (i < ranked.Count)
        {
            var j = i;
            while (j < ranked.Count && ranked[j].Score == ranked[i].Score)
            {
                j++;
            }

            var averageRank = (i + j + 1) / 2.0;
            rankSum += averageRank * ranked.Skip(i).Take(j - i).Count(s => s.Positive);
            i = j;
        }

        double positives = scored.Count(s => s.Positive);
        var negatives = scored.Count - positives;
        return positives == 0 || negatives == 0 ? double.NaN : (rankSum - (positives * (positives + 1) / 2)) / (positives * negatives);
    }
}

namespace PostLint.Training.Entities;

/// <summary>How well the handle classifier separates people from organisations on one split.</summary>
/// <param name="Count">Handles typed PER or ORG.</param>
/// <param name="Organisations">Of which ORG.</param>
/// <param name="Accuracy">Share right at probability 0.5.</param>
/// <param name="OrganisationF1">F1 of ORG at 0.5.</param>
/// <param name="PersonF1">F1 of PER at 0.5.</param>
/// <param name="Auc">ROC AUC of p(ORG).</param>
/// <param name="PrecisionAtHigh">Precision of ORG at p ≥ <see cref="EntityTraining.HighOrganisation"/> (where the engine acts).</param>
/// <param name="RecallAtHigh">Recall of ORG at that probability.</param>
internal sealed record HandleScore(int Count, int Organisations, double Accuracy, double OrganisationF1, double PersonF1, double Auc, double PrecisionAtHigh, double RecallAtHigh)
{
    /// <summary>ORG precision and recall at each of <paramref name="thresholds"/>, for choosing where the engine acts.</summary>
    public static IEnumerable<(float Threshold, double Precision, double Recall)> AtThresholds(IReadOnlyList<(float Probability, bool Organisation)> scored, params float[] thresholds) =>
        thresholds.Select(t =>
        {
            var taken = scored.Where(s => s.Probability >= t).ToList();
            var organisations = scored.Count(s => s.Organisation);
            return (t, taken.Count == 0 ? 0 : taken.Count(s => s.Organisation) / (double)taken.Count, organisations == 0 ? 0 : taken.Count(s => s.Organisation) / (double)organisations);
        });

    /// <summary>Scores probabilities of being an organisation against the truth.</summary>
    public static HandleScore Of(IReadOnlyList<(float Probability, bool Organisation)> scored)
    {
        double F1(bool organisation, float threshold)
        {
            var tp = scored.Count(s => s.Organisation == organisation && (s.Probability >= threshold) == organisation);
            var fp = scored.Count(s => s.Organisation != organisation && (s.Probability >= threshold) == organisation);
            var fn = scored.Count(s => s.Organisation == organisation && (s.Probability >= threshold) != organisation);
            return tp == 0 ? 0 : 2.0 * tp / ((2 * tp) + fp + fn);
        }

        var high = scored.Where(s => s.Probability >= EntityTraining.HighOrganisation).ToList();
        var organisations = scored.Count(s => s.Organisation);
        var positives = scored.Where(s => s.Organisation).Select(s => s.Probability).ToList();
        var negatives = scored.Where(s => !s.Organisation).Select(s => s.Probability).ToList();
        var auc = positives.Count == 0 || negatives.Count == 0
            ? double.NaN
            : positives.Sum(p => negatives.Sum(n => p > n ? 1.0 : p == n ? 0.5 : 0)) / ((double)positives.Count * negatives.Count);
        return new HandleScore(
            scored.Count, organisations, scored.Count(s => (s.Probability >= 0.5f) == s.Organisation) / (double)Math.Max(1, scored.Count),
            F1(true, 0.5f), F1(false, 0.5f), auc,
            high.Count == 0 ? 0 : high.Count(s => s.Organisation) / (double)high.Count,
            organisations == 0 ? 0 : high.Count(s => s.Organisation) / (double)organisations);
    }
}

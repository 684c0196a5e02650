namespace PostLint.Training.Language;

/// <summary>Accuracy of the shipped model on one set of texts, overall and on short posts.</summary>
/// <param name="Name">The set.</param>
/// <param name="Rows">Accuracy per language and for all, on every text and on texts under <see cref="ShortPost"/> characters.</param>
internal sealed record LanguageEvaluation(string Name, IReadOnlyList<LanguageEvaluation.Row> Rows)
{
    /// <summary>A post shorter than this is short: where word counting failed.</summary>
    public const int ShortPost = 80;

    /// <summary>Scores <paramref name="examples"/> with <paramref name="detect"/>.</summary>
    public static LanguageEvaluation Of(string name, IReadOnlyList<(PostLanguage Language, string Text)> examples, Func<string, PostLanguage> detect)
    {
        var scored = examples.Select(e => (e.Language, Short: e.Text.Length < ShortPost, Right: detect(e.Text) == e.Language)).ToList();
        Row RowOf(string label, Func<(PostLanguage Language, bool Short, bool Right), bool> filter)
        {
            var all = scored.Where(filter).ToList();
            var shortOnes = all.Where(e => e.Short).ToList();
            return new Row(label, all.Count, all.Count(e => e.Right), shortOnes.Count, shortOnes.Count(e => e.Right));
        }

        return new LanguageEvaluation(name,
        [
            RowOf("nl", e => e.Language == PostLanguage.Dutch),
            RowOf("en", e => e.Language == PostLanguage.English),
            RowOf("all", _ => true),
        ]);
    }

    /// <summary>One line of the table.</summary>
    public sealed record Row(string Language, int Count, int Right, int ShortCount, int ShortRight)
    {
        /// <summary>Share right of all texts.</summary>
        public double Accuracy => Count == 0 ? double.NaN : (double)Right / Count;

        /// <summary>Share right of the short texts.</summary>
        public double ShortAccuracy => ShortCount == 0 ? double.NaN : (double)ShortRight / ShortCount;
    }
}

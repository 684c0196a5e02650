namespace PostLint.Text;

/// <summary>Looks up the language at a position among a post's <see cref="SentenceLanguage"/> stretches.</summary>
public static class SentenceLanguages
{
    /// <summary>The language of the stretch holding <paramref name="position"/>; <paramref name="fallback"/> outside them all.</summary>
    public static PostLanguage At(IReadOnlyList<SentenceLanguage> sentences, int position, PostLanguage fallback)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        int low = 0, high = sentences.Count - 1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            var span = sentences[middle].Span;
            if (position < span.Start)
            {
                high = middle - 1;
            }
            else if (position >= span.End)
            {
                low = middle + 1;
            }
            else
            {
                return sentences[middle].Language;
            }
        }

        return fallback;
    }
}

namespace PostLint.Packs;

/// <summary>A text in Dutch and in English, as a pack rule's message or fix is written.</summary>
/// <param name="Dutch">The Dutch text.</param>
/// <param name="English">The English text.</param>
public sealed record LocalizedText(string Dutch, string English)
{
    /// <summary>The text for a post or sentence in <paramref name="language"/>: Dutch for Dutch, English otherwise.</summary>
    public string For(PostLanguage language) => language == PostLanguage.Dutch ? Dutch : English;
}

using PostLint.Diagnostics;

namespace PostLint.Text;

/// <summary>
/// Tells Dutch from English with the shipped character n-gram model (<c>rules/models/language-model.bin</c>;
/// data, held-out accuracy and size in <c>rules/models/language-model.md</c>). Character n-grams decide
/// even a five-word post ("Back pain? Take ibuprofen."), where counting function words finds none.
/// The model loads once, on first use; scoring is a sum of looked-up weights, linear in the text.
/// </summary>
public static class LanguageDetector
{
    /// <summary>Embedded path of the model under <c>rules/</c>.</summary>
    internal const string ModelPath = "models/language-model.bin";

    // A sentence speaks for itself only when it has this many letters and the model is this sure
    // (about e^3 : 1); a short or ambiguous one ("OK!", "Top.", a name) takes the post's language.
    internal const int SentenceLetters = 15;
    internal const double SentenceMargin = 3.0;

    private static readonly Lazy<LanguageModel> LazyModel = new(Load);

    internal static LanguageModel Model => LazyModel.Value;

    /// <summary>The language of <paramref name="text"/>; <paramref name="fallback"/> (or Dutch) when it has no words to go by.</summary>
    public static PostLanguage Detect(string text, PostLanguage fallback = PostLanguage.Auto)
    {
        ArgumentNullException.ThrowIfNull(text);
        var score = Model.Score(text);
        if (score == 0)
        {
            return fallback == PostLanguage.Auto ? PostLanguage.Dutch : fallback;
        }

        return score > 0 ? PostLanguage.Dutch : PostLanguage.English;
    }

    /// <summary>
    /// The language of each sentence of <paramref name="text"/>, in order, covering the whole text: a mixed
    /// post (a Dutch comment on an English quote) gets each sentence's own language; a sentence too short
    /// or too ambiguous to tell gets <paramref name="postLanguage"/>.
    /// </summary>
    public static IReadOnlyList<SentenceLanguage> BySentence(string text, PostLanguage postLanguage)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = new List<SentenceLanguage>();
        for (var start = 0; start < text.Length;)
        {
            var end = SentenceBounds.EndOf(text, start);
            var sentence = text.AsSpan(start, end - start);
            var score = Letters(sentence) < SentenceLetters ? 0 : Model.Score(sentence);
            var language = Math.Abs(score) < SentenceMargin ? postLanguage : score > 0 ? PostLanguage.Dutch : PostLanguage.English;
            if (sentences.Count > 0 && sentences[^1].Language == language)
            {
                sentences[^1] = sentences[^1] with { Span = new TextSpan(sentences[^1].Span.Start, end) };
            }
            else
            {
                sentences.Add(new SentenceLanguage(new TextSpan(start, end), language));
            }

            start = end;
        }

        return sentences;
    }

    private static int Letters(ReadOnlySpan<char> text)
    {
        var letters = 0;
        foreach (var c in text)
        {
            letters += char.IsLetter(c) ? 1 : 0;
        }

        return letters;
    }

    private static LanguageModel Load() =>
        LanguageModel.Read(ModelBytes.OfResource(typeof(LanguageDetector).Assembly, "rules/" + ModelPath)
            ?? throw new FileNotFoundException($"Embedded language model 'rules/{ModelPath}' is missing from the PostLint assembly."));
}

namespace PostLint.Text;

/// <summary>
/// Tells Dutch from English by counting frequent function words: posts are short, so a character
/// n-gram model would buy little over the words that make up a third of any sentence.
/// </summary>
public static class LanguageDetector
{
    private static readonly HashSet<string> Dutch = new(StringComparer.Ordinal)
    {
        "de", "het", "een", "en", "van", "ik", "je", "jij", "u", "we", "wij", "zij", "ze", "hij", "niet", "is", "zijn", "was", "op", "met",
        "voor", "dat", "die", "dit", "deze", "er", "te", "naar", "om", "ook", "maar", "nog", "bij", "uit", "wat", "als", "aan", "heb", "hebben",
        "heeft", "wordt", "worden", "geen", "onze", "ons", "mijn", "jullie", "vandaag", "gisteren", "morgen", "patient", "patienten", "zo", "dan",
        "kan", "moet", "wel", "al", "door", "tot", "graag", "weer", "echt", "toch", "even", "heel", "nu", "hier", "waar", "mevrouw", "meneer", "jaar", "nacht", "dag", "week", "zorg",
        "ziekenhuis", "huisarts", "collega", "collegas", "dank", "vanavond", "vanochtend", "omdat", "want", "hoe", "wie", "veel", "alle", "ben",
    };

    private static readonly HashSet<string> English = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "and", "i", "you", "we", "they", "he", "she", "it", "not", "is", "are", "was", "were", "on", "with", "for",
        "that", "this", "these", "there", "to", "at", "from", "also", "but", "still", "by", "out", "what", "if", "as", "have", "has", "had",
        "our", "us", "my", "your", "today", "yesterday", "tomorrow", "patient", "patients", "so", "then", "can", "must", "will", "would",
        "all", "through", "about", "until", "now", "here", "where", "who", "how", "year", "years", "night", "day", "week", "care", "hospital",
        "thanks", "thank", "tonight", "morning", "because", "just", "do", "don", "be", "been", "get", "got", "which", "could", "should",
    };

    /// <summary>The language of <paramref name="text"/>; <paramref name="fallback"/> (or Dutch) when undecided.</summary>
    public static PostLanguage Detect(string text, PostLanguage fallback = PostLanguage.Auto)
    {
        var dutch = 0;
        var english = 0;
        foreach (var token in Tokenizer.Tokenize(text))
        {
            // Words shared by both languages ("is", "we", "patient") are in both lists on purpose: they cancel out.
            // Words that mean different things ("of", "me", "in") are in neither.
            if (Dutch.Contains(token.Normalized))
            {
                dutch++;
            }

            if (English.Contains(token.Normalized))
            {
                english++;
            }
        }

        if (dutch != english)
        {
            return dutch > english ? PostLanguage.Dutch : PostLanguage.English;
        }

        return fallback == PostLanguage.Auto ? PostLanguage.Dutch : fallback;
    }
}

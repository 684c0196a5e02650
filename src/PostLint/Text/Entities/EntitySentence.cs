namespace PostLint.Text.Entities;

/// <summary>The words of a stretch of text with what the tagger computes once per word: shape and name-list flags.</summary>
internal sealed class EntitySentence
{
    /// <summary>Prepares <paramref name="words"/> for tagging with <paramref name="gazetteer"/>.</summary>
    public EntitySentence(EntityWord[] words, EntityGazetteer gazetteer)
    {
        Words = words;
        Shapes = [.. words.Select(w => EntityFeaturizer.Shape(w.Token.Value))];
        Flags = [.. words.Select(w => gazetteer.Lookup(w.Token.Normalized))];
    }

    /// <summary>The words.</summary>
    public EntityWord[] Words { get; }

    /// <summary>The shape of each word.</summary>
    public string[] Shapes { get; }

    /// <summary>The name lists each word occurs in.</summary>
    public GazetteerFlags[] Flags { get; }
}

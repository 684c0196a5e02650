namespace PostLint.Text.Entities;

/// <summary>The tag the tagger gave a word and the softmax probability of that tag among those allowed there.</summary>
/// <param name="Tag">Index into <see cref="EntityTags.Names"/>.</param>
/// <param name="Probability">Softmax of the tag's score over the tags that may follow the previous one.</param>
internal readonly record struct TaggedWord(int Tag, float Probability);

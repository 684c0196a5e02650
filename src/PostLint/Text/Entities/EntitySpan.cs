namespace PostLint.Text.Entities;

/// <summary>A name the tagger found: words <paramref name="First"/> to <paramref name="Last"/> of the sentence, of <paramref name="Type"/>.</summary>
/// <param name="First">Index of the first word.</param>
/// <param name="Last">Index of the last word.</param>
/// <param name="Type">PER, ORG, LOC or MISC.</param>
/// <param name="Confidence">The lowest tag probability over its words.</param>
internal readonly record struct EntitySpan(int First, int Last, string Type, float Confidence)
{
    /// <summary>The spans of a tagged sentence: a B- tag opens one, I- tags of its type extend it.</summary>
    public static List<EntitySpan> Of(IReadOnlyList<TaggedWord> tagged)
    {
        var spans = new List<EntitySpan>();
        for (var i = 0; i < tagged.Count; i++)
        {
            if (!EntityTags.IsBegin(tagged[i].Tag))
            {
                continue;
            }

            var end = i;
            var confidence = tagged[i].Probability;
            while (end + 1 < tagged.Count && tagged[end + 1].Tag == tagged[i].Tag + 1)
            {
                end++;
                confidence = Math.Min(confidence, tagged[end].Probability);
            }

            spans.Add(new EntitySpan(i, end, EntityTags.Types[EntityTags.TypeOf(tagged[i].Tag)], confidence));
            i = end;
        }

        return spans;
    }
}

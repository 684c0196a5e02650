namespace PostLint.Text.Entities;

/// <summary>
/// Tags a sentence left to right: each word gets the best-scoring tag that may follow the previous one (an I- tag only
/// continues its own type), with the two tags before it among its features. Words of a handle are always O: the
/// corpora disagree on them (WNUT leaves them O, BTC types them), so the handle classifier decides them instead.
/// Training and the engine run this same loop, with the weights being learned or the shipped ones.
/// </summary>
internal static class GreedyTagger
{
    /// <summary>Scores the features of one word into one score per tag.</summary>
    public delegate void Scorer(ReadOnlySpan<int> features, Span<float> scores);

    /// <summary>Called after each word is tagged, with its features and the tag given (training updates the weights here).</summary>
    public delegate void Observer(int word, ReadOnlySpan<int> features, int tag);

    /// <summary>Tags <paramref name="sentence"/>; <paramref name="observe"/> sees each word's features and tag.</summary>
    public static TaggedWord[] Tag(EntitySentence sentence, Scorer score, Observer? observe = null)
    {
        var tagged = new TaggedWord[sentence.Words.Length];
        var features = new List<int>(64);
        Span<float> scores = stackalloc float[EntityTags.Count];
        int previous = 0, beforePrevious = 0;
        for (var i = 0; i < sentence.Words.Length; i++)
        {
            features.Clear();
            EntityFeaturizer.AddStatic(sentence, i, features);
            EntityFeaturizer.AddHistory(sentence, i, previous, beforePrevious, features);
            var featureSpan = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(features);
            TaggedWord word;
            if (sentence.Words[i].InHandle)
            {
                word = new TaggedWord(0, 1);
            }
            else
            {
                score(featureSpan, scores);
                word = Best(scores, previous);
            }

            observe?.Invoke(i, featureSpan, word.Tag);
            tagged[i] = word;
            beforePrevious = previous;
            previous = word.Tag;
        }

        return tagged;
    }

    // The best allowed tag, and its softmax probability among the allowed tags.
    private static TaggedWord Best(Span<float> scores, int previous)
    {
        var best = 0;
        for (var t = 1; t < scores.Length; t++)
        {
            if (EntityTags.MayFollow(previous, t) && scores[t] > scores[best])
            {
                best = t;
            }
        }

        var sum = 0.0;
        for (var t = 0; t < scores.Length; t++)
        {
            if (EntityTags.MayFollow(previous, t))
            {
                sum += Math.Exp(scores[t] - scores[best]);
            }
        }

        return new TaggedWord(best, (float)(1 / sum));
    }
}

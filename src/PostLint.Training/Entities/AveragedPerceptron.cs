using PostLint.Text.Entities;

namespace PostLint.Training.Entities;

/// <summary>
/// Trains the entity tagger as an averaged perceptron over <see cref="EntityFeaturizer"/> features with the same
/// greedy left-to-right decoding the engine uses (so the tag history it learns from is the one it will see): on a
/// wrong tag the gold tag's weights of the word's features go up by one and the predicted tag's down by one. The
/// shipped weights are the average over every step, which generalises much better than the last ones.
/// </summary>
internal sealed class AveragedPerceptron
{
    private const int Classes = 9;

    private readonly float[] _weights = new float[(1 << EntityFeaturizer.Bits) * Classes];
    private readonly float[] _totals = new float[(1 << EntityFeaturizer.Bits) * Classes];
    private readonly int[] _stamps = new int[(1 << EntityFeaturizer.Bits) * Classes];
    private int _step;

    /// <summary>One pass over <paramref name="sentences"/> in the given order; returns the share of words tagged wrong.</summary>
    public double Epoch(IEnumerable<(EntitySentence Sentence, int[] Gold)> sentences)
    {
        long words = 0, wrong = 0;
        foreach (var (sentence, gold) in sentences)
        {
            GreedyTagger.Tag(sentence, Score, (i, features, tag) =>
            {
                if (sentence.Words[i].InHandle)
                {
                    return;
                }

                _step++;
                words++;
                if (tag != gold[i])
                {
                    wrong++;
                    Update(features, gold[i], 1);
                    Update(features, tag, -1);
                }
            });
        }

        return (double)wrong / Math.Max(1, words);
    }

    /// <summary>The averaged weights with every weight below <paramref name="prune"/> in size set to zero, as a model.</summary>
    public HashedLinearModel Averaged(float prune)
    {
        var buckets = new List<int>();
        var weights = new List<float>();
        for (var bucket = 0; bucket < 1 << EntityFeaturizer.Bits; bucket++)
        {
            var row = new float[Classes];
            var any = false;
            for (var c = 0; c < Classes; c++)
            {
                var k = (bucket * Classes) + c;
                var average = (_totals[k] + ((_step - _stamps[k]) * _weights[k])) / Math.Max(1, _step);
                row[c] = Math.Abs(average) >= prune ? average : 0;
                any |= row[c] != 0;
            }

            if (any)
            {
                buckets.Add(bucket);
                weights.AddRange(row);
            }
        }

        return new HashedLinearModel(EntityFeaturizer.Bits, EntityTags.Names, new float[Classes], [.. buckets], [.. weights]);
    }

    private void Score(ReadOnlySpan<int> features, Span<float> scores)
    {
        scores.Clear();
        foreach (var feature in features)
        {
            var row = _weights.AsSpan(feature * Classes, Classes);
            for (var c = 0; c < Classes; c++)
            {
                scores[c] += row[c];
            }
        }
    }

    private void Update(ReadOnlySpan<int> features, int tag, float delta)
    {
        foreach (var feature in features)
        {
            var k = (feature * Classes) + tag;
            _totals[k] += (_step - _stamps[k]) * _weights[k];
            _stamps[k] = _step;
            _weights[k] += delta;
        }
    }
}

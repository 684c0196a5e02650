using PostLint.Rules.Tone;

namespace PostLint.Tests.Rules.Tone;

public class ToneFeaturizerTests
{
    [Theory]
    [InlineData("w|klootzak", 178669)]
    [InlineData("c|<ko", 112346)]
    public void Buckets_are_fixed_FNV1a_values_not_per_process_hashes(string feature, int bucket) =>
        ToneFeaturizer.Bucket(feature).Should().Be(bucket, "the shipped weights are indexed by these buckets");

    [Fact]
    public void Same_text_gives_same_features() =>
        ToneFeaturizer.Featurize("Wat een clowns 🙄").Should().BeEquivalentTo(ToneFeaturizer.Featurize("Wat een clowns 🙄"), o => o.WithStrictOrdering());

    [Fact]
    public void Vector_is_sorted_and_unit_length()
    {
        var features = ToneFeaturizer.Featurize("Die arrogante chirurgen hier, stelletje kwallen!");
        features.Indices.Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();
        features.Indices.Should().OnlyContain(i => i >= 0 && i < ToneFeaturizer.Dimension);
        features.Values.Sum(v => v * v).Should().BeApproximately(1f, 1e-4f);
    }

    [Fact]
    public void Words_are_normalised_like_the_training_data()
    {
        ToneFeaturizer.Words("@collega Sooooo DOM!!! https://x.nl/a 😡 Patiënt 2024")
            .Should().Equal("userplaceholder", "soo", "dom", "urlplaceholder", "e|😡", "patient", "00");
    }

    [Fact]
    public void Empty_text_has_no_features() => ToneFeaturizer.Featurize(string.Empty).Indices.Should().BeEmpty();
}

using System.Globalization;
using PostLint.Rules.Tone;
using PostLint.Text;

namespace PostLint.Tests.Rules.Tone;

public class ToneClassifierTests
{
    public static TheoryData<string, float> TrainingTimeScores()
    {
        var data = new TheoryData<string, float>();
        foreach (var entry in Lexicon.Load("models/tone-model-check.tsv"))
        {
            data.Add(entry.Term, float.Parse(entry.Column(0)!, CultureInfo.InvariantCulture));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(TrainingTimeScores))]
    public void Engine_reproduces_the_scores_ML_NET_gave_at_training_time(string text, float expected) =>
        ToneClassifier.Score(text).Should().BeApproximately(expected, 1e-3f, "the exported half-precision weights must score as ML.NET did");

    [Theory]
    [InlineData("Jij bent echt een vieze vuile klootzak.", "Dank aan het hele team voor de mooie bloemen!")]
    [InlineData("Shut up, you stupid moron.", "Thank you to our amazing night shift team.")]
    [InlineData("Oprotten jij, niemand wil je hier.", "Welkom bij ons team, fijn dat je er bent.")]
    public void Hostile_text_scores_above_friendly_text(string hostile, string friendly) =>
        ToneClassifier.Score(hostile).Should().BeGreaterThan(ToneClassifier.Score(friendly) + 0.5f);

    [Fact]
    public void Shipped_model_is_small_and_has_a_threshold()
    {
        using var stream = typeof(ToneClassifier).Assembly.GetManifestResourceStream("rules/" + ToneClassifier.ModelPath);
        stream.Should().NotBeNull();
        stream!.Length.Should().BeLessThan(2 * 1024 * 1024);
        ToneClassifier.Model.Threshold.Should().BeInRange(0.5f, 0.99f);
        ToneClassifier.Model.NonZeroCount.Should().BeGreaterThan(1000);
    }

    [Fact]
    public void Model_round_trips_through_its_file_format()
    {
        using var buffer = new MemoryStream();
        ToneClassifier.Model.Write(buffer);
        buffer.Position = 0;
        var copy = LinearTextModel.Read(buffer, ToneClassifier.Magic);
        var features = TextFeaturizer.Featurize("Stelletje idioten, ik word er gek van.");
        copy.Score(features).Should().Be(ToneClassifier.Model.Score(features));
        copy.Threshold.Should().Be(ToneClassifier.Model.Threshold);
    }

    [Fact]
    public void Reading_something_else_fails_clearly()
    {
        using var junk = new MemoryStream("not a model"u8.ToArray());
        FluentActions.Invoking(() => LinearTextModel.Read(junk, ToneClassifier.Magic)).Should().Throw<InvalidDataException>();
    }

    [Fact]
    public void Driving_words_are_the_hostile_ones() =>
        ToneClassifier.DrivingWords("Shut your mouth, you ugly cow.", 2).Should().Contain(w => w == "ugly" || w == "cow" || w == "Shut");
}

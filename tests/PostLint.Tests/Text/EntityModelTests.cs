using System.Globalization;
using PostLint.Text;
using PostLint.Text.Entities;

namespace PostLint.Tests.Text;

public class EntityModelTests
{
    public static TheoryData<string, string> TrainingTimeTags()
    {
        var data = new TheoryData<string, string>();
        foreach (var row in CheckRows().Where(r => r[0] == "tag"))
        {
            data.Add(row[1], row[2]);
        }

        return data;
    }

    public static TheoryData<string, string, string, bool, float> TrainingTimeHandles()
    {
        var data = new TheoryData<string, string, string, bool, float>();
        foreach (var row in CheckRows().Where(r => r[0] == "handle"))
        {
            data.Add(row[1], row[2], row[3], row[4] == "true", float.Parse(row[5], CultureInfo.InvariantCulture));
        }

        return data;
    }

    /// <summary>
    /// Perceptron scores run to tens, so half precision moves a softmax probability by up to a few hundredths
    /// (the card records the largest move); the tags themselves must not change.
    /// </summary>
    [Theory]
    [MemberData(nameof(TrainingTimeTags))]
    public void Engine_reproduces_the_tags_the_model_gave_at_training_time(string text, string expected)
    {
        var tagged = EntityModel.Shared.Tag(text, Tokenizer.Split(text), SentenceSplitter.Split(text));

        var words = expected.Split(' ').Select(w => w.Split('/')).ToList();
        tagged.Select(t => EntityTags.Names[t.Tag]).Should().Equal(words.Select(w => w[1]));
        for (var i = 0; i < words.Count; i++)
        {
            tagged[i].Probability.Should().BeApproximately(float.Parse(words[i][2], CultureInfo.InvariantCulture), 0.1f, "word {0} of '{1}'", words[i][0], text);
        }
    }

    [Theory]
    [MemberData(nameof(TrainingTimeHandles))]
    public void Engine_reproduces_the_handle_probabilities_of_training_time(string name, string before, string after, bool atStart, float expected) =>
        EntityModel.Shared.OrganisationProbability(name, before, after, atStart).Should().BeApproximately(expected, 0.01f);

    [Fact]
    public void Another_models_file_is_not_read_as_the_entity_model()
    {
        using var buffer = new MemoryStream();
        PostLint.Rules.Tone.ToneClassifier.Model.Write(buffer);
        buffer.Position = 0;

        FluentActions.Invoking(() => EntityModel.Read(buffer)).Should().Throw<InvalidDataException>().WithMessage("*entity model*");
    }

    [Fact]
    public void A_cut_off_file_is_reported_rather_than_read()
    {
        using var whole = new MemoryStream();
        EntityModel.Shared.Write(whole);
        using var half = new MemoryStream(whole.ToArray()[..(int)(whole.Length / 2)]);

        FluentActions.Invoking(() => EntityModel.Read(half)).Should().Throw<InvalidDataException>().WithMessage("*ends early*");
    }

    [Theory]
    [InlineData("NHSEngland", "NHS England")]
    [InlineData("MedCramVideos", "Med Cram Videos")]
    [InlineData("saskia_jansen84", "saskia jansen 84")]
    [InlineData("dr.jansen", "dr jansen")]
    public void Splits_account_names_into_words(string name, string parts) =>
        HandleParts.Split(name).Should().Equal(parts.Split(' '));

    private static List<string[]> CheckRows()
    {
        using var stream = typeof(EntityModel).Assembly.GetManifestResourceStream("rules/models/entity-model-check.tsv")!;
        using var reader = new StreamReader(stream);
        var rows = new List<string[]>();
        while (reader.ReadLine() is { } line)
        {
            if (!line.StartsWith('#') && line.Length > 0)
            {
                rows.Add(line.Split('\t'));
            }
        }

        return rows;
    }
}

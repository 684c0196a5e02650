using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using PostLint.Rules.Claims;
using PostLint.Rules.Tone;
using PostLint.Text;

namespace PostLint.Tests.Rules.Claims;

public class ClaimClassifierTests
{
    public static TheoryData<string, float> TrainingTimeScores()
    {
        var data = new TheoryData<string, float>();
        foreach (var entry in Lexicon.Load("models/claim-model-check.tsv"))
        {
            data.Add(entry.Term, float.Parse(entry.Column(0)!, CultureInfo.InvariantCulture));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(TrainingTimeScores))]
    public void Engine_reproduces_the_scores_ML_NET_gave_at_training_time(string text, float expected) =>
        ClaimClassifier.Score(text).Should().BeApproximately(expected, 1e-3f, "the exported half-precision weights must score as ML.NET did");

    [Theory]
    [InlineData("Stoom inademen doodt het virus in je longen.", "Het RIVM adviseert om thuis te blijven bij klachten.")]
    [InlineData("The jab is killing our elderly, they will all die.", "The clinic is closed on Monday for staff training.")]
    public void A_health_claim_scores_above_agency_advice_or_news(string claim, string benign) =>
        ClaimClassifier.Score(claim).Should().BeGreaterThan(ClaimClassifier.Score(benign) + 0.3f);

    [Fact]
    public void Shipped_model_is_small_and_has_a_threshold()
    {
        using var stream = typeof(ClaimClassifier).Assembly.GetManifestResourceStream("rules/" + ClaimClassifier.ModelPath);
        stream.Should().NotBeNull();
        stream!.Length.Should().BeLessThan(512 * 1024);
        ClaimClassifier.Model.Threshold.Should().BeInRange(0.5f, 0.99f);
        ClaimClassifier.Model.Magic.Should().Be(ClaimClassifier.Magic);
    }

    [Fact]
    public void A_tone_model_file_is_not_read_as_a_claim_model()
    {
        using var buffer = new MemoryStream();
        ToneClassifier.Model.Write(buffer);
        buffer.Position = 0;
        FluentActions.Invoking(() => LinearTextModel.Read(buffer, ClaimClassifier.Magic)).Should().Throw<InvalidDataException>().WithMessage("*PLCM*");
    }

    /// <summary>
    /// The rows of the sets written for PostLint that the trainer held out (20 % by a SHA-256 hash of the id, as
    /// <c>Example.IsHeldOut</c> in src/PostLint.Training computes it), scored by the shipped model: the floors are
    /// below the figures of the model card, so a retrained model that does worse on them fails here.
    /// </summary>
    [Theory]
    [InlineData("nl", 0.80, 0.40)]
    [InlineData("en", 0.65, 0.40)]
    public void Held_out_rows_keep_their_precision_and_recall(string language, double minPrecision, double minRecall)
    {
        var path = Path.Combine(RepositoryRoot.Path, "src", "PostLint.Training", "Data", $"claims-own.{language}.tsv");
        var rows = File.ReadLines(path).Skip(1).Select(l => l.Split('\t')).Where(c => IsHeldOut(c[0])).ToList();
        var scored = rows.Select(c => (Claim: c[3] == "claim", Fires: ClaimClassifier.IsClaim(c[2]))).ToList();
        var truePositives = scored.Count(s => s.Claim && s.Fires);
        var precision = (double)truePositives / scored.Count(s => s.Fires);
        var recall = (double)truePositives / scored.Count(s => s.Claim);

        rows.Count.Should().BeGreaterThan(60);
        precision.Should().BeGreaterThanOrEqualTo(minPrecision);
        recall.Should().BeGreaterThanOrEqualTo(minRecall);
    }

    private static bool IsHeldOut(string id) =>
        BitConverter.ToUInt32(SHA256.HashData(Encoding.UTF8.GetBytes("holdout|" + id)), 0) % 100 < 20;
}

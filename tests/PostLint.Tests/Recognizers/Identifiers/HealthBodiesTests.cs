using PostLint.Recognizers.Identifiers;
using PostLint.Text;

namespace PostLint.Tests.Recognizers.Identifiers;

/// <summary>The health-bodies lexicon and how its names and accounts are found.</summary>
public class HealthBodiesTests
{
    private const string Path = "lexicons/names/health-bodies.tsv";

    private static readonly string[] Kinds =
        ["agency", "ministry", "regulator", "research", "ggd", "umc", "hospital", "professional-body", "sector-body", "insurer", "patient-org", "charity", "media"];

    [Fact]
    public void Every_row_has_a_known_kind_and_country_and_handles_without_at_signs()
    {
        var rows = Lexicon.Load(Path);

        rows.Should().HaveCountGreaterThanOrEqualTo(200);
        rows.Select(r => r.Term).Should().OnlyHaveUniqueItems();
        rows.Should().OnlyContain(r => Kinds.Contains(r.Column(2)) && (r.Column(3) == "nl" || r.Column(3) == "be" || r.Column(3) == "int"));
        rows.Should().OnlyContain(r => r.Column(4) == null || r.Column(4) == "cs");
        rows.SelectMany(r => (r.Column(1) ?? string.Empty).Split('|', StringSplitOptions.RemoveEmptyEntries))
            .Should().OnlyContain(h => !h.Contains('@') && !h.Contains(' '));
    }

    [Fact]
    public void Lists_the_regional_public_health_services_and_the_university_medical_centres()
    {
        var rows = Lexicon.Load(Path);

        rows.Count(r => r.Column(2) == "ggd").Should().Be(26, "GGD GHOR Nederland and the 25 GGD regions");
        rows.Count(r => r.Column(2) == "umc" && r.Column(3) == "nl").Should().Be(8, "the seven UMCs and the Prinses Máxima Centrum");
    }

    [Theory]
    [InlineData("GGDHaaglanden", "GGD Haaglanden")]
    [InlineData("ggdkennemerland", "GGD Kennemerland")]
    [InlineData("GGDFryslan", "GGD Fryslân")]
    [InlineData("Lareb_nl", "Bijwerkingencentrum Lareb")]
    [InlineData("RIVMnl", "RIVM")]
    [InlineData("UZA_Antwerpen", "UZA")]
    [InlineData("MinVWS", "Ministerie van Volksgezondheid, Welzijn en Sport")]
    [InlineData("hln_be", "Het Laatste Nieuws")]
    [InlineData("ADnl", "Algemeen Dagblad")]
    public void Finds_the_organisation_of_a_listed_or_spelled_out_account(string handle, string organisation) =>
        HealthBodies.OrganisationOfHandle(handle).Should().Be(organisation);

    [Theory]
    [InlineData("lotte_b99")]
    [InlineData("mind_over_pain")]
    [InlineData("emma_runs")]
    [InlineData("jessa_smiles")]
    public void Leaves_other_accounts_alone(string handle) => HealthBodies.OrganisationOfHandle(handle).Should().BeNull();

    [Theory]
    [InlineData("Volgens het AD en Trouw is de SEH overvol.", "AD|Trouw")]
    [InlineData("Ad hoc overleg: trouw aan de afspraak gaan we naar de nos van de boot.", "")]
    [InlineData("Het Maxima Centrum en V & VN werken samen.", "Maxima Centrum|V & VN")]
    public void Names_and_abbreviations_count_as_listed_and_word_like_names_only_as_written(string text, string expected)
    {
        var found = HealthBodies.In(PostIndex.Of(text)).Select(m => text[m.Span.Start..m.Span.End]);

        found.Should().Equal(expected.Split('|', StringSplitOptions.RemoveEmptyEntries));
    }
}

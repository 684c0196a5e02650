using PostLint.Tests.Verification;

namespace PostLint.Tests.Rules.Claims;

public class OutsideFieldAnalyzerTests
{
    private static Func<Post, Post> As(string? role, string? specialty = null) =>
        p => p with { Author = new AuthorProfile(role, specialty, AccountKind.Professional) };

    [Theory]
    [InlineData("dermatologist", "{|PL5004:The MMR vaccine causes more harm than good.|}")]
    [InlineData("physiotherapist", "{|PL5004:Chemotherapie is nutteloos bij uitgezaaide kanker.|} Beweeg liever.")]
    [InlineData("dentist", "{|PL5004:Antidepressiva zijn gevaarlijk en overbodig.|}")]
    [InlineData("cardioloog", "{|PL5004:Bestraling maakt tumoren alleen maar agressiever, laat het maar zitten.|}")]
    [InlineData("physiotherapist", "{|PL5004:Antibiotics are useless for every infection.|}")]
    [InlineData("dermatologist", "{|PL5004:Chemotherapy kills more people than cancer does.|}")]
    public void Fires_on_claims_outside_the_role_specialty(string role, string markup) => Verify.Rule("PL5004", markup, As(role));

    [Fact]
    public void Declared_specialty_wins_over_the_role() =>
        Verify.Rule("PL5004", "{|PL5004:Statins cause dementia in older adults.|}", As("consultant", "dermatology"));

    [Theory]
    [InlineData("dermatologist", "Use SPF 30+ and see your GP if a mole changes.")]
    [InlineData("dermatologist", "I got my flu vaccine today at the staff clinic.")]
    [InlineData("cardiologist", "Nieuwe richtlijn hartfalen: start vroeg met SGLT2-remmers.")]
    [InlineData("cardiologist", "Griepprik voorkomt ernstige complicaties bij hartfalen.")]
    [InlineData("dermatologist", "Do vaccines cause autism? No: the evidence is clear (Cochrane 2021).")]
    [InlineData("physiotherapist", "Volgens de oncoloog helpt bewegen tijdens chemotherapie tegen vermoeidheid.")]
    [InlineData("gp", "Statins do more harm than good for a healthy 40-year-old with low risk.")]
    public void Is_silent_within_the_field_on_questions_sources_and_for_generalists(string role, string text) => Verify.Rule("PL5004", text, As(role));

    [Theory]
    [InlineData("nurse")]
    [InlineData("resident")]
    [InlineData(null)]
    public void Is_silent_without_a_known_specialty(string? role) =>
        Verify.Rule("PL5004", "The MMR vaccine causes more harm than good.", As(role));

    [Fact]
    public void Specialty_from_configuration_reaches_the_rule() =>
        Verify.Rule(
            "PL5004",
            "{|PL5004:The MMR vaccine causes more harm than good.|}",
            options: new PostLinterOptions { Author = new AuthorProfile(Specialty: "dermatology") });

    [Fact]
    public void Post_specialty_overrides_configuration() =>
        Verify.Rule(
            "PL5004",
            "The MMR vaccine causes more harm than good.",
            As(null, "paediatrics"),
            new PostLinterOptions { Author = new AuthorProfile(Specialty: "dermatology") });
}

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

    [Theory]
    [InlineData("dermatology", "{|PL5004:As a dermatologist I get asked about the MMR vaccine schedule a lot: the second dose can safely be skipped if the first went fine.|}")]
    [InlineData("physiotherapy", "{|PL5004:As a physio I'd say flu jabs are pointless for healthy adults, just skip them.|}")]
    [InlineData("dentistry", "{|PL5004:Als tandarts zeg ik: statines zijn pure geldverspilling, daar kun je prima mee stoppen.|}")]
    [InlineData("oncology", "{|PL5004:Whooping cough boosters in pregnancy are not necessary.|}")]
    [InlineData("psychology", "{|PL5004:Heartburn is caused by stress alone, so antacids won't help.|}")]
    [InlineData("cardiology", "{|PL5004:Arthritis is caused by gluten: ditch the bread and your knees will thank you.|}")]
    [InlineData("cardiology", "{|PL5004:Kinkhoest is onschuldig, de prik hoef je niet te halen.|}")]
    [InlineData("dentistry", "{|PL5004:As a dentist I can tell you the HPV jab is a waste of time for boys.|}")]
    [InlineData("paediatrics", "{|PL5004:Als kinderarts kan ik zeggen: statines zijn gif, stop ermee.|}")]
    public void Fires_on_english_and_dutch_claims_in_every_field(string specialty, string markup) => Verify.Rule("PL5004", markup, As("doctor", specialty));

    [Theory]
    [InlineData("dermatology", "Don't skip the second MMR dose: book it at your GP practice.")]
    [InlineData("dermatology", "Niet overslaan: de tweede BMR-prik bij 9 jaar.")]
    [InlineData("dentistry", "Daily flossing prevents heart disease.")]
    [InlineData("physiotherapy", "Strong shoulder muscles prevent falls after a heart attack.")]
    [InlineData("dermatology", "HPV causes most genital warts, and the HPV vaccine prevents them.")]
    public void Is_silent_on_advice_to_keep_to_treatment_and_at_the_interface_with_the_field(string specialty, string text) => Verify.Rule("PL5004", text, As("doctor", specialty));

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

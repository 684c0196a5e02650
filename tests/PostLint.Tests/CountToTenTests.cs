namespace PostLint.Tests;

public class CountToTenTests
{
    private static readonly PostLinter Linter = new();

    [Fact]
    public void Is_advised_in_Dutch_when_a_tone_rule_fires()
    {
        var verdict = Linter.Analyze(new Post("Meneer heeft weer de hele gang wakker gemaakt. Ik word er gek van.") { Language = PostLanguage.Dutch }).CountToTen;
        verdict.Advised.Should().BeTrue();
        verdict.Reasons.Should().ContainSingle().Which.Should().StartWith("Tel tot tien: 'Ik word er gek van' (PL4006)");
    }

    [Fact]
    public void Is_advised_in_English_with_one_reason_per_finding()
    {
        var verdict = Linter.Analyze(new Post("The gomer in bed 4 again. Sick of these people.") { Language = PostLanguage.English }).CountToTen;
        verdict.Advised.Should().BeTrue();
        verdict.Reasons.Should().HaveCount(2).And.OnlyContain(r => r.StartsWith("Count to ten: '", StringComparison.Ordinal));
        verdict.Reasons.Should().Contain(r => r.Contains("'gomer' (PL4002) mocks a patient", StringComparison.Ordinal));
    }

    [Fact]
    public void Long_spans_are_cut_in_the_reason()
    {
        var verdict = Linter.Analyze("PATIENTS WHO PRESS THE CALL BELL FOR A GLASS OF WATER WHILE I AM BUSY: GET IT YOURSELF!!!!").CountToTen;
        verdict.Reasons.Should().ContainSingle().Which.Should().Contain("…' (PL4004)");
    }

    [Theory]
    [InlineData("Dank aan alle collega's die de afgelopen feestdagen hebben gewerkt. Zonder jullie geen ziekenhuis!")]
    [InlineData("Know the signs of stroke: Face, Arms, Speech, Time to call 999.")]
    public void Is_not_advised_for_a_friendly_post(string text)
    {
        var verdict = Linter.Analyze(text).CountToTen;
        verdict.Advised.Should().BeFalse();
        verdict.Reasons.Should().BeEmpty();
    }

    [Fact]
    public void Is_not_advised_when_the_tone_rules_are_switched_off()
    {
        var off = new PostLinter(new PostLinterOptions
        {
            RuleSeverities = new[] { "PL4001", "PL4002", "PL4003", "PL4004", "PL4005", "PL4006" }.ToDictionary(id => id, _ => (Diagnostics.DiagnosticSeverity?)null),
        });
        off.Analyze("Die klootzak weer. Ik word er gek van.").CountToTen.Advised.Should().BeFalse();
    }

    [Theory]
    [InlineData("Mevrouw Jansen op kamer 12 vroeg of haar dochter kon bellen: 06-51234567.", PostLanguage.Dutch, "wijzen samen één persoon aan")]
    [InlineData("Mr Peters in bed 4 asked us to email his son at tom.peters88@gmail.com.", PostLanguage.English, "together point at one person")]
    public void Is_advised_when_several_kinds_of_direct_identifier_meet(string text, PostLanguage language, string reason)
    {
        var result = Linter.Analyze(new Post(text) { Language = language });
        result.Diagnostics.Where(d => d.Category == Diagnostics.DiagnosticCategory.Privacy).Select(d => d.Id).Distinct().Should().HaveCountGreaterThan(1);
        result.Diagnostics.Should().NotContain(d => d.Severity == Diagnostics.DiagnosticSeverity.Error);
        result.CountToTen.Advised.Should().BeTrue();
        result.CountToTen.Reasons.Should().ContainSingle().Which.Should().Contain(reason);
    }

    [Theory]
    [InlineData("Vragen over de griepprik? Bel de praktijk op 020-7654321 of mail naar assistente@huisartsenpraktijk-zuid.nl.")]
    [InlineData("Congratulations to Dr Sarah Khan, our new head of cardiology! Reach her team at cardiology@nhs.net.")]
    [InlineData("Mevrouw Jansen was vandaag jarig, de hele afdeling zong voor haar.")]
    public void Is_not_advised_for_public_contacts_or_a_single_kind_of_identifier(string text)
    {
        var result = Linter.Analyze(text);
        result.Diagnostics.Where(d => d.Category == Diagnostics.DiagnosticCategory.Privacy).Select(d => d.Id).Distinct().Should().HaveCountLessThan(2);
        result.CountToTen.Advised.Should().BeFalse();
    }
}

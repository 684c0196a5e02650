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
}

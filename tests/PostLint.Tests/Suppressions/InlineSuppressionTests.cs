using PostLint.Diagnostics;
using PostLint.Tests.Verification;

namespace PostLint.Tests.Suppressions;

/// <summary>Inline directives suppress one rule on one line, with a reason; the engine applies them after the analyzers.</summary>
public class InlineSuppressionTests
{
    private static readonly PostLinter Linter = new();

    [Fact]
    public void Markdown_directive_suppresses_its_rule_on_the_next_line_only()
    {
        Verify.Rule("PL1001",
            "<!-- postlint-disable-next-line PL1001: Mrs Thompson asked to be thanked by name -->\n" +
            "Shoutout to Mrs Margaret Thompson who taught half the ward to knit.\n" +
            "Thank you {|PL1001:Doris Evans|} for your lovely letter about your stay on our stroke unit.",
            p => p with { Language = PostLanguage.English });
    }

    [Fact]
    public void Text_directive_suppresses_its_rule_on_its_own_line()
    {
        Verify.Rule("PL1003",
            "Mail de dochter van mevrouw via els.jansen1962@gmail.com voor het bezoek. postlint-disable-line PL1003: dit is het adres van de praktijk\n" +
            "Of via {|PL1003:tom_r+nhs@outlook.co.uk|}.");
    }

    [Fact]
    public void Directive_leaves_other_rules_on_its_line_alone()
    {
        var result = Linter.Analyze(
            "<!-- postlint-disable-next-line PL1009: the room number is made up for the example -->\n" +
            "Vandaag afscheid genomen van mevrouw Jansen op kamer 12.");

        result.Diagnostics.Select(d => d.Id).Should().Contain("PL1001").And.NotContain("PL1009").And.NotContain("PL0003");
    }

    [Fact]
    public void Several_ids_in_one_directive()
    {
        var result = Linter.Analyze(
            "<!-- postlint-disable-next-line PL1001, PL1009: fictional patient in a training post -->\n" +
            "Vandaag afscheid genomen van mevrouw Jansen op kamer 12.");

        result.Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void A_name_in_the_reason_is_not_reported()
    {
        var result = Linter.Analyze(
            "<!-- postlint-disable-next-line PL1001: mevrouw Jansen gaf toestemming, mail els.jansen1962@gmail.com -->\n" +
            "Vandaag afscheid genomen van mevrouw Jansen.");

        result.Diagnostics.Should().BeEmpty();
    }

    [Theory]
    [InlineData("<!-- postlint-disable-next-line PL1003: practice mailbox -->\nFijne feestdagen allemaal!", "suppresses nothing")]
    [InlineData("Fijne feestdagen allemaal! postlint-disable-line PL4004: not shouting", "suppresses nothing")]
    [InlineData("<!-- postlint-disable-next-line PL1001 -->\nVandaag afscheid genomen van mevrouw Jansen.", "a reason is required")]
    [InlineData("<!-- postlint-disable-next-line pl1001: patient agreed -->\nVandaag afscheid genomen van mevrouw Jansen.", "did you mean PL1001?")]
    [InlineData("<!-- postlint-disable-next-line PL1010: patient agreed -->\nVandaag afscheid genomen van mevrouw Jansen.", "suppresses nothing")]
    [InlineData("<!-- postlint-disable-next-line : patient agreed -->\nVandaag afscheid genomen van mevrouw Jansen.", "names no rule ID")]
    public void A_directive_that_suppresses_nothing_is_an_info_at_the_directive(string text, string message)
    {
        var result = Linter.Analyze(new Post(text) { Language = PostLanguage.English });

        var note = result.Diagnostics.Should().ContainSingle(d => d.Id == "PL0003").Subject;
        note.Severity.Should().Be(DiagnosticSeverity.Info);
        note.Message.Should().Contain(message);
        note.Text.Should().Contain("postlint-disable").And.NotContain("\n");
    }

    [Fact]
    public void An_unusable_directive_does_not_suppress()
    {
        var result = Linter.Analyze("<!-- postlint-disable-next-line pl1001: patient agreed -->\nVandaag afscheid genomen van mevrouw Jansen.");

        result.Diagnostics.Select(d => d.Id).Should().BeEquivalentTo(new[] { "PL0003", "PL1001" });
    }

    [Fact]
    public void Words_that_only_mention_the_directive_are_no_directive()
    {
        var result = Linter.Analyze("Tip for the team wiki: our postlint-disable-line comments need a reason\nand postlint-disable-next-line works in Markdown.");

        result.Diagnostics.Should().NotContain(d => d.Id == "PL0003");
    }

    [Fact]
    public void Front_matter_suppression_that_hides_nothing_is_reported_once()
    {
        var post = new Post("Fijne feestdagen allemaal!") { Suppressions = [new Suppression("PL1003", "practice mailbox")] };

        var note = Linter.Analyze(post).Diagnostics.Should().ContainSingle().Subject;

        note.Id.Should().Be("PL0003");
        note.Message.Should().Contain("PL1003");
    }

    [Fact]
    public void Front_matter_suppression_that_hides_a_finding_is_silent()
    {
        var post = new Post("Mail de dochter van mevrouw via els.jansen1962@gmail.com voor het bezoek.")
        {
            Suppressions = [new Suppression("PL1003", "the daughter asked us to share it")],
        };

        Linter.Analyze(post).Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void Suppressing_a_rule_the_configuration_switched_off_is_not_reported()
    {
        var linter = new PostLinter(new PostLinterOptions { RuleSeverities = new Dictionary<string, DiagnosticSeverity?> { ["PL1003"] = null } });
        var post = new Post("Fijne feestdagen! postlint-disable-line PL1003: practice mailbox") { Suppressions = [new Suppression("PL1003", "mailbox")] };

        linter.Analyze(post).Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void Pl0003_can_be_switched_off()
    {
        var linter = new PostLinter(new PostLinterOptions { RuleSeverities = new Dictionary<string, DiagnosticSeverity?> { ["PL0003"] = null } });

        linter.Analyze("Fijne feestdagen! postlint-disable-line PL1003: practice mailbox").Diagnostics.Should().BeEmpty();
    }
}

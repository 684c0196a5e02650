using PostLint.Configuration;
using PostLint.Diagnostics;

namespace PostLint.Tests.Configuration;

public class ConfigurationLoaderTests
{
    private static readonly ConfigurationLoader Loader = new(new PostLinter().SupportedDiagnostics.Select(d => d.Id));

    [Fact]
    public void Reads_every_documented_key()
    {
        var configuration = Loader.Parse(
            """
            language: nl
            author:
              role: gp
              specialty: dermatology
              account: private
            rules:
              PL1003: error
              PL1002: none
            reidentification:
              warningBelow: 20
              errorBelow: 3
              catchment: 250_000
            codenames:
              - Project Nachtegaal
              - Zwaluw
            """,
            ".postlint.yml");

        configuration.Language.Should().Be(PostLanguage.Dutch);
        var options = configuration.Options;
        options.Author.Should().Be(new AuthorProfile("gp", "dermatology", AccountKind.Private));
        options.RuleSeverities.Should().Contain("PL1003", DiagnosticSeverity.Error);
        options.RuleSeverities.Should().ContainKey("PL1002").WhoseValue.Should().BeNull();
        options.Reidentification.Should().Be(new ReidentificationOptions { WarningBelow = 20, ErrorBelow = 3, Catchment = 250_000 });
        options.Codenames.Should().Equal("Project Nachtegaal", "Zwaluw");
    }

    [Fact]
    public void Severity_override_reaches_the_linter()
    {
        var options = Loader.Parse("rules:\n  PL1003: error\n", "x.yml").Options;

        var result = new PostLinter(options).Analyze("Mail els.jansen1962@gmail.com voor info.");

        result.Diagnostics.Should().ContainSingle(d => d.Id == "PL1003").Which.Severity.Should().Be(DiagnosticSeverity.Error);
    }

    [Fact]
    public void Empty_file_is_the_defaults()
    {
        var configuration = Loader.Parse("# nothing configured yet\n", "x.yml");

        configuration.Options.RuleSeverities.Should().BeEmpty();
        configuration.Language.Should().Be(PostLanguage.Auto);
    }

    [Theory]
    [InlineData("langauge: nl\n", 1, "unknown key 'langauge' in the configuration; expected one of: language, author, rules")]
    [InlineData("rules:\n  PL1030: error\n", 2, "unknown rule ID 'PL1030' under rules (did you mean PL1003 or PL1010?)")]
    [InlineData("rules:\n  pl1003: error\n", 2, "rule ID 'pl1003' under rules must be written in capitals (did you mean PL1003?)")]
    [InlineData("rules:\n  PL1003: loud\n", 2, "rules.PL1003 must be error, warning, info or none, not 'loud'")]
    [InlineData("author:\n  role: gp\n  acount: private\n", 3, "unknown key 'acount' in author; expected one of: role, specialty, account")]
    [InlineData("author:\n  account: secret\n", 2, "author.account must be 'professional' or 'private'")]
    [InlineData("reidentification:\n  warningBelow: many\n", 2, "reidentification.warningBelow must be a number")]
    [InlineData("reidentification:\n  warningBelow: 2\n  errorBelow: 5\n", 2, "errorBelow (5) must not exceed warningBelow (2)")]
    [InlineData("language: fr\n", 1, "language must be 'nl', 'en' or 'auto'")]
    [InlineData("rules: [PL1003]\n", 1, "rules must be a mapping")]
    [InlineData("- just\n- a list\n", 1, "the configuration must be a mapping")]
    public void Mistakes_name_the_file_line_and_what_was_expected(string yaml, int line, string expected)
    {
        var act = () => Loader.Parse(yaml, "team/.postlint.yml");

        var error = act.Should().Throw<ConfigurationException>().Which;
        error.Path.Should().Be("team/.postlint.yml");
        error.Line.Should().Be(line);
        error.Message.Should().StartWith($"team/.postlint.yml:{line}:").And.Contain(expected);
    }

    [Theory]
    [InlineData("rules:\n\tPL1003: error\n", 2, 1)]
    [InlineData("language: nl\nrules:\n  PL1003: error\n\tPL4004: none\n", 4, 1)]
    public void A_tab_in_the_indentation_is_reported_at_the_tab(string yaml, int line, int column)
    {
        var act = () => Loader.Parse(yaml, ".postlint.yml");

        var error = act.Should().Throw<ConfigurationException>().Which;
        (error.Line, error.Column).Should().Be((line, column));
        error.Reason.Should().Contain("tab");
    }

    [Fact]
    public void A_tab_inside_a_value_is_no_indentation_error() =>
        Loader.Parse("codenames:\n  - \"Project\tNachtegaal\"\n", ".postlint.yml").Options.Codenames.Should().ContainSingle();

    [Fact]
    public void Broken_yaml_reports_where_the_parser_stopped()
    {
        var act = () => Loader.Parse("rules:\n  PL1003: error\n author: [unclosed\n", ".postlint.yml");

        var error = act.Should().Throw<ConfigurationException>().Which;
        error.Line.Should().Be(3);
        error.Reason.Should().StartWith("invalid YAML: ").And.NotContain("Idx:");
    }

    [Fact]
    public void Missing_file_is_a_configuration_error()
    {
        var act = () => Loader.Load(Path.Combine(Path.GetTempPath(), "no-such-dir", ".postlint.yml"), "cfg.yml");

        act.Should().Throw<ConfigurationException>().WithMessage("cfg.yml: configuration file not found");
    }
}

using PostLint.Cli.Tests.Infrastructure;

namespace PostLint.Cli.Tests.Check;

/// <summary>`.postlint.yml` found by walking up from each post, or named with --config; its errors exit 2.</summary>
public sealed class ConfigurationTests : IDisposable
{
    private const string Finding = "Mail els.jansen1962@gmail.com even.";

    private readonly Workspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void Nearest_configuration_sets_severities_per_directory()
    {
        _workspace.Write(".postlint.yml", "rules:\n  PL1003: error\n");
        _workspace.Write("team/.postlint.yml", "rules:\n  PL1003: info\n");
        _workspace.Write("root.txt", Finding);
        _workspace.Write("team/post.txt", Finding);

        var run = _workspace.Run("check", "--format", "json", ".");

        var severities = run.Json.GetProperty("posts").EnumerateArray()
            .ToDictionary(p => p.GetProperty("source").GetString()!, p => p.GetProperty("diagnostics")[0].GetProperty("severity").GetString());
        severities.Should().Equal(new Dictionary<string, string?> { ["root.txt"] = "error", ["team/post.txt"] = "info" });
    }

    [Fact]
    public void Rule_set_to_none_is_silent()
    {
        _workspace.Write(".postlint.yml", "rules:\n  PL1003: none\n");
        _workspace.Write("post.txt", Finding);

        _workspace.Run("check", "post.txt").ExitCode.Should().Be(0);
    }

    [Fact]
    public void Explicit_config_wins_over_the_nearest_file()
    {
        _workspace.Write(".postlint.yml", "rules:\n  PL1003: none\n");
        _workspace.Write("ci/strict.yml", "rules:\n  PL1003: error\n");
        _workspace.Write("post.txt", Finding);

        var run = _workspace.Run("check", "--config", "ci/strict.yml", "--fail-on", "error", "post.txt");

        run.ExitCode.Should().Be(1);
    }

    [Fact]
    public void Configured_language_applies_to_posts_that_do_not_state_one()
    {
        _workspace.Write(".postlint.yml", "language: en\n");
        _workspace.Write("post.txt", "Mail els.jansen1962@gmail.com voor de afspraak van morgen.");

        var run = _workspace.Run("check", "--format", "json", "post.txt");

        run.Json.GetProperty("posts")[0].GetProperty("language").GetString().Should().Be("en");
    }

    [Theory]
    [InlineData("rules:\n  PL1003: error\n  oops\n", ".postlint.yml:3:")]
    [InlineData("rules: {PL1003: error\n", ".postlint.yml:2:")]
    public void Broken_yaml_exits_2_with_file_and_line(string yaml, string location)
    {
        _workspace.Write(".postlint.yml", yaml);
        _workspace.Write("post.txt", Finding);

        var run = _workspace.Run("check", "post.txt");

        run.ExitCode.Should().Be(ExitCodes.UsageError);
        run.Stderr.Should().StartWith("postlint: " + location).And.Contain("invalid YAML");
        run.Stderr.Trim().Split('\n').Should().ContainSingle("one line, no stack trace");
    }

    [Fact]
    public void Unknown_key_exits_2_with_file_line_and_expected_keys()
    {
        _workspace.Write("team/.postlint.yml", "language: nl\nseverity: high\n");
        _workspace.Write("team/post.txt", Finding);

        var run = _workspace.Run("check", "team");

        run.ExitCode.Should().Be(ExitCodes.UsageError);
        run.Stderr.Trim().Should().Be("postlint: team/.postlint.yml:2:1: unknown key 'severity' in the configuration; expected one of: language, author, rules, reidentification, codenames, packs, plugins");
    }

    [Fact]
    public void Unknown_rule_id_exits_2_with_file_and_line()
    {
        _workspace.Write(".postlint.yml", "rules:\n  PL1003: error\n  PL9999: warning\n");
        _workspace.Write("post.txt", Finding);

        var run = _workspace.Run("check", "post.txt");

        run.ExitCode.Should().Be(ExitCodes.UsageError);
        run.Stderr.Should().StartWith("postlint: .postlint.yml:3:3: unknown rule ID 'PL9999'");
    }

    [Fact]
    public void Bad_severity_exits_2()
    {
        _workspace.Write(".postlint.yml", "rules:\n  PL1003: critical\n");
        _workspace.Write("post.txt", Finding);

        var run = _workspace.Run("check", "post.txt");

        run.ExitCode.Should().Be(ExitCodes.UsageError);
        run.Stderr.Should().Contain(".postlint.yml:2:11: rules.PL1003 must be error, warning, info or none, not 'critical'");
    }

    [Fact]
    public void Missing_explicit_config_exits_2()
    {
        _workspace.Write("post.txt", Finding);

        var run = _workspace.Run("check", "--config", "nope.yml", "post.txt");

        run.ExitCode.Should().Be(ExitCodes.UsageError);
        run.Stderr.Trim().Should().Be("postlint: nope.yml: configuration file not found");
    }
}

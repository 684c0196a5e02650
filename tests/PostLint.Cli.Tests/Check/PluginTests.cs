using System.Reflection;
using PostLint.Cli.Tests.Infrastructure;

namespace PostLint.Cli.Tests.Check;

/// <summary>
/// The sample plugin samples/plugins/HospitalRules, built with this test project, loaded through a .postlint.yml's
/// <c>plugins:</c> entry: its rule HOSP0001 is checked, configured, listed and explained like a built-in one.
/// </summary>
public sealed class PluginTests : IDisposable
{
    private const string Post = "Vragen? Bel gerust toestel 4321 op de afdeling.\n";

    private static readonly string HospitalRules = typeof(PluginTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "HospitalRulesPath").Value!;

    private readonly Workspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    // The path as a user writes it: relative to the directory of the configuration file.
    private string PluginEntry(string configDirectory = "") =>
        Path.GetRelativePath(Path.Combine(_workspace.Root, configDirectory), HospitalRules).Replace('\\', '/');

    [Fact]
    public void Check_reports_the_plugin_rule_with_its_span()
    {
        _workspace.Write("team/.postlint.yml", $"plugins:\n  - {PluginEntry("team")}\n");
        _workspace.Write("team/post.txt", Post);

        var run = _workspace.Run("check", "--format", "json", "team/post.txt");

        run.ExitCode.Should().Be(1, "HOSP0001 is a warning and --fail-on defaults to warning");
        var diagnostic = run.Json.GetProperty("posts")[0].GetProperty("diagnostics").EnumerateArray()
            .Single(d => d.GetProperty("id").GetString() == "HOSP0001");
        diagnostic.GetProperty("category").GetString().Should().Be("Confidentiality");
        diagnostic.GetProperty("severity").GetString().Should().Be("warning");
        diagnostic.GetProperty("text").GetString().Should().Be("toestel 4321");
        diagnostic.GetProperty("start").GetInt32().Should().Be(19);
        diagnostic.GetProperty("end").GetInt32().Should().Be(31);
        diagnostic.GetProperty("column").GetInt32().Should().Be(20);
    }

    [Fact]
    public void Severity_override_changes_the_severity_and_the_exit_code()
    {
        _workspace.Write("post.txt", Post);
        _workspace.Write(".postlint.yml", $"plugins:\n  - {PluginEntry()}\n");
        _workspace.Run("check", "--fail-on", "error", "post.txt").ExitCode.Should().Be(0, "a warning does not fail --fail-on error");

        _workspace.Write(".postlint.yml", $"rules:\n  HOSP0001: error\nplugins:\n  - {PluginEntry()}\n");
        var run = _workspace.Run("check", "--fail-on", "error", "--format", "json", "post.txt");

        run.ExitCode.Should().Be(1);
        run.Json.GetProperty("posts")[0].GetProperty("diagnostics")[0].GetProperty("severity").GetString().Should().Be("error");
    }

    [Fact]
    public void Front_matter_may_switch_off_the_plugin_rule()
    {
        _workspace.Write(".postlint.yml", $"plugins:\n  - {PluginEntry()}\n");
        _workspace.Write("post.md", "---\npostlint:\n  disable: [HOSP0001]\n  reason: the public number of the outpatient clinic\n---\n" + Post);

        var run = _workspace.Run("check", "--format", "json", "post.md");

        run.Stderr.Should().BeEmpty();
        run.ExitCode.Should().Be(0);
    }

    [Fact]
    public void Rules_lists_the_plugin_rule()
    {
        _workspace.Write(".postlint.yml", $"plugins:\n  - {PluginEntry()}\n");

        var run = _workspace.Run("rules", "--format", "json");

        run.ExitCode.Should().Be(0);
        var rule = run.Json.GetProperty("rules").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "HOSP0001");
        rule.GetProperty("category").GetString().Should().Be("Confidentiality");
        rule.GetProperty("defaultSeverity").GetString().Should().Be("warning");
        rule.GetProperty("title").GetString().Should().Be("Internal phone extension");
    }

    [Fact]
    public void Rules_and_explain_take_an_explicit_config()
    {
        _workspace.Write("ci/hospital.yml", $"plugins:\n  - {PluginEntry("ci")}\n");

        _workspace.Run("rules").Stdout.Should().NotContain("HOSP0001", "no configuration here loads the plugin");
        _workspace.Run("rules", "--config", "ci/hospital.yml").Stdout.Split('\n').Should().ContainMatch("HOSP0001 *Confidentiality *warning *Internal phone extension");
        _workspace.Run("explain", "-c", "ci/hospital.yml", "hosp0001").ExitCode.Should().Be(0);
    }

    [Fact]
    public void Explain_prints_the_plugin_rules_summary()
    {
        _workspace.Write(".postlint.yml", $"plugins:\n  - {PluginEntry()}\n");

        var run = _workspace.Run("explain", "HOSP0001");

        run.ExitCode.Should().Be(0);
        run.Stdout.Should().StartWith("# HOSP0001: Internal phone extension").And.Contain("Category: Confidentiality").And.Contain("past the switchboard");
    }

    [Theory]
    [InlineData("plugins/missing.dll", null, "file not found")]
    [InlineData("plugins/notes.dll", "not an assembly", "not a .NET assembly")]
    public void Unusable_plugin_exits_2_with_one_line_naming_the_file_and_line(string plugin, string? content, string reason)
    {
        if (content is not null)
        {
            _workspace.Write(plugin, content);
        }

        _workspace.Write(".postlint.yml", $"language: nl\nplugins:\n  - {plugin}\n");
        _workspace.Write("post.txt", Post);

        var run = _workspace.Run("check", "post.txt");

        run.ExitCode.Should().Be(ExitCodes.UsageError);
        run.Stderr.TrimEnd().Should().Be($"postlint: .postlint.yml:3:5: plugin '{plugin}': {reason}");
    }
}

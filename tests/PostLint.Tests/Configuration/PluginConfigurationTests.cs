using HospitalRules;
using PostLint.Configuration;
using PostLint.Diagnostics;

namespace PostLint.Tests.Configuration;

/// <summary>The <c>plugins:</c> key: paths relative to the configuration file, whose rules <c>rules:</c> may then name.</summary>
public class PluginConfigurationTests
{
    private static readonly string[] BuiltInIds = [.. new PostLinter().SupportedDiagnostics.Select(d => d.Id)];

    private static readonly string PluginDirectory = Path.GetDirectoryName(typeof(InternalExtensionAnalyzer).Assembly.Location)!;

    [Fact]
    public void Plugin_rules_take_severities_even_when_rules_come_first()
    {
        var configuration = new ConfigurationLoader(BuiltInIds).Parse("rules:\n  HOSP0001: error\nplugins:\n  - HospitalRules.dll\n", ".postlint.yml", PluginDirectory);

        configuration.Options.AdditionalAnalyzers.Should().ContainSingle().Which.SupportedDiagnostics.Single().Id.Should().Be("HOSP0001");
        configuration.Options.RuleSeverities.Should().Contain("HOSP0001", DiagnosticSeverity.Error);
    }

    [Fact]
    public void Plugin_rule_ids_are_unknown_without_the_plugin()
    {
        var parse = () => new ConfigurationLoader(BuiltInIds).Parse("rules:\n  HOSP0001: error\n", ".postlint.yml", PluginDirectory);

        parse.Should().Throw<ConfigurationException>().Which.Message.Should().StartWith(".postlint.yml:2:3: unknown rule ID 'HOSP0001' under rules");
    }

    [Fact]
    public void Unusable_plugin_is_an_error_at_its_line()
    {
        var parse = () => new ConfigurationLoader(BuiltInIds).Parse("language: nl\nplugins:\n  - rules/missing.dll\n", "team/.postlint.yml", PluginDirectory);

        parse.Should().Throw<ConfigurationException>().Which.Message.Should().Be("team/.postlint.yml:3:5: plugin 'rules/missing.dll': file not found");
    }

    [Fact]
    public void Plugin_rule_id_taken_by_a_known_rule_is_an_error()
    {
        var parse = () => new ConfigurationLoader([.. BuiltInIds, "HOSP0001"]).Parse("plugins: [HospitalRules.dll]\n", ".postlint.yml", PluginDirectory);

        parse.Should().Throw<ConfigurationException>().Which.Reason.Should().Be("plugin 'HospitalRules.dll': rule ID HOSP0001 is already taken by a built-in rule");
    }

    [Fact]
    public void Two_plugins_with_one_rule_id_are_an_error_at_the_second()
    {
        var copy = Path.Combine(PluginDirectory, "..", Path.GetFileName(PluginDirectory), "HospitalRules.dll");
        var parse = () => new ConfigurationLoader(BuiltInIds).Parse($"plugins:\n  - HospitalRules.dll\n  - {copy}\n", ".postlint.yml", PluginDirectory);

        parse.Should().Throw<ConfigurationException>().Which.Message.Should()
            .Be($".postlint.yml:3:5: plugin '{copy}': rule ID HOSP0001 is already defined by plugin 'HospitalRules.dll'");
    }
}

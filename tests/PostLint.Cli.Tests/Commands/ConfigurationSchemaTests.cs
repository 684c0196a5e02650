using System.Text.Json;
using System.Text.RegularExpressions;
using PostLint.Cli.Tests.Infrastructure;
using PostLint.Configuration;

namespace PostLint.Cli.Tests.Commands;

/// <summary>The published JSON Schema of .postlint.yml is what the generator makes from the rule catalog.</summary>
public sealed class ConfigurationSchemaTests
{
    [Fact]
    public void Committed_schema_matches_the_generator()
    {
        var committed = File.ReadAllText(Repository.Path("schema/postlint.schema.json"));

        var generated = new TestConsole(Repository.Root);
        CliApplication.Run(["schema"], generated).Should().Be(ExitCodes.Clean);

        generated.Out.ToString().Should().Be(committed, "regenerate it with: dotnet run --project src/PostLint.Cli -- schema --output schema/postlint.schema.json");
    }

    [Fact]
    public void Every_rule_id_is_enumerated_for_completion_and_fits_the_pattern()
    {
        using var schema = JsonDocument.Parse(ConfigurationSchema.Generate(new PostLinter().SupportedDiagnostics));
        var rules = schema.RootElement.GetProperty("properties").GetProperty("rules");

        var ids = rules.GetProperty("properties").EnumerateObject().Select(p => p.Name).ToList();

        ids.Should().Equal(new PostLinter().SupportedDiagnostics.Select(d => d.Id).Order(StringComparer.Ordinal));
        ids.Should().AllSatisfy(id => Regex.IsMatch(id, ConfigurationSchema.RuleIdPattern).Should().BeTrue(id));
        rules.GetProperty("patternProperties").EnumerateObject().Single().Name.Should().Be(ConfigurationSchema.RuleIdPattern);
        Regex.IsMatch("HOSP0001", ConfigurationSchema.RuleIdPattern).Should().BeTrue("a rule pack's IDs are allowed too");
        Regex.IsMatch("PL103", ConfigurationSchema.RuleIdPattern).Should().BeFalse();
    }

    [Fact]
    public void Top_level_keys_are_the_ones_the_loader_accepts()
    {
        using var schema = JsonDocument.Parse(ConfigurationSchema.Generate(new PostLinter().SupportedDiagnostics));
        var keys = schema.RootElement.GetProperty("properties").EnumerateObject().Select(p => p.Name).ToList();
        var loader = new ConfigurationLoader(new PostLinter().SupportedDiagnostics.Select(d => d.Id));

        var unknown = () => loader.Parse("severity: error\n", ".postlint.yml");
        unknown.Should().Throw<ConfigurationException>().Which.Message.Should().EndWith("expected one of: " + string.Join(", ", keys));
    }
}

using PostLint.Cli.Tests.Infrastructure;

namespace PostLint.Cli.Tests.Commands;

public sealed class RulesCommandTests : IDisposable
{
    private readonly Workspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void Table_lists_every_rule_with_category_severity_and_title()
    {
        var run = _workspace.Run("rules");

        run.ExitCode.Should().Be(0);
        var lines = run.Stdout.TrimEnd().Split('\n');
        lines[0].Should().MatchRegex(@"^ID\s+Category\s+Default\s+Title$");
        lines.Should().Contain(l => l.StartsWith("PL0001 ", StringComparison.Ordinal));
        lines.Should().ContainMatch("PL1003 *Privacy *warning *Personal e-mail address");
        lines.Should().HaveCount(new PostLinter().SupportedDiagnostics.Count + 1);
    }

    [Fact]
    public void Json_lists_the_same_rules()
    {
        var run = _workspace.Run("rules", "--format", "json");

        var rules = run.Json.GetProperty("rules").EnumerateArray().ToList();
        rules.Select(r => r.GetProperty("id").GetString()).Should().Equal(new PostLinter().SupportedDiagnostics.Select(d => d.Id));
        var email = rules.Single(r => r.GetProperty("id").GetString() == "PL1003");
        email.GetProperty("category").GetString().Should().Be("Privacy");
        email.GetProperty("defaultSeverity").GetString().Should().Be("warning");
        email.GetProperty("title").GetString().Should().Be("Personal e-mail address");
    }
}

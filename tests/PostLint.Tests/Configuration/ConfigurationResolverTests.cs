using PostLint.Configuration;
using PostLint.Diagnostics;

namespace PostLint.Tests.Configuration;

public sealed class ConfigurationResolverTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("postlint-config-").FullName;
    private readonly ConfigurationLoader _loader = new(new PostLinter().SupportedDiagnostics.Select(d => d.Id));

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Nearest_file_walking_up_wins()
    {
        Write(".postlint.yml", "rules:\n  PL1003: error\n");
        Write("team/.postlint.yml", "rules:\n  PL1003: info\n");
        Directory.CreateDirectory(Path.Combine(_root, "team", "drafts", "week1"));
        Directory.CreateDirectory(Path.Combine(_root, "other"));
        var resolver = new ConfigurationResolver(_loader, _root);

        Severity(resolver.ForDirectory(Path.Combine(_root, "team", "drafts", "week1"))).Should().Be(DiagnosticSeverity.Info);
        Severity(resolver.ForDirectory(Path.Combine(_root, "other"))).Should().Be(DiagnosticSeverity.Error);
    }

    [Fact]
    public void Explicit_file_applies_everywhere()
    {
        Write("team/.postlint.yml", "rules:\n  PL1003: info\n");
        Write("ci.yml", "rules:\n  PL1003: error\n");
        var resolver = new ConfigurationResolver(_loader, _root, "ci.yml");

        Severity(resolver.ForDirectory(Path.Combine(_root, "team"))).Should().Be(DiagnosticSeverity.Error);
    }

    [Fact]
    public void Errors_name_the_file_relative_to_the_base_directory()
    {
        Write("team/.postlint.yml", "rulez: {}\n");
        var resolver = new ConfigurationResolver(_loader, _root);

        var act = () => resolver.ForDirectory(Path.Combine(_root, "team"));

        act.Should().Throw<ConfigurationException>().Which.Message.Should().StartWith($"team{Path.DirectorySeparatorChar}.postlint.yml:1:1: unknown key 'rulez'");
    }

    private static DiagnosticSeverity? Severity(PostLintConfiguration configuration) =>
        configuration.Options.RuleSeverities.GetValueOrDefault("PL1003");

    private void Write(string relative, string content)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }
}

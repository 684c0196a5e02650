using System.Runtime.Loader;
using HospitalRules;
using PostLint.Analysis;
using PostLint.Configuration;
using PostLint.Diagnostics;

namespace PostLint.Tests.Configuration;

/// <summary>Plugin assemblies load into their own context on the host's PostLint, or fail with a one-line reason.</summary>
public sealed class PluginLoaderTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("postlint-plugins-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Loads_the_sample_into_its_own_context_on_the_hosts_analyzer_type()
    {
        var analyzers = PluginLoader.Load(typeof(InternalExtensionAnalyzer).Assembly.Location);

        var analyzer = analyzers.Should().ContainSingle().Subject;
        analyzer.Should().BeAssignableTo<DiagnosticAnalyzer>("the plugin's PostLint.Core is the host's");
        analyzer.GetType().Should().NotBe<InternalExtensionAnalyzer>("the plugin has its own load context");
        AssemblyLoadContext.GetLoadContext(analyzer.GetType().Assembly).Should().NotBe(AssemblyLoadContext.Default);
        analyzer.SupportedDiagnostics.Select(d => d.Id).Should().Equal("HOSP0001");
    }

    [Fact]
    public void Missing_file_is_refused() =>
        Reason(() => PluginLoader.Load(Path.Combine(_directory, "missing.dll"))).Should().Be("file not found");

    [Fact]
    public void File_that_is_no_assembly_is_refused()
    {
        var path = Path.Combine(_directory, "notes.dll");
        File.WriteAllText(path, "not an assembly");

        Reason(() => PluginLoader.Load(path)).Should().Be("not a .NET assembly");
    }

    [Fact]
    public void Assembly_without_analyzers_is_refused() =>
        Reason(() => PluginLoader.Load(typeof(Assert).Assembly.Location)).Should().Be("no public DiagnosticAnalyzer with a public parameterless constructor found");

    [Fact]
    public void Abstract_and_constructorless_analyzers_are_not_instantiated() =>
        Reason(() => PluginLoader.CreateAnalyzers([typeof(AbstractAnalyzer), typeof(NeedsArgumentAnalyzer), typeof(string)]))
            .Should().StartWith("no public DiagnosticAnalyzer");

    [Fact]
    public void Constructor_that_throws_is_refused() =>
        Reason(() => PluginLoader.CreateAnalyzers([typeof(ThrowingAnalyzer)]))
            .Should().Be($"the constructor of {typeof(ThrowingAnalyzer).FullName} threw InvalidOperationException: no database here");

    [Fact]
    public void Analyzer_without_diagnostics_is_refused() =>
        Reason(() => PluginLoader.CreateAnalyzers([typeof(SilentAnalyzer)])).Should().Be($"{typeof(SilentAnalyzer).FullName} supports no diagnostics");

    [Fact]
    public void Reserved_rule_id_is_refused() =>
        Reason(() => PluginLoader.CreateAnalyzers([typeof(ReservedIdAnalyzer)]))
            .Should().Be($"{typeof(ReservedIdAnalyzer).FullName} reports rule PL9001, but the PL prefix is reserved for PostLint's own rules");

    private static string Reason(Func<object> load) => load.Should().Throw<PluginException>().Which.Reason;

    public abstract class AbstractAnalyzer : DiagnosticAnalyzer;

    public sealed class NeedsArgumentAnalyzer(string name) : DiagnosticAnalyzer
    {
        public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => throw new InvalidOperationException(name);

        public override void Analyze(AnalysisContext context) => throw new InvalidOperationException(name);
    }

    public sealed class ThrowingAnalyzer : DiagnosticAnalyzer
    {
        public ThrowingAnalyzer() => throw new InvalidOperationException("no database\nhere");

        public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [];

        public override void Analyze(AnalysisContext context)
        {
        }
    }

    public sealed class SilentAnalyzer : DiagnosticAnalyzer
    {
        public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [];

        public override void Analyze(AnalysisContext context)
        {
        }
    }

    public sealed class ReservedIdAnalyzer : DiagnosticAnalyzer
    {
        public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            [new DiagnosticDescriptor("PL9001", "Borrowed ID", DiagnosticCategory.Confidentiality, DiagnosticSeverity.Warning, "none", "Takes a PostLint ID.")];

        public override void Analyze(AnalysisContext context)
        {
        }
    }
}

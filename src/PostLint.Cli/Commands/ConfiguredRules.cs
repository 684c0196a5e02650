using PostLint.Cli.Console;
using PostLint.Configuration;
using PostLint.Diagnostics;

namespace PostLint.Cli.Commands;

/// <summary>
/// The rules a check in the current directory runs: the built-in ones and those the configuration adds (the nearest
/// <c>.postlint.yml</c>, or <c>--config</c>), so that <c>rules</c> and <c>explain</c> know a plugin's rules.
/// </summary>
internal static class ConfiguredRules
{
    /// <exception cref="ConfigurationException">The configuration file is missing or invalid.</exception>
    public static IReadOnlyList<DiagnosticDescriptor> For(ICliConsole console, string? configPath)
    {
        var builtIn = new PostLinter();
        var loader = new ConfigurationLoader(builtIn.SupportedDiagnostics.Select(d => d.Id));
        var configuration = new ConfigurationResolver(loader, console.CurrentDirectory, configPath).ForDirectory(console.CurrentDirectory);
        return configuration.Options.AdditionalAnalyzers.Count == 0 ? builtIn.SupportedDiagnostics : new PostLinter(configuration.Options).SupportedDiagnostics;
    }
}

using PostLint.Cli.Console;
using PostLint.Configuration;
using PostLint.Diagnostics;
using PostLint.Text;

namespace PostLint.Cli.Commands;

/// <summary><c>postlint explain ID</c>: prints the rule's page, which ships inside the library, or a configured plugin rule's summary.</summary>
internal sealed class ExplainCommand(ICliConsole console)
{
    public int Run(string id, string? configPath)
    {
        var rules = ConfiguredRules.For(console, configPath);
        var wanted = id.Trim().ToUpperInvariant();
        var rule = rules.FirstOrDefault(r => r.Id == wanted);
        if (rule is null)
        {
            var near = NameSuggestions.Nearest(wanted, rules.Select(r => r.Id));
            var hint = near.Count > 0 ? $"; did you mean {string.Join(" or ", near)}?" : "; 'postlint rules' lists them";
            throw new UsageException($"unknown rule ID '{id}'{hint}");
        }

        var page = $"docs/{rule.Id}.md";
        console.Output.WriteLine(Lexicon.Exists(page) ? Lexicon.ReadEmbedded(page).TrimEnd() : Summary(rule));
        return ExitCodes.Clean;
    }

    // A rule from a plugin may ship without a page; its descriptor still says what it is.
    private static string Summary(DiagnosticDescriptor rule) =>
        $"# {rule.Id}: {rule.Title}\n\nCategory: {rule.Category}\nDefault severity: {rule.DefaultSeverity.ToName()}\n" +
        $"Guideline: {rule.Guideline}\n\n{rule.Description}" + (rule.HelpUri is { } help ? $"\n\n{help}" : string.Empty);
}

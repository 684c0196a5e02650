using System.CommandLine;
using System.Text.RegularExpressions;
using PostLint.Cli.Tests.Infrastructure;

namespace PostLint.Cli.Tests;

/// <summary>
/// The README documents every command, argument and option in the words `postlint --help` uses, and
/// each command's --help shows them: the command tree is the single source of both.
/// </summary>
public sealed partial class ReadmeCommandLineTests
{
    private static readonly string Readme = File.ReadAllText(Repository.Path("README.md"));

    public static TheoryData<string> Commands() => [.. Tree().Subcommands.Select(c => c.Name)];

    [Fact]
    public void Root_help_lists_every_command_with_its_description()
    {
        var help = Help("--help");

        foreach (var command in Tree().Subcommands)
        {
            help.Should().Contain(command.Name).And.Contain(Collapse(command.Description!));
        }
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void Readme_has_a_section_for_the_command_with_its_description(string name)
    {
        var command = Tree().Subcommands.Single(c => c.Name == name);

        Collapse(Section(name)).Should().Contain(Collapse(command.Description!), "the README says what `postlint {0} --help` says", name);
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void Readme_documents_every_argument_and_option_as_help_does(string name)
    {
        var command = Tree().Subcommands.Single(c => c.Name == name);
        var rows = Section(name).Split('\n').Where(l => l.StartsWith("| `", StringComparison.Ordinal)).ToList();
        var help = Help(name, "--help");

        foreach (var (label, description) in Documented(command))
        {
            var row = rows.FirstOrDefault(r => r.StartsWith($"| `{label}", StringComparison.Ordinal));
            row.Should().NotBeNull($"the README's `postlint {name}` table needs a row for {label}");
            Collapse(row!.Replace("\\|", "|", StringComparison.Ordinal)).Should().Contain(Collapse(description), $"the row of {label} says what --help says");
            help.Should().Contain(Collapse(description), $"postlint {name} --help describes {label}");
        }

        rows.Should().HaveCount(Documented(command).Count(), "every row of the table is an argument or option of the command");
    }

    private static IEnumerable<(string Label, string Description)> Documented(Command command) =>
        command.Arguments.Select(a => (a.Name, a.Description!))
            .Concat(command.Options.Where(o => o.Name is not ("--help" or "--version"))
                .Select(o => (string.Join(", ", o.Aliases.Order(StringComparer.Ordinal).Append(o.Name)), o.Description!)));

    private static string Section(string name)
    {
        var heading = $"### `postlint {name}";
        var start = Readme.IndexOf("\n" + heading, StringComparison.Ordinal);
        start.Should().BeGreaterThan(0, $"the README needs a section headed {heading}`");
        var end = SectionEnd().Match(Readme, start + heading.Length + 1);
        return Readme[start..(end.Success ? end.Index : Readme.Length)];
    }

    private static string Help(params string[] args)
    {
        var console = new TestConsole(Repository.Root);
        CliApplication.Run(args, console).Should().Be(ExitCodes.Clean);
        return Collapse(console.Out.ToString());
    }

    private static RootCommand Tree() => CliApplication.BuildCommands(new TestConsole(Repository.Root), new RecordingClock());

    private static string Collapse(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\n##+ ")]
    private static partial Regex SectionEnd();
}

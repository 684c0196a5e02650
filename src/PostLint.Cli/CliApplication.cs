using System.CommandLine;
using System.CommandLine.Parsing;
using PostLint.Cli.Commands;
using PostLint.Cli.Console;
using PostLint.Configuration;
using PostLint.Diagnostics;
using PostLint.Input;

namespace PostLint.Cli;

/// <summary>
/// The <c>postlint</c> command line: <c>check</c>, <c>rules</c> and <c>explain</c>. Everything the
/// process touches (streams, terminal, environment, the pause's clock) comes in through
/// <see cref="ICliConsole"/> and <see cref="IPauseClock"/>, so tests run it in-process.
/// </summary>
public static class CliApplication
{
    /// <summary>Runs the command line and returns the exit code (see <see cref="ExitCodes"/>).</summary>
    public static int Run(string[] args, ICliConsole console, IPauseClock? clock = null)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(console);
        try
        {
            var root = BuildCommands(console, clock ?? new SystemPauseClock());
            var parsed = root.Parse(args);
            if (parsed.Errors.Count > 0)
            {
                foreach (var error in parsed.Errors)
                {
                    console.ErrorOutput.WriteLine($"postlint: {error.Message.TrimEnd('.')}{TypoHint(parsed, error.Message)} (see 'postlint --help')");
                }

                return ExitCodes.UsageError;
            }

            return parsed.Invoke(new InvocationConfiguration
            {
                Output = console.Output,
                Error = console.ErrorOutput,
                EnableDefaultExceptionHandler = false,
            });
        }
        catch (Exception ex) when (ex is UsageException or InputException)
        {
            console.ErrorOutput.WriteLine("postlint: " + ex.Message);
            return ExitCodes.UsageError;
        }
        catch (Exception ex)
        {
            console.ErrorOutput.WriteLine($"postlint: internal error: {ex.Message}");
            console.ErrorOutput.WriteLine(IsDebug(console)
                ? ex.ToString()
                : "This is a bug in PostLint; set POSTLINT_DEBUG=1 for the stack trace and report it.");
            return ExitCodes.InternalError;
        }
        finally
        {
            console.Output.Flush();
            console.ErrorOutput.Flush();
        }
    }

    // "Unrecognized command or argument 'chek'." gains "; did you mean 'check'?" from the commands and options valid at that point.
    private static string TypoHint(ParseResult parsed, string message)
    {
        var command = parsed.CommandResult.Command;
        var names = command.Subcommands.Select(c => c.Name).Concat(command.Options.SelectMany(o => o.Aliases.Prepend(o.Name)));
        foreach (var token in parsed.UnmatchedTokens)
        {
            if (message.Contains($"'{token}'", StringComparison.Ordinal) && NameSuggestions.Nearest(token, names) is [_, ..] near)
            {
                return $"; did you mean {string.Join(" or ", near.Select(n => $"'{n}'"))}?";
            }
        }

        return string.Empty;
    }

    private static RootCommand BuildCommands(ICliConsole console, IPauseClock clock)
    {
        var root = new RootCommand("PostLint checks draft social-media posts of healthcare professionals before they go out.");
        root.Subcommands.Add(BuildCheck(console, clock));
        root.Subcommands.Add(BuildRules(console));
        root.Subcommands.Add(BuildExplain(console));
        return root;
    }

    private static Command BuildCheck(ICliConsole console, IPauseClock clock)
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Files (.txt, .md, .jsonl), directories (searched recursively), globs, or - for standard input.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "Report format: text, json, sarif or github.",
            DefaultValueFactory = _ => "text",
        }.AcceptOnlyFromAmong("text", "json", "sarif", "github");
        var failOn = new Option<string>("--fail-on")
        {
            Description = "Exit 1 when a finding of this severity or higher exists: error, warning, info or none.",
            DefaultValueFactory = _ => "warning",
        }.AcceptOnlyFromAmong("error", "warning", "info", "none");
        var language = new Option<string?>("--lang")
        {
            Description = "Language of posts that do not state one: nl, en or auto (detect).",
        }.AcceptOnlyFromAmong("nl", "en", "auto");
        var config = new Option<string?>("--config", "-c")
        {
            Description = "Use this configuration file for every post instead of the nearest .postlint.yml.",
            HelpName = "FILE",
        };
        var includeEntities = new Option<bool>("--include-entities") { Description = "List every recognised entity per post (JSON output)." };
        var noColor = new Option<bool>("--no-color") { Description = "Never colour the text report (NO_COLOR is honoured too)." };
        var interactive = new Option<bool>("--interactive", "-i")
        {
            Description = "On a terminal: when count-to-ten is advised, count ten seconds, then ask whether to post (exit 0 yes, 1 no).",
        };

        var check = new Command("check", "Check posts and report what could hurt a patient, a colleague, the institution or the author.")
        {
            paths, format, failOn, language, config, includeEntities, noColor, interactive,
        };
        paths.Validators.Add(result => RejectUnknownOptions(result, check, console.CurrentDirectory));
        check.SetAction(parsed => new CheckCommand(console, clock).Run(new CheckSettings
        {
            Paths = parsed.GetValue(paths) ?? [],
            Format = parsed.GetValue(format) switch
            {
                "json" => OutputFormat.Json,
                "sarif" => OutputFormat.Sarif,
                "github" => OutputFormat.GitHub,
                _ => OutputFormat.Text,
            },
            FailOn = DiagnosticSeverityNames.TryParse(parsed.GetValue(failOn), out var severity) ? severity : null,
            Language = parsed.GetValue(language) is { } code && PostLanguageNames.TryParse(code, out var lang) ? lang : null,
            ConfigPath = parsed.GetValue(config),
            IncludeEntities = parsed.GetValue(includeEntities),
            NoColor = parsed.GetValue(noColor),
            Interactive = parsed.GetValue(interactive),
        }));
        return check;
    }

    // A mistyped option ("--formt") would otherwise be taken for a path and reported as a missing file.
    private static void RejectUnknownOptions(ArgumentResult result, Command command, string currentDirectory)
    {
        foreach (var token in result.Tokens.Select(t => t.Value))
        {
            if (token.Length > 1 && token[0] == '-' && Path.GetFullPath(token, currentDirectory) is var path && !File.Exists(path) && !Directory.Exists(path))
            {
                var near = NameSuggestions.Nearest(token.Split('=')[0], command.Options.SelectMany(o => o.Aliases.Prepend(o.Name)));
                var hint = near.Count > 0 ? $"; did you mean {string.Join(" or ", near.Select(n => $"'{n}'"))}?" : string.Empty;
                result.AddError($"unknown option '{token}'{hint}");
            }
        }
    }

    private static Command BuildRules(ICliConsole console)
    {
        var format = new Option<string>("--format", "-f")
        {
            Description = "text (a table) or json.",
            DefaultValueFactory = _ => "text",
        }.AcceptOnlyFromAmong("text", "json");
        var rules = new Command("rules", "List every rule: ID, category, default severity and title.") { format };
        rules.SetAction(parsed => new RulesCommand(console).Run(parsed.GetValue(format) == "json"));
        return rules;
    }

    private static Command BuildExplain(ICliConsole console)
    {
        var id = new Argument<string>("ID") { Description = "A rule ID such as PL1003." };
        var explain = new Command("explain", "Print a rule's page: why it exists, what fires and what does not, how to configure it.") { id };
        explain.SetAction(parsed => new ExplainCommand(console).Run(parsed.GetValue(id)!));
        return explain;
    }

    private static bool IsDebug(ICliConsole console) =>
        console.GetEnvironmentVariable("POSTLINT_DEBUG") is { Length: > 0 } value && value != "0";
}

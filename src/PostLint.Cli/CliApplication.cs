using System.CommandLine;
using System.CommandLine.Parsing;
using PostLint.Cli.Baselines;
using PostLint.Cli.Commands;
using PostLint.Cli.Console;
using PostLint.Configuration;
using PostLint.Diagnostics;
using PostLint.Input;

namespace PostLint.Cli;

/// <summary>
/// The <c>postlint</c> command line: <c>check</c>, <c>fix</c>, <c>baseline</c>, <c>init</c>, <c>rules</c>, <c>explain</c> and <c>schema</c>. Everything the
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

    /// <summary>The command tree: what <c>postlint --help</c> shows and the README documents.</summary>
    internal static RootCommand BuildCommands(ICliConsole console, IPauseClock clock)
    {
        var root = new RootCommand("PostLint checks draft social-media posts of healthcare professionals before they go out.");
        root.Subcommands.Add(BuildCheck(console, clock));
        root.Subcommands.Add(BuildFix(console));
        root.Subcommands.Add(BuildBaseline(console));
        root.Subcommands.Add(BuildInit(console));
        root.Subcommands.Add(BuildRules(console));
        root.Subcommands.Add(BuildExplain(console));
        root.Subcommands.Add(BuildSchema(console));
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
        var failOn = FailOnOption("Exit 1 when a finding of this severity or higher exists: error, warning, info or none.");
        var language = LanguageOption();
        var config = ConfigOption();
        var includeEntities = new Option<bool>("--include-entities") { Description = "List every recognised entity per post (JSON output)." };
        var noColor = NoColorOption();
        var interactive = new Option<bool>("--interactive", "-i")
        {
            Description = "On a terminal: when count-to-ten is advised, count ten seconds, then ask whether to post (exit 0 yes, 1 no).",
        };
        var baseline = new Option<string?>("--baseline")
        {
            Description = "Leave the findings this baseline file records out of the report and the exit code (see 'postlint baseline').",
            HelpName = "FILE",
        };
        var changedSince = new Option<string?>("--changed-since")
        {
            Description = "Check only the files under PATH added or modified since this git ref, committed or not (new untracked files too).",
            HelpName = "REF",
        };
        var quiet = QuietOption();
        var output = OutputOption("Write the report to this file instead of standard output.");

        var check = new Command("check", "Check posts and report what could hurt a patient, a colleague, the institution or the author.")
        {
            paths, format, failOn, language, config, includeEntities, noColor, interactive, baseline, changedSince, quiet, output,
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
            FailOn = Severity(parsed.GetValue(failOn)),
            Language = Language(parsed.GetValue(language)),
            ConfigPath = parsed.GetValue(config),
            IncludeEntities = parsed.GetValue(includeEntities),
            NoColor = parsed.GetValue(noColor),
            Interactive = parsed.GetValue(interactive),
            BaselinePath = parsed.GetValue(baseline),
            ChangedSince = parsed.GetValue(changedSince),
            Quiet = parsed.GetValue(quiet),
            OutputPath = parsed.GetValue(output),
        }));
        return check;
    }

    private static Command BuildFix(ICliConsole console)
    {
        var paths = FilesArgument();
        var dryRun = new Option<bool>("--dry-run") { Description = "Print the changes as a unified diff and write nothing." };
        var format = new Option<string>("--format", "-f")
        {
            Description = "text (what was fixed and what is left; a diff with --dry-run) or sarif (the findings, each with the fix applied).",
            DefaultValueFactory = _ => "text",
        }.AcceptOnlyFromAmong("text", "sarif");
        var failOn = FailOnOption("Exit 1 when a finding of this severity or higher is left after fixing: error, warning, info or none.");
        var language = LanguageOption();
        var config = ConfigOption();
        var quiet = QuietOption();
        var noColor = NoColorOption();
        var output = OutputOption("Write the report (or the diff) to this file instead of standard output.");
        var fix = new Command("fix", "Apply the first fix of every finding to the files, in place.")
        {
            paths, dryRun, format, failOn, language, config, quiet, noColor, output,
        };
        paths.Validators.Add(result => RejectUnknownOptions(result, fix, console.CurrentDirectory));
        fix.SetAction(parsed => new FixCommand(console).Run(new FixSettings
        {
            Paths = parsed.GetValue(paths) ?? [],
            DryRun = parsed.GetValue(dryRun),
            Sarif = parsed.GetValue(format) == "sarif",
            FailOn = Severity(parsed.GetValue(failOn)),
            Language = Language(parsed.GetValue(language)),
            ConfigPath = parsed.GetValue(config),
            Quiet = parsed.GetValue(quiet),
            NoColor = parsed.GetValue(noColor),
            OutputPath = parsed.GetValue(output),
        }));
        return fix;
    }

    private static Command BuildBaseline(ICliConsole console)
    {
        var paths = FilesArgument();
        var output = OutputOption($"Write the baseline to this file (default {BaselineFile.DefaultName}).");
        var language = LanguageOption();
        var config = ConfigOption();
        var quiet = QuietOption();
        var baseline = new Command("baseline", "Record today's findings, so that 'check --baseline' reports only new ones.")
        {
            paths, output, language, config, quiet,
        };
        paths.Validators.Add(result => RejectUnknownOptions(result, baseline, console.CurrentDirectory));
        baseline.SetAction(parsed => new BaselineCommand(console).Run(new BaselineSettings
        {
            Paths = parsed.GetValue(paths) ?? [],
            OutputPath = parsed.GetValue(output) ?? BaselineFile.DefaultName,
            Language = Language(parsed.GetValue(language)),
            ConfigPath = parsed.GetValue(config),
            Quiet = parsed.GetValue(quiet),
        }));
        return baseline;
    }

    private static Command BuildInit(ICliConsole console)
    {
        var role = new Option<string?>("--role") { Description = "The author's role, e.g. gp, nurse, cardiologist, institution." };
        var specialty = new Option<string?>("--specialty") { Description = "The author's field, e.g. cardiology." };
        var account = new Option<string?>("--account") { Description = "professional or private." }.AcceptOnlyFromAmong("professional", "private");
        var language = new Option<string?>("--lang") { Description = "Language of posts that do not state one: nl, en or auto." }.AcceptOnlyFromAmong("nl", "en", "auto");
        var force = new Option<bool>("--force") { Description = "Replace an existing .postlint.yml." };
        var init = new Command("init", "Write a commented .postlint.yml here, with the author profile passed as options or asked for on a terminal.")
        {
            role, specialty, account, language, force,
        };
        init.SetAction(parsed => new InitCommand(console).Run(new InitSettings
        {
            Role = parsed.GetValue(role),
            Specialty = parsed.GetValue(specialty),
            Account = parsed.GetValue(account),
            Language = parsed.GetValue(language),
            Force = parsed.GetValue(force),
        }));
        return init;
    }

    private static Command BuildSchema(ICliConsole console)
    {
        var output = OutputOption("Write the schema to this file instead of standard output.");
        var schema = new Command("schema", "Print the JSON Schema of .postlint.yml, with every rule ID (the repository publishes it as schema/postlint.schema.json).") { output };
        schema.SetAction(parsed =>
        {
            using var target = ReportTarget.Open(console, parsed.GetValue(output));
            target.Writer.Write(ConfigurationSchema.Generate(new PostLinter().SupportedDiagnostics));
            return ExitCodes.Clean;
        });
        return schema;
    }

    private static Argument<string[]> FilesArgument() => new("PATH")
    {
        Description = "Files (.txt, .md, .jsonl), directories (searched recursively) or globs.",
        Arity = ArgumentArity.OneOrMore,
    };

    private static Option<string> FailOnOption(string description) => new Option<string>("--fail-on")
    {
        Description = description,
        DefaultValueFactory = _ => "warning",
    }.AcceptOnlyFromAmong("error", "warning", "info", "none");

    private static Option<string?> LanguageOption() => new Option<string?>("--lang")
    {
        Description = "Language of posts that do not state one: nl, en or auto (detect).",
    }.AcceptOnlyFromAmong("nl", "en", "auto");

    private static Option<string?> ConfigOption(string description = "Use this configuration file for every post instead of the nearest .postlint.yml.") => new("--config", "-c")
    {
        Description = description,
        HelpName = "FILE",
    };

    private const string RulesConfigDescription = "Include the rules this configuration file adds (its packs and plugins) instead of those of the nearest .postlint.yml.";

    private static Option<bool> NoColorOption() => new("--no-color") { Description = "Never colour the text report (NO_COLOR is honoured too)." };

    private static Option<bool> QuietOption() => new("--quiet", "-q") { Description = "No progress, no summary line and no notes: only findings and errors." };

    private static Option<string?> OutputOption(string description) => new("--output", "-o") { Description = description, HelpName = "FILE" };

    private static DiagnosticSeverity? Severity(string? name) => DiagnosticSeverityNames.TryParse(name, out var severity) ? severity : null;

    private static PostLanguage? Language(string? code) => code is not null && PostLanguageNames.TryParse(code, out var language) ? language : null;

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
        var config = ConfigOption(RulesConfigDescription);
        var rules = new Command("rules", "List every rule: ID, category, default severity and title.") { format, config };
        rules.SetAction(parsed => new RulesCommand(console).Run(parsed.GetValue(format) == "json", parsed.GetValue(config)));
        return rules;
    }

    private static Command BuildExplain(ICliConsole console)
    {
        var id = new Argument<string>("ID") { Description = "A rule ID such as PL1003." };
        var config = ConfigOption(RulesConfigDescription);
        var explain = new Command("explain", "Print a rule's page: why it exists, what fires and what does not, how to configure it.") { id, config };
        explain.SetAction(parsed => new ExplainCommand(console).Run(parsed.GetValue(id)!, parsed.GetValue(config)));
        return explain;
    }

    private static bool IsDebug(ICliConsole console) =>
        console.GetEnvironmentVariable("POSTLINT_DEBUG") is { Length: > 0 } value && value != "0";
}

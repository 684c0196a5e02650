using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using PostLint.Cli.Console;
using PostLint.Configuration;

namespace PostLint.Cli.Commands;

/// <summary>What <c>postlint init</c> was asked to write.</summary>
internal sealed record InitSettings
{
    /// <summary>The author's role, or null to ask (on a terminal) or leave it out.</summary>
    public string? Role { get; init; }

    /// <summary>The author's specialty, or null.</summary>
    public string? Specialty { get; init; }

    /// <summary><c>professional</c> or <c>private</c>, or null.</summary>
    public string? Account { get; init; }

    /// <summary><c>nl</c>, <c>en</c> or <c>auto</c>, or null.</summary>
    public string? Language { get; init; }

    /// <summary>Replace an existing <c>.postlint.yml</c>.</summary>
    public bool Force { get; init; }
}

/// <summary>
/// <c>postlint init</c>: writes a commented <c>.postlint.yml</c> in the current directory with the author
/// profile passed as options or, on a terminal with none passed, asked for. The file names its JSON
/// Schema, so an editor with a YAML language server completes rule IDs in it.
/// </summary>
internal sealed class InitCommand(ICliConsole console)
{
    public const string FileName = ".postlint.yml";

    public int Run(InitSettings settings)
    {
        var path = Path.Combine(console.CurrentDirectory, FileName);
        if (File.Exists(path) && !settings.Force)
        {
            throw new UsageException($"{FileName} already exists; pass --force to replace it");
        }

        if (settings is { Role: null, Specialty: null, Account: null, Language: null } && CanAsk())
        {
            settings = Ask(settings);
        }

        try
        {
            File.WriteAllText(path, Render(settings), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"{FileName}: cannot write: {ex.Message}");
        }

        console.Output.WriteLine($"wrote {FileName}; 'postlint check' uses it for the posts in this directory and below");
        return ExitCodes.Clean;
    }

    /// <summary>The file's text.</summary>
    public static string Render(InitSettings settings)
    {
        var text = new StringBuilder();
        text.Append("# yaml-language-server: $schema=").Append(ConfigurationSchema.Uri).Append('\n');
        text.Append("""
            # PostLint configuration, written by 'postlint init'. The nearest .postlint.yml in a post's
            # directory or above it applies (like .editorconfig); 'postlint check --config FILE' picks one.
            # Every key is optional. 'postlint rules' lists the rule IDs; 'postlint explain ID' explains one.

            # Language of posts that do not state one: nl, en or auto (detect).

            """);
        text.Append(Entry("", "language", settings.Language ?? "auto", null));
        text.Append("""

            # Who writes the posts; a post's front matter or JSON Lines record can say otherwise.

            """);
        var author = settings is { Role: null, Specialty: null, Account: null } ? "# " : "";
        text.Append(author).Append("author:\n");
        text.Append(Entry(author + "  ", "role", settings.Role ?? "nurse", "e.g. gp, nurse, cardiologist, institution", settings.Role is null && author.Length == 0));
        text.Append(Entry(author + "  ", "specialty", settings.Specialty ?? "cardiology", "claims outside it are flagged (PL5004)", settings.Specialty is null && author.Length == 0));
        text.Append(Entry(author + "  ", "account", settings.Account ?? "professional", "professional or private", settings.Account is null && author.Length == 0));
        text.Append("""

            # Per-rule severity: error, warning, info or none (off). For example:
            # rules:
            #   PL1003: error
            #   PL4004: none

            # Crowd-size thresholds for re-identification (PL2xxx): how many people match a post's details.
            # reidentification:
            #   warningBelow: 11
            #   errorBelow: 2
            #   catchment: 250000       # population the institution serves

            # Internal project names that must never appear in a public post (PL3003).
            # codenames:
            #   - Project Nachtegaal

            """);
        return text.ToString();
    }

    private static string Entry(string indent, string key, string value, string? comment, bool commentOut = false)
    {
        var line = $"{(commentOut ? "# " : "")}{indent}{key}: {Scalar(value)}";
        return comment is null ? line + "\n" : $"{line.PadRight(27)} # {comment}\n";
    }

    // Plain when YAML would read the words back as the same string, double-quoted (JSON escapes are valid YAML) otherwise.
    private static string Scalar(string value) =>
        IsPlain(value) && value.ToLowerInvariant() is not ("yes" or "no" or "true" or "false" or "on" or "off" or "null" or "y" or "n")
            ? value
            : "\"" + JsonEncodedText.Encode(value, JavaScriptEncoder.UnsafeRelaxedJsonEscaping).Value + "\"";

    // A letter first, then letters, digits, spaces and . _ / - only, not ending in a space: nothing YAML gives a meaning.
    private static bool IsPlain(string value) =>
        value.Length > 0 && char.IsLetter(value[0]) && value[^1] != ' '
        && value.All(c => char.IsLetterOrDigit(c) || c is ' ' or '.' or '_' or '/' or '-');

    private bool CanAsk() => !console.IsInputRedirected && !console.IsOutputRedirected && !console.IsContinuousIntegration();

    private InitSettings Ask(InitSettings settings)
    {
        var role = Question("Your role (e.g. gp, nurse, cardiologist, institution; Enter to skip): ");
        var specialty = Question("Your specialty (e.g. cardiology; Enter to skip): ");
        var account = Question("Account, professional or private [professional]: ")?.ToLowerInvariant() ?? "professional";
        if (account is not ("professional" or "private"))
        {
            throw new UsageException($"account must be 'professional' or 'private', not '{account}'");
        }

        var language = Question("Language of the posts, nl, en or auto [auto]: ")?.ToLowerInvariant() ?? "auto";
        if (language is not ("nl" or "en" or "auto"))
        {
            throw new UsageException($"language must be 'nl', 'en' or 'auto', not '{language}'");
        }

        return settings with { Role = role, Specialty = specialty, Account = account, Language = language };
    }

    private string? Question(string prompt)
    {
        console.Output.Write(prompt);
        console.Output.Flush();
        return console.ReadLine()?.Trim() is { Length: > 0 } answer ? answer : null;
    }
}

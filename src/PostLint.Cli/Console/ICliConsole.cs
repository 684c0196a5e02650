namespace PostLint.Cli.Console;

/// <summary>
/// The process's streams and surroundings, as the CLI sees them. Injected so tests run the real
/// command in-process with captured output, a chosen stdin and a pretend terminal.
/// </summary>
public interface ICliConsole
{
    /// <summary>Standard output.</summary>
    TextWriter Output { get; }

    /// <summary>Standard error.</summary>
    TextWriter ErrorOutput { get; }

    /// <summary>True when standard output goes to a file or pipe rather than a terminal.</summary>
    bool IsOutputRedirected { get; }

    /// <summary>True when standard error goes to a file or pipe rather than a terminal (progress is shown only on a terminal).</summary>
    bool IsErrorRedirected => true;

    /// <summary>True when standard input comes from a file or pipe rather than a terminal.</summary>
    bool IsInputRedirected { get; }

    /// <summary>Directory relative paths start from.</summary>
    string CurrentDirectory { get; }

    /// <summary>The raw bytes of standard input (for <c>-</c>).</summary>
    Stream OpenStandardInput();

    /// <summary>Reads one line typed at the terminal, or null at end of input.</summary>
    string? ReadLine();

    /// <summary>An environment variable, or null.</summary>
    string? GetEnvironmentVariable(string name);
}

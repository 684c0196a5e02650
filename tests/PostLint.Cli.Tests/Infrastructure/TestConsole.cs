using System.Text;
using PostLint.Cli.Console;

namespace PostLint.Cli.Tests.Infrastructure;

/// <summary>
/// A console for running the CLI in-process: captured output, chosen stdin, a pretend terminal.
/// Open for tests that need a console which misbehaves.
/// </summary>
public class TestConsole : ICliConsole
{
    private readonly Queue<string> _typedLines = new();

    public TestConsole(string currentDirectory) => CurrentDirectory = currentDirectory;

    public StringWriter Out { get; } = new();

    public StringWriter Err { get; } = new();

    public TextWriter Output => Out;

    public TextWriter ErrorOutput => Err;

    public bool IsOutputRedirected { get; set; } = true;

    public bool IsInputRedirected { get; set; } = true;

    public string CurrentDirectory { get; }

    public byte[] Stdin { get; set; } = [];

    public Dictionary<string, string> Environment { get; } = new(StringComparer.Ordinal);

    /// <summary>Makes both stdin and stdout a terminal, as when a person runs the command.</summary>
    public TestConsole AsTerminal()
    {
        IsInputRedirected = false;
        IsOutputRedirected = false;
        return this;
    }

    /// <summary>Queues a line the "user" types at the next prompt.</summary>
    public TestConsole Type(string line)
    {
        _typedLines.Enqueue(line);
        return this;
    }

    public TestConsole WithStdin(string text)
    {
        Stdin = Encoding.UTF8.GetBytes(text);
        return this;
    }

    public virtual Stream OpenStandardInput() => new MemoryStream(Stdin, writable: false);

    public string? ReadLine() => _typedLines.Count > 0 ? _typedLines.Dequeue() : null;

    public string? GetEnvironmentVariable(string name) => Environment.GetValueOrDefault(name);
}

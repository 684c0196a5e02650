using System.Text;

namespace PostLint.Cli.Console;

/// <summary>The real console. Output is buffered and flushed once at the end (and before every prompt).</summary>
internal sealed class SystemConsole : ICliConsole
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public TextWriter Output { get; } = new StreamWriter(System.Console.OpenStandardOutput(), Utf8NoBom) { AutoFlush = false };

    public TextWriter ErrorOutput { get; } = new StreamWriter(System.Console.OpenStandardError(), Utf8NoBom) { AutoFlush = true };

    public bool IsOutputRedirected => System.Console.IsOutputRedirected;

    public bool IsInputRedirected => System.Console.IsInputRedirected;

    public bool IsErrorRedirected => System.Console.IsErrorRedirected;

    public string CurrentDirectory => Environment.CurrentDirectory;

    public Stream OpenStandardInput() => System.Console.OpenStandardInput();

    public string? ReadLine() => System.Console.In.ReadLine();

    public string? GetEnvironmentVariable(string name) => Environment.GetEnvironmentVariable(name);
}

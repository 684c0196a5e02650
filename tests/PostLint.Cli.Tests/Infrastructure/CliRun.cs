using System.Text.Json;

namespace PostLint.Cli.Tests.Infrastructure;

/// <summary>The outcome of one in-process run of the CLI.</summary>
public sealed record CliRun(int ExitCode, string Stdout, string Stderr)
{
    public JsonElement Json => JsonDocument.Parse(Stdout).RootElement;
}

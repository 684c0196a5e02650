using PostLint.Diagnostics;

namespace PostLint.Cli.Commands;

/// <summary>Report formats of <c>postlint check</c>.</summary>
internal enum OutputFormat
{
    /// <summary>Compiler-style text for people.</summary>
    Text,

    /// <summary>PostLint's JSON contract.</summary>
    Json,

    /// <summary>SARIF 2.1.0.</summary>
    Sarif,

    /// <summary>GitHub Actions workflow commands.</summary>
    GitHub,
}

/// <summary>What <c>postlint check</c> was asked to do.</summary>
internal sealed record CheckSettings
{
    /// <summary>Files, directories, globs and <c>-</c>, as typed.</summary>
    public required IReadOnlyList<string> Paths { get; init; }

    /// <summary>How to report.</summary>
    public OutputFormat Format { get; init; }

    /// <summary>Lowest severity that makes the check fail (exit 1); null never fails.</summary>
    public DiagnosticSeverity? FailOn { get; init; } = DiagnosticSeverity.Warning;

    /// <summary>Language of posts whose input does not state one; null leaves it to configuration.</summary>
    public PostLanguage? Language { get; init; }

    /// <summary>One configuration file for every post instead of the nearest <c>.postlint.yml</c>.</summary>
    public string? ConfigPath { get; init; }

    /// <summary>List recognised entities in JSON output.</summary>
    public bool IncludeEntities { get; init; }

    /// <summary>Never colour the text report.</summary>
    public bool NoColor { get; init; }

    /// <summary>Pause and ask before posting when count-to-ten is advised (on a terminal only).</summary>
    public bool Interactive { get; init; }

    /// <summary>A baseline file (<c>--baseline</c>): findings it records are left out of the report and the exit code.</summary>
    public string? BaselinePath { get; init; }

    /// <summary>A git ref (<c>--changed-since</c>): only files added or modified since it are checked.</summary>
    public string? ChangedSince { get; init; }

    /// <summary>No progress and no summary line.</summary>
    public bool Quiet { get; init; }

    /// <summary>Write the report to this file instead of standard output.</summary>
    public string? OutputPath { get; init; }
}

namespace PostLint.Cli;

/// <summary>What <c>postlint</c> exits with.</summary>
public static class ExitCodes
{
    /// <summary>No finding at or above <c>--fail-on</c> (or, interactively, the author chose to post).</summary>
    public const int Clean = 0;

    /// <summary>Findings at or above <c>--fail-on</c> (or, interactively, the author chose not to post).</summary>
    public const int Findings = 1;

    /// <summary>Usage, input or configuration error; a one-line message on stderr.</summary>
    public const int UsageError = 2;

    /// <summary>Internal error: a bug in PostLint or one of its rules.</summary>
    public const int InternalError = 3;
}

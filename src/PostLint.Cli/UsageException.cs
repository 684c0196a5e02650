namespace PostLint.Cli;

/// <summary>The command line asks for something PostLint cannot do; reported in one line, exit code 2.</summary>
internal sealed class UsageException(string message) : Exception(message);

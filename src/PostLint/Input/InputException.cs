namespace PostLint.Input;

/// <summary>
/// A post file or configuration file PostLint cannot use: missing, unreadable, not UTF-8, malformed.
/// The message names the file and, where known, the line and column, so hosts can print it as one line.
/// </summary>
public class InputException : Exception
{
    /// <summary>Creates an error located in <paramref name="path"/>.</summary>
    /// <param name="path">The file, as the user named it.</param>
    /// <param name="line">1-based line, or null when the whole file is at fault.</param>
    /// <param name="column">1-based column, or null when unknown.</param>
    /// <param name="reason">What is wrong and, where it helps, what was expected.</param>
    public InputException(string path, int? line, int? column, string reason)
        : base(Format(path, line, column, reason))
    {
        Path = path;
        Line = line;
        Column = column;
        Reason = reason;
    }

    /// <summary>The file at fault.</summary>
    public string Path { get; }

    /// <summary>1-based line, if known.</summary>
    public int? Line { get; }

    /// <summary>1-based column, if known.</summary>
    public int? Column { get; }

    /// <summary>The problem, without the location.</summary>
    public string Reason { get; }

    private static string Format(string path, int? line, int? column, string reason) => (line, column) switch
    {
        (null, _) => $"{path}: {reason}",
        (_, null) => $"{path}:{line}: {reason}",
        _ => $"{path}:{line}:{column}: {reason}",
    };
}

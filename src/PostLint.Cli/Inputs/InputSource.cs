using PostLint.Input;

namespace PostLint.Cli.Inputs;

/// <summary>One place posts come from: a file, or standard input.</summary>
/// <param name="FullPath">Absolute path of the file; null for standard input.</param>
/// <param name="DisplayPath">How output and messages name it (as the user wrote it, or relative to the directory they named).</param>
/// <param name="Format">How the file holds posts.</param>
internal sealed record InputSource(string? FullPath, string DisplayPath, PostFormat Format)
{
    /// <summary>Standard input, read as Markdown so that front matter works in a pipe too.</summary>
    public static readonly InputSource Stdin = new(null, PostReader.StandardInputName, PostFormat.Markdown);

    /// <summary>Why the walk could not offer this file or folder for reading; null when it can be read.</summary>
    public string? Problem { get; init; }

    /// <summary>True for standard input.</summary>
    public bool IsStdin => FullPath is null;

    /// <summary>A file or folder met in a walk that cannot be checked, reported as an error for that path.</summary>
    public static InputSource Unreadable(string fullPath, string displayPath, string problem) =>
        new(fullPath, displayPath, PostFormat.Text) { Problem = problem };
}

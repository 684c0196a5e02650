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

    /// <summary>True for standard input.</summary>
    public bool IsStdin => FullPath is null;
}

using PostLint.Input;

namespace PostLint.Output;

/// <summary>
/// A file in a folder or glob run that could not be read or parsed. The run goes on with the other
/// files; reporters list the error with the results and the run ends with exit 2.
/// </summary>
/// <param name="Source">The file, as output names it.</param>
/// <param name="Line">1-based line, or null when the whole file is at fault.</param>
/// <param name="Column">1-based column, or null when unknown.</param>
/// <param name="Reason">What is wrong.</param>
public sealed record InputError(string Source, int? Line, int? Column, string Reason)
{
    /// <summary>The error an <see cref="InputException"/> describes.</summary>
    public static InputError From(InputException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return new InputError(exception.Path, exception.Line, exception.Column, exception.Reason);
    }

    /// <summary>Where the error is: <c>path</c>, <c>path:line</c> or <c>path:line:column</c>.</summary>
    public string Location => (Line, Column) switch
    {
        (null, _) => Source,
        (_, null) => $"{Source}:{Line}",
        _ => $"{Source}:{Line}:{Column}",
    };

    /// <summary>One line: location and reason.</summary>
    public override string ToString() => $"{Location}: {Reason}";
}

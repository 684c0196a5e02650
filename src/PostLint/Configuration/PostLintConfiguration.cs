namespace PostLint.Configuration;

/// <summary>A loaded <c>.postlint.yml</c>: linter options plus the language for posts that do not state one.</summary>
/// <param name="Path">The file it came from, or null for the built-in defaults.</param>
/// <param name="Options">Rule severities, author profile, thresholds and terms for the linter.</param>
/// <param name="Language">Language of posts that do not state one; <see cref="PostLanguage.Auto"/> detects it.</param>
public sealed record PostLintConfiguration(string? Path, PostLinterOptions Options, PostLanguage Language)
{
    /// <summary>No configuration file: every rule at its default severity, languages detected.</summary>
    public static readonly PostLintConfiguration Default = new(null, PostLinterOptions.Default, PostLanguage.Auto);
}

using System.Reflection;
using System.Text.RegularExpressions;

namespace PostLint.Diagnostics;

/// <summary>
/// Where the rule pages are published, as the build recorded it (assembly metadata set from MSBuild
/// properties, see <c>src/PostLint/PostLint.csproj</c>): an explicit <c>PostLintHelpBase</c> for a
/// release or a fork, or else the clone's <c>origin</c> remote at the commit that was built, so a link
/// always shows the pages of the rules that produced it. A build that knows neither has no help
/// links; <c>postlint explain ID</c> prints the same page offline.
/// </summary>
internal static partial class HelpLinks
{
    /// <summary>The base address of the rule pages (a page is <c>{Base}/{ID}.md</c>), or null when the build did not say.</summary>
    public static string? Base { get; } = FromMetadata(typeof(HelpLinks).Assembly);

    /// <summary>The repository's web address, or null.</summary>
    public static string? Repository { get; } = WebAddress(Metadata(typeof(HelpLinks).Assembly, "PostLintRepositoryUrl"));

    /// <summary>The help base for an explicit base, or a remote and a revision; null when neither gives a web address.</summary>
    public static string? Resolve(string? explicitBase, string? remote, string? revision)
    {
        if (!string.IsNullOrWhiteSpace(explicitBase))
        {
            return explicitBase.Trim().TrimEnd('/');
        }

        var repository = WebAddress(remote);
        return repository is null || string.IsNullOrWhiteSpace(revision) ? null : $"{repository}/blob/{revision.Trim()}/rules/docs";
    }

    /// <summary>
    /// The https address of a git remote (<c>git@host:owner/repo.git</c>, <c>ssh://git@host/owner/repo</c>,
    /// <c>https://host/owner/repo.git</c>), without credentials; null for a local path or anything else.
    /// </summary>
    public static string? WebAddress(string? remote)
    {
        if (string.IsNullOrWhiteSpace(remote))
        {
            return null;
        }

        var url = remote.Trim();
        url = ScpLike().Replace(url, "https://$1/");
        url = Ssh().Replace(url, "https://$1/");
        url = Credentials().Replace(url, "$1");
        url = GitSuffix().Replace(url, string.Empty);
        return url.StartsWith("https://", StringComparison.Ordinal) || url.StartsWith("http://", StringComparison.Ordinal) ? url : null;
    }

    private static string? FromMetadata(Assembly assembly) =>
        Resolve(Metadata(assembly, "PostLintHelpBase"), Metadata(assembly, "PostLintRepositoryUrl"), Metadata(assembly, "PostLintRevision"));

    private static string? Metadata(Assembly assembly, string key) =>
        assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == key)?.Value;

    [GeneratedRegex(@"^[\w.-]+@([\w.-]+):(?!//)", RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex ScpLike();

    [GeneratedRegex(@"^ssh://(?:[^@/]+@)?([\w.-]+)(?::\d+)?/", RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Ssh();

    [GeneratedRegex(@"^(https?://)[^@/]+@", RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Credentials();

    [GeneratedRegex(@"(?:\.git)?/*$", RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex GitSuffix();
}

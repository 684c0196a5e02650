using PostLint.Configuration;
using PostLint.Input;
using PostLint.Text;

namespace PostLint.Packs;

/// <summary>Loads rule packs: PostLint's own from <c>rules/packs/</c> inside the library, and those a <c>.postlint.yml</c> lists under <c>packs:</c>.</summary>
public static class RulePacks
{
    // A pack or word list is hand-written text; the cap makes a path that names a device or a huge file fail at once.
    private const int MaxLength = 1024 * 1024;

    private static readonly Lazy<IReadOnlyList<PackRule>> BuiltInRules = new(ReadBuiltIn);

    /// <summary>The rules of PostLint's own packs (<c>rules/packs/*.yml</c>), which run like every other built-in rule.</summary>
    public static IReadOnlyList<PackRule> BuiltIn => BuiltInRules.Value;

    /// <summary>Reads the pack at <paramref name="path"/>; a <c>words:</c> file name is relative to the pack.</summary>
    /// <param name="path">The pack's full path.</param>
    /// <param name="displayPath">The pack's name in messages.</param>
    /// <exception cref="ConfigurationException">The pack cannot be read or is invalid.</exception>
    public static IReadOnlyList<PackRule> Load(string path, string displayPath)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(displayPath);
        var directory = Path.GetDirectoryName(path)!;
        return RulePackReader.Read(ReadFile(path, displayPath, "rule pack"), displayPath, file => Lexicon.Parse(ReadFile(Path.GetFullPath(file, directory), file, "word list")), builtIn: false);
    }

    private static IReadOnlyList<PackRule> ReadBuiltIn() =>
        [.. typeof(RulePacks).Assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith("rules/packs/", StringComparison.Ordinal) && name.EndsWith(".yml", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .SelectMany(name => RulePackReader.Read(Lexicon.ReadEmbedded(name["rules/".Length..]), name, Lexicon.Load, builtIn: true))];

    private static string ReadFile(string path, string displayPath, string what)
    {
        try
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
            return SourceDecoder.Read(file, displayPath, MaxLength, $"longer than the {MaxLength:N0} characters a {what} may have");
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new ConfigurationException(displayPath, null, null, "not found");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ConfigurationException(displayPath, null, null, "cannot be read: " + ex.Message);
        }
        catch (InputException ex) when (ex is not ConfigurationException)
        {
            throw new ConfigurationException(displayPath, null, null, ex.Reason);
        }
    }
}

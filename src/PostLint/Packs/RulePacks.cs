using PostLint.Configuration;
using PostLint.Text;

namespace PostLint.Packs;

/// <summary>Loads rule packs: PostLint's own from <c>rules/packs/</c> inside the library, and those a <c>.postlint.yml</c> lists under <c>packs:</c>.</summary>
public static class RulePacks
{
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
        return RulePackReader.Read(ConfigurationText.Read(path, displayPath, "rule pack"), displayPath, file => Lexicon.Parse(ConfigurationText.Read(Path.GetFullPath(file, directory), file, "word list")), builtIn: false);
    }

    private static IReadOnlyList<PackRule> ReadBuiltIn() =>
        [.. typeof(RulePacks).Assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith("rules/packs/", StringComparison.Ordinal) && name.EndsWith(".yml", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .SelectMany(name => RulePackReader.Read(Lexicon.ReadEmbedded(name["rules/".Length..]), name, Lexicon.Load, builtIn: true))];
}

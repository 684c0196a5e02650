using System.Globalization;
using PostLint.Analysis;
using PostLint.Diagnostics;
using PostLint.Input;
using PostLint.Packs;
using PostLint.Suppressions;
using YamlDotNet.RepresentationModel;

namespace PostLint.Configuration;

/// <summary>
/// Reads <c>.postlint.yml</c>. Keys: <c>language</c>, <c>author</c> {role, specialty, account},
/// <c>rules</c> {ID: error|warning|info|none}, <c>reidentification</c> {warningBelow, errorBelow,
/// catchment}, <c>codenames</c> [terms], <c>packs</c> [rule pack files] and <c>plugins</c> [analyzer assemblies], paths
/// relative to the file. Anything else is an error naming the file, the line and the keys that were expected, so a
/// typo never silently switches a rule back on.
/// </summary>
public sealed class ConfigurationLoader
{
    /// <summary>The file name looked for in a post's directory and its parents.</summary>
    public const string FileName = ".postlint.yml";

    private static readonly string[] TopLevelKeys = ["language", "author", "rules", "reidentification", "codenames", "packs", "plugins"];
    private static readonly string[] ReidentificationKeys = ["warningBelow", "errorBelow", "catchment"];

    private readonly HashSet<string> _knownRuleIds;

    /// <summary>Creates a loader that accepts the rule IDs in <paramref name="knownRuleIds"/> (a linter's <see cref="PostLinter.SupportedDiagnostics"/>).</summary>
    public ConfigurationLoader(IEnumerable<string> knownRuleIds)
    {
        ArgumentNullException.ThrowIfNull(knownRuleIds);
        _knownRuleIds = knownRuleIds.ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Loads the file at <paramref name="path"/>; <paramref name="displayPath"/> names it in messages.</summary>
    /// <exception cref="ConfigurationException">The file is missing, unreadable or invalid.</exception>
    public PostLintConfiguration Load(string path, string? displayPath = null)
    {
        displayPath ??= path;
        var yaml = ConfigurationText.Read(path, displayPath, "configuration file");
        return Parse(yaml, displayPath, Path.GetDirectoryName(Path.GetFullPath(path)));
    }

    /// <summary>Parses configuration text that came from <paramref name="displayPath"/>.</summary>
    /// <param name="yaml">The configuration text.</param>
    /// <param name="displayPath">Names the file in messages.</param>
    /// <param name="directory">The directory rule pack and plugin paths are relative to: the file's own; null for the current directory.</param>
    /// <exception cref="ConfigurationException">The text is not valid configuration.</exception>
    public PostLintConfiguration Parse(string yaml, string displayPath, string? directory = null)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        var document = YamlSource.Parse(yaml, displayPath, 0, static (p, l, c, r) => new ConfigurationException(p, l, c, r));
        var options = new PostLinterOptions();
        var language = PostLanguage.Auto;
        if (document.Root is null)
        {
            return new PostLintConfiguration(displayPath, options, language);
        }

        // Packs and plugins bring rule IDs of their own, so the rules are checked once every key has been read.
        YamlNode? rules = null;
        YamlNode? packs = null;
        foreach (var (key, keyNode, value) in document.Entries(document.Mapping(document.Root, "the configuration")))
        {
            switch (key)
            {
                case "language":
                    language = PostLanguageNames.TryParse(document.Scalar(value, key), out var parsed)
                        ? parsed
                        : throw document.Error(value, "language must be 'nl', 'en' or 'auto'");
                    options = options with { DefaultLanguage = language };
                    break;
                case "author":
                    options = options with { Author = AuthorProfileYaml.Read(document, value, "author") };
                    break;
                case "rules":
                    rules = value;
                    break;
                case "reidentification":
                    options = options with { Reidentification = ReadReidentification(document, value) };
                    break;
                case "codenames":
                    options = options with { Codenames = ReadTerms(document, value, key) };
                    break;
                case "packs":
                    packs = keyNode;
                    options = options with { AdditionalAnalyzers = [.. options.AdditionalAnalyzers, .. ReadPacks(document, value, displayPath, directory ?? Directory.GetCurrentDirectory())] };
                    break;
                case "plugins":
                    options = options with { AdditionalAnalyzers = [.. options.AdditionalAnalyzers, .. ReadPlugins(document, value, directory ?? Directory.GetCurrentDirectory())] };
                    break;
                default:
                    throw document.UnknownKey(keyNode, key, "the configuration", TopLevelKeys);
            }
        }

        var added = options.AdditionalAnalyzers.SelectMany(a => a.SupportedDiagnostics.Select(d => (d.Id, Pack: a is PackRuleAnalyzer))).Distinct().ToList();
        if (packs is not null && added.GroupBy(rule => rule.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw document.Error(packs, $"rule ID '{twice.Key}' is defined both by a rule pack and by a plugin");
        }

        if (rules is not null)
        {
            options = options with { RuleSeverities = ReadRules(document, rules, added.Select(rule => rule.Id).Concat(_knownRuleIds).ToHashSet(StringComparer.Ordinal)) };
        }

        return new PostLintConfiguration(displayPath, options, language);
    }

    // Pack files are relative to the configuration's directory; an ID may be defined once across them.
    private static List<DiagnosticAnalyzer> ReadPacks(YamlSource document, YamlNode node, string displayPath, string directory)
    {
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        var analyzers = new List<DiagnosticAnalyzer>();
        foreach (var item in document.Sequence(node, "packs"))
        {
            var file = document.Scalar(item, "packs[]").Trim();
            var packDisplay = Path.Combine(Path.GetDirectoryName(displayPath) ?? string.Empty, file);
            IReadOnlyList<PackRule> rules;
            try
            {
                rules = RulePacks.Load(Path.GetFullPath(file, directory), packDisplay);
            }
            catch (ConfigurationException ex) when (ex.Line is null)
            {
                // The pack could not be read at all: the line that lists it is where to look.
                throw document.Error(item, $"{ex.Reason}: '{file}'");
            }

            foreach (var rule in rules)
            {
                if (!ids.TryAdd(rule.Descriptor.Id, packDisplay))
                {
                    throw document.Error(item, $"rule ID '{rule.Descriptor.Id}' in {packDisplay} is already defined in {ids[rule.Descriptor.Id]}");
                }

                analyzers.Add(new PackRuleAnalyzer(rule));
            }
        }

        return analyzers;
    }

    private static Dictionary<string, DiagnosticSeverity?> ReadRules(YamlSource document, YamlNode node, IReadOnlySet<string> knownRuleIds)
    {
        var severities = new Dictionary<string, DiagnosticSeverity?>(StringComparer.Ordinal);
        foreach (var (key, keyNode, value) in document.Entries(document.Mapping(node, "rules")))
        {
            var id = key.Trim();
            if (RuleIdCheck.Problem(id, knownRuleIds, "under rules") is { } problem)
            {
                throw document.Error(keyNode, problem);
            }

            var severity = document.Scalar(value, $"rules.{id}");
            severities[id] = severity.Trim().ToLowerInvariant() is "none" or "off"
                ? null
                : DiagnosticSeverityNames.TryParse(severity, out var parsed)
                    ? parsed
                    : throw document.Error(value, $"rules.{id} must be error, warning, info or none, not '{severity}'");
        }

        return severities;
    }

    // Each plugin's analyzers, in the order listed; a plugin that cannot be used, or whose rule ID is taken, is an error at its line.
    private List<DiagnosticAnalyzer> ReadPlugins(YamlSource document, YamlNode node, string directory)
    {
        var analyzers = new List<DiagnosticAnalyzer>();
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in document.Sequence(node, "plugins"))
        {
            var path = document.Scalar(item, "plugins[]").Trim();
            if (path.Length == 0)
            {
                throw document.Error(item, "plugins[] must be the path of a .dll, not empty");
            }

            IReadOnlyList<DiagnosticAnalyzer> loaded;
            try
            {
                loaded = PluginLoader.Load(Path.GetFullPath(path, directory));
            }
            catch (PluginException ex)
            {
                throw document.Error(item, $"plugin '{path}': {ex.Reason}");
            }

            foreach (var id in loaded.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).Distinct(StringComparer.Ordinal))
            {
                if (_knownRuleIds.Contains(id))
                {
                    throw document.Error(item, $"plugin '{path}': rule ID {id} is already taken by a built-in rule");
                }

                if (!owners.TryAdd(id, path))
                {
                    throw document.Error(item, $"plugin '{path}': rule ID {id} is already defined by plugin '{owners[id]}'");
                }
            }

            analyzers.AddRange(loaded);
        }

        return analyzers;
    }

    private static ReidentificationOptions ReadReidentification(YamlSource document, YamlNode node)
    {
        var options = new ReidentificationOptions();
        foreach (var (key, keyNode, value) in document.Entries(document.Mapping(node, "reidentification")))
        {
            options = key switch
            {
                "warningBelow" => options with { WarningBelow = ReadNumber(document, value, "reidentification.warningBelow") },
                "errorBelow" => options with { ErrorBelow = ReadNumber(document, value, "reidentification.errorBelow") },
                "catchment" => options with { Catchment = ReadCatchment(document, value) },
                _ => throw document.UnknownKey(keyNode, key, "reidentification", ReidentificationKeys),
            };
        }

        if (options.ErrorBelow > options.WarningBelow)
        {
            throw document.Error(node, $"reidentification.errorBelow ({options.ErrorBelow}) must not exceed warningBelow ({options.WarningBelow})");
        }

        return options;
    }

    // "Infinity", "NaN" and "1e400" parse as doubles; a threshold must be a real, finite crowd size.
    private static double ReadNumber(YamlSource document, YamlNode node, string what)
    {
        var text = document.Scalar(node, what).Replace("_", string.Empty, StringComparison.Ordinal);
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number) && number >= 0
            ? number
            : throw document.Error(node, $"{what} must be a number of people (0 or more), not '{text}'");
    }

    // The population an institution serves: a whole number of people, at least one and at most everyone
    // on earth. Anything else (0, a negative number, Infinity) would switch PL2001's estimate off silently.
    private static long ReadCatchment(YamlSource document, YamlNode node)
    {
        const long MaxCatchment = 10_000_000_000;
        var text = document.Scalar(node, "reidentification.catchment").Replace("_", string.Empty, StringComparison.Ordinal);
        return long.TryParse(text, NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite, CultureInfo.InvariantCulture, out var people) && people is >= 1 and <= MaxCatchment
            ? people
            : throw document.Error(node, $"reidentification.catchment must be a whole number of people from 1 to {MaxCatchment:N0}, not '{text}'");
    }

    private static string[] ReadTerms(YamlSource document, YamlNode node, string what) =>
        document.Sequence(node, what)
            .Select(item => document.Scalar(item, what + "[]").Trim())
            .Where(term => term.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToArray();
}

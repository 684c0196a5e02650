using System.Text.RegularExpressions;
using PostLint.Configuration;
using PostLint.Diagnostics;
using PostLint.Text;
using YamlDotNet.RepresentationModel;

namespace PostLint.Packs;

/// <summary>
/// Reads a declarative rule pack: a YAML file with a list of <c>rules</c>, each with an ID, a category, a severity,
/// a title, a message in Dutch and English, and either <c>words</c> or a <c>pattern</c>. Every mistake stops the
/// read with a <see cref="ConfigurationException"/> naming the pack, the line and the problem.
/// </summary>
internal static class RulePackReader
{
    private static readonly string[] PackKeys = ["rules"];

    private static readonly string[] RuleKeys =
        ["id", "category", "severity", "title", "message", "words", "pattern", "lang", "unless", "skipFillers", "replace", "help", "description", "guideline"];

    private static readonly string[] Exceptions = ["negated", "quoted"];

    /// <summary>Reads the pack <paramref name="yaml"/> that came from <paramref name="displayPath"/>.</summary>
    /// <param name="yaml">The pack's text.</param>
    /// <param name="displayPath">The pack's name in messages.</param>
    /// <param name="readLexicon">Reads the lexicon a rule's <c>words:</c> names instead of listing them; null when it cannot.</param>
    /// <param name="builtIn">True for PostLint's own packs, the only ones that may use the reserved <c>PL</c> prefix.</param>
    public static IReadOnlyList<PackRule> Read(string yaml, string displayPath, Func<string, IReadOnlyList<LexiconEntry>> readLexicon, bool builtIn)
    {
        var document = YamlSource.Parse(yaml, displayPath, 0, static (p, l, c, r) => new ConfigurationException(p, l, c, r));
        if (document.Root is null)
        {
            throw new ConfigurationException(displayPath, null, null, "the rule pack is empty; it needs a list of rules");
        }

        YamlNode? rulesNode = null;
        foreach (var (key, keyNode, value) in document.Entries(document.Mapping(document.Root, "a rule pack")))
        {
            rulesNode = key == "rules" ? value : throw document.UnknownKey(keyNode, key, "the rule pack", PackKeys);
        }

        if (rulesNode is null)
        {
            throw document.Error(document.Root, "the rule pack has no 'rules:' list");
        }

        var rules = new List<PackRule>();
        foreach (var node in document.Sequence(rulesNode, "rules"))
        {
            var rule = ReadRule(document, document.Mapping(node, "a rule"), readLexicon, builtIn);
            if (rules.Exists(r => r.Descriptor.Id == rule.Descriptor.Id))
            {
                throw document.Error(node, $"rule ID '{rule.Descriptor.Id}' is defined twice in this pack");
            }

            rules.Add(rule);
        }

        return rules;
    }

    private static PackRule ReadRule(YamlSource document, YamlMappingNode node, Func<string, IReadOnlyList<LexiconEntry>> readLexicon, bool builtIn)
    {
        var values = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (key, keyNode, value) in document.Entries(node))
        {
            values[key] = Array.IndexOf(RuleKeys, key) >= 0 ? value : throw document.UnknownKey(keyNode, key, "a rule", RuleKeys);
        }

        YamlNode Required(string key) => values.TryGetValue(key, out var value) ? value : throw document.Error(node, $"a rule needs '{key}:'");
        string? Optional(string key) => values.TryGetValue(key, out var value) ? document.Scalar(value, key) : null;

        var idNode = Required("id");
        var id = document.Scalar(idNode, "id");
        if (!RuleId.IsWellFormed(id))
        {
            throw document.Error(idNode, $"rule ID '{id}' must be two to eight capital letters and four digits, such as HOSP0001");
        }

        if (RuleId.IsReserved(id) != builtIn)
        {
            throw document.Error(idNode, builtIn
                ? $"rule ID '{id}' of a built-in pack must start with PL"
                : $"rule ID '{id}' starts with PL, which is reserved for PostLint's own rules; use your organisation's prefix, such as HOSP0001");
        }

        var title = document.Scalar(Required("title"), "title").Trim();
        var descriptor = new DiagnosticDescriptor(
            id,
            title,
            Category(document, Required("category")),
            Severity(document, Required("severity")),
            Optional("guideline") ?? string.Empty,
            Optional("description") ?? title,
            Help(document, values.GetValueOrDefault("help")));

        var hasWords = values.TryGetValue("words", out var words);
        var hasPattern = values.TryGetValue("pattern", out var pattern);
        if (hasWords == hasPattern)
        {
            throw document.Error(node, $"rule {id} needs either 'words:' or 'pattern:', not {(hasWords ? "both" : "neither")}");
        }

        var skipFillers = Optional("skipFillers") is { } skip
            ? bool.TryParse(skip, out var parsed) ? parsed : throw document.Error(values["skipFillers"], $"skipFillers must be true or false, not '{skip}'")
            : false;
        return new PackRule
        {
            Descriptor = descriptor,
            Message = Text(document, Required("message"), "message"),
            Words = hasWords ? Words(document, words!, id, readLexicon, skipFillers) : null,
            Pattern = hasPattern ? Pattern(document, pattern!) : null,
            Language = values.TryGetValue("lang", out var lang) ? Language(document, lang) : null,
            Unless = values.TryGetValue("unless", out var unless) ? Unless(document, unless) : PackRuleExceptions.None,
            Replacement = values.TryGetValue("replace", out var replace) ? Text(document, replace, "replace") : null,
        };
    }

    private static DiagnosticCategory Category(YamlSource document, YamlNode node)
    {
        var name = document.Scalar(node, "category").Trim();
        foreach (var category in Enum.GetValues<DiagnosticCategory>())
        {
            if (string.Equals(category.ToString(), name, StringComparison.OrdinalIgnoreCase))
            {
                return category;
            }
        }

        throw document.Error(node, $"category must be one of {string.Join(", ", Enum.GetNames<DiagnosticCategory>())}, not '{name}'");
    }

    private static DiagnosticSeverity Severity(YamlSource document, YamlNode node)
    {
        var name = document.Scalar(node, "severity");
        return DiagnosticSeverityNames.TryParse(name, out var severity)
            ? severity
            : throw document.Error(node, $"severity must be error, warning or info, not '{name}'");
    }

    private static string? Help(YamlSource document, YamlNode? node)
    {
        if (node is null)
        {
            return null;
        }

        var help = document.Scalar(node, "help").Trim();
        return Uri.TryCreate(help, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? help
            : throw document.Error(node, $"help must be a web address (http or https), not '{help}'");
    }

    // "message: text" serves both languages; "message: {nl: ..., en: ...}" gives each its own.
    private static LocalizedText Text(YamlSource document, YamlNode node, string what)
    {
        if (node is YamlScalarNode)
        {
            var text = document.Scalar(node, what);
            return new LocalizedText(text, text);
        }

        string? dutch = null, english = null;
        foreach (var (key, keyNode, value) in document.Entries(document.Mapping(node, what)))
        {
            switch (key)
            {
                case "nl":
                    dutch = document.Scalar(value, $"{what}.nl");
                    break;
                case "en":
                    english = document.Scalar(value, $"{what}.en");
                    break;
                default:
                    throw document.UnknownKey(keyNode, key, what, ["nl", "en"]);
            }
        }

        return dutch is null && english is null
            ? throw document.Error(node, $"{what} needs 'nl:', 'en:' or both")
            : new LocalizedText(dutch ?? english!, english ?? dutch!);
    }

    // "words: [a, b*]" lists them; "words: file.txt" names a lexicon (one entry a line, # comments).
    private static WordList Words(YamlSource document, YamlNode node, string id, Func<string, IReadOnlyList<LexiconEntry>> readLexicon, bool skipFillers)
    {
        var options = WordListOptions.MatchSymbols | (skipFillers ? WordListOptions.IgnoreFillers : WordListOptions.None);
        if (node is YamlScalarNode)
        {
            var file = document.Scalar(node, "words");
            IReadOnlyList<LexiconEntry> entries;
            try
            {
                entries = readLexicon(file);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidOperationException or Input.InputException)
            {
                throw document.Error(node, ex is Input.InputException input ? $"{input.Reason}: '{file}'" : $"cannot read the word list '{file}': {ex.Message}");
            }

            return entries.Count > 0 ? new WordList($"{id}:{file}", entries, options) : throw document.Error(node, $"the word list '{file}' is empty");
        }

        var terms = document.Sequence(node, "words").Select(item => document.Scalar(item, "words[]").Trim()).Where(t => t.Length > 0).ToList();
        return terms.Count > 0
            ? new WordList(id, terms.Select(t => new LexiconEntry(t, [])), options)
            : throw document.Error(node, "words must list at least one word");
    }

    private static Regex Pattern(YamlSource document, YamlNode node)
    {
        var pattern = document.Scalar(node, "pattern");
        try
        {
            return new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(RegexLimits.MatchTimeoutMilliseconds));
        }
        catch (ArgumentException ex)
        {
            throw document.Error(node, $"pattern is not a valid .NET regular expression: {ex.Message}");
        }
    }

    private static PostLanguage Language(YamlSource document, YamlNode node)
    {
        var code = document.Scalar(node, "lang");
        return code.Trim() is "nl" or "en" && PostLanguageNames.TryParse(code.Trim(), out var language)
            ? language
            : throw document.Error(node, $"lang must be 'nl' or 'en', not '{code}'");
    }

    private static PackRuleExceptions Unless(YamlSource document, YamlNode node)
    {
        var exceptions = PackRuleExceptions.None;
        foreach (var item in document.Sequence(node, "unless"))
        {
            exceptions |= document.Scalar(item, "unless[]").Trim() switch
            {
                "negated" => PackRuleExceptions.Negated,
                "quoted" => PackRuleExceptions.Quoted,
                var other => throw document.Error(item, $"unless takes {string.Join(" and ", Exceptions)}, not '{other}'"),
            };
        }

        return exceptions;
    }
}

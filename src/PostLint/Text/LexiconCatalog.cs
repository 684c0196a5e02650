using System.Reflection;

namespace PostLint.Text;

/// <summary>
/// The machine-readable header of a lexicon file: lines <c>#! key: value</c> at its top, before the free-text
/// comment, naming the list, its languages, its columns, where it comes from and under which licence.
/// </summary>
/// <param name="Path">Path under <c>rules/</c>, e.g. <c>lexicons/tone/insults.txt</c>.</param>
/// <param name="Name">Short name of the list.</param>
/// <param name="Languages">Language codes (<c>nl</c>, <c>en</c>) or <c>any</c>.</param>
/// <param name="Columns">Column names, the term first.</param>
/// <param name="Source">Where the entries come from ("compiled by hand for PostLint", a data set and its version).</param>
/// <param name="Licence">The licence the entries are under.</param>
public sealed record LexiconHeader(string Path, string Name, IReadOnlyList<string> Languages, IReadOnlyList<string> Columns, string Source, string Licence);

/// <summary>
/// Every lexicon under <c>rules/lexicons</c> that ships inside the assembly, with its header. Lexicons are data: the
/// rules name them, the engine loads them (<see cref="Lexicon"/>, <see cref="WordList"/>) and matches them through the
/// post index.
/// </summary>
public static class LexiconCatalog
{
    private const string Prefix = "rules/";

    /// <summary>The path under <c>rules/</c> of every embedded lexicon, sorted.</summary>
    public static IReadOnlyList<string> Paths { get; } = Assembly.GetExecutingAssembly().GetManifestResourceNames()
        .Where(n => n.StartsWith(Prefix + "lexicons/", StringComparison.Ordinal) && (n.EndsWith(".txt", StringComparison.Ordinal) || n.EndsWith(".tsv", StringComparison.Ordinal)))
        .Select(n => n[Prefix.Length..])
        .Order(StringComparer.Ordinal)
        .ToArray();

    /// <summary>The header of <c>rules/<paramref name="path"/></c>.</summary>
    /// <exception cref="FormatException">The header lacks a field or is malformed.</exception>
    public static LexiconHeader Header(string path) => ParseHeader(path, Lexicon.ReadEmbedded(path));

    /// <summary>Parses the header of lexicon text read from <paramref name="path"/>.</summary>
    /// <exception cref="FormatException">The header lacks a field or is malformed.</exception>
    public static LexiconHeader ParseHeader(string path, string content)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var raw in content.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (!line.StartsWith("#!", StringComparison.Ordinal))
            {
                break;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0)
            {
                throw new FormatException($"{path}: header line '{line}' is not '#! key: value'.");
            }

            fields[line[2..colon].Trim()] = line[(colon + 1)..].Trim();
        }

        string Field(string key) => fields.TryGetValue(key, out var value) && value.Length > 0
            ? value
            : throw new FormatException($"{path}: the header has no '#! {key}:' line.");

        static string[] List(string value) => value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

        return new LexiconHeader(path, Field("name"), List(Field("language")), List(Field("columns")), Field("source"), Field("licence"));
    }
}

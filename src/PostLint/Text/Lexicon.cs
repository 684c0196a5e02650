using System.Collections.Concurrent;
using System.Reflection;

namespace PostLint.Text;

/// <summary>One line of a lexicon: a term and its extra tab-separated columns.</summary>
/// <param name="Term">The word or phrase.</param>
/// <param name="Columns">The columns after the term (e.g. a population, a prevalence class, a language).</param>
public sealed record LexiconEntry(string Term, IReadOnlyList<string> Columns)
{
    /// <summary>Column <paramref name="index"/> (0 = first after the term), or null when absent or empty.</summary>
    public string? Column(int index) => index < Columns.Count && Columns[index].Length > 0 ? Columns[index] : null;
}

/// <summary>
/// Reads the data files under <c>rules/</c>, embedded in the assembly. Format: UTF-8 text, one entry
/// per line, columns separated by tabs; lines starting with <c>#</c> are the header (source, licence,
/// column meanings) or comments. Files are parsed once per process and cached, so only the rules
/// that run pay for the data they use.
/// </summary>
public static class Lexicon
{
    private static readonly ConcurrentDictionary<string, IReadOnlyList<LexiconEntry>> Cache = new(StringComparer.Ordinal);

    /// <summary>The entries of <c>rules/<paramref name="path"/></c>, e.g. <c>lexicons/nl/first-names.txt</c>.</summary>
    /// <exception cref="FileNotFoundException">No such embedded file.</exception>
    public static IReadOnlyList<LexiconEntry> Load(string path) => Cache.GetOrAdd(path, static p => Parse(ReadEmbedded(p)));

    /// <summary>Parses lexicon text (exposed for tests and for configuration-supplied lists).</summary>
    public static IReadOnlyList<LexiconEntry> Parse(string content)
    {
        var entries = new List<LexiconEntry>();
        foreach (var raw in content.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line[0] == '#' || string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var parts = line.Split('\t');
            entries.Add(new LexiconEntry(parts[0].Trim(), parts.Skip(1).Select(c => c.Trim()).ToArray()));
        }

        return entries;
    }

    /// <summary>The raw text of the embedded file <c>rules/<paramref name="path"/></c>.</summary>
    public static string ReadEmbedded(string path)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("rules/" + path)
            ?? throw new FileNotFoundException($"Embedded rule data 'rules/{path}' is missing from the PostLint assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>True when the embedded file exists.</summary>
    public static bool Exists(string path) => Assembly.GetExecutingAssembly().GetManifestResourceInfo("rules/" + path) is not null;
}

using System.Collections.Concurrent;
using System.Reflection;
using System.Text;

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
        // Walks the text in place: splitting it into lines and each line into columns first allocated several times
        // the lexicon's size, and every lexicon is parsed at the start of a run.
        var entries = new List<LexiconEntry>();
        var rest = content.AsSpan();
        while (true)
        {
            var end = rest.IndexOf('\n');
            var line = (end < 0 ? rest : rest[..end]).TrimEnd('\r');
            if (!line.IsEmpty && line[0] != '#' && !line.IsWhiteSpace())
            {
                entries.Add(ParseLine(line));
            }

            if (end < 0)
            {
                return entries;
            }

            rest = rest[(end + 1)..];
        }
    }

    private static LexiconEntry ParseLine(ReadOnlySpan<char> line)
    {
        var tab = line.IndexOf('\t');
        if (tab < 0)
        {
            return new LexiconEntry(line.Trim().ToString(), []);
        }

        var term = line[..tab].Trim().ToString();
        var rest = line[(tab + 1)..];
        var columns = new string[rest.Count('\t') + 1];
        for (var c = 0; c < columns.Length; c++)
        {
            var next = rest.IndexOf('\t');
            columns[c] = (next < 0 ? rest : rest[..next]).Trim().ToString();
            rest = next < 0 ? default : rest[(next + 1)..];
        }

        return new LexiconEntry(term, columns);
    }

    /// <summary>The raw text of the embedded file <c>rules/<paramref name="path"/></c>.</summary>
    public static string ReadEmbedded(string path)
    {
        var bytes = ModelBytes.OfResource(Assembly.GetExecutingAssembly(), "rules/" + path)
            ?? throw new FileNotFoundException($"Embedded rule data 'rules/{path}' is missing from the PostLint assembly.");

        // The files are UTF-8; decoding them where the assembly holds them spares a reader's buffers and copies.
        var text = bytes.Span;
        return Encoding.UTF8.GetString(text.StartsWith(Encoding.UTF8.Preamble) ? text[Encoding.UTF8.Preamble.Length..] : text);
    }

    /// <summary>True when the embedded file exists.</summary>
    public static bool Exists(string path) => Assembly.GetExecutingAssembly().GetManifestResourceInfo("rules/" + path) is not null;
}

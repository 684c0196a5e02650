using PostLint.Input;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace PostLint.Configuration;

/// <summary>
/// Reads a YAML document through YamlDotNet's representation model (no reflection, so it trims and
/// compiles ahead of time) and turns every shape error into an <see cref="InputException"/> that
/// names the file, the line and what was expected.
/// </summary>
internal sealed class YamlSource
{
    /// <summary>
    /// Deepest nesting of mappings and sequences accepted. PostLint's own keys nest three deep; the
    /// representation model recurses per level, so a document nested tens of thousands deep would
    /// overflow the stack (which no catch can stop) if it were loaded.
    /// </summary>
    public const int MaxDepth = 64;

    private readonly string _path;
    private readonly int _lineOffset;
    private readonly Func<string, int?, int?, string, InputException> _error;

    private YamlSource(string path, int lineOffset, Func<string, int?, int?, string, InputException> error, YamlNode? root)
    {
        _path = path;
        _lineOffset = lineOffset;
        _error = error;
        Root = root;
    }

    /// <summary>The document's root node, or null for an empty document.</summary>
    public YamlNode? Root { get; }

    /// <summary>Parses <paramref name="yaml"/>, which starts at line <paramref name="lineOffset"/> + 1 of <paramref name="path"/>.</summary>
    public static YamlSource Parse(string yaml, string path, int lineOffset, Func<string, int?, int?, string, InputException> error)
    {
        var stream = new YamlStream();
        var parser = new DepthLimitedParser(new Parser(new StringReader(yaml)));
        try
        {
            stream.Load(parser);
        }
        catch (DepthLimitException ex)
        {
            throw error(path, (int)ex.Start.Line + lineOffset, (int)ex.Start.Column, $"YAML nested deeper than {MaxDepth} levels; PostLint's keys need three");
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet's scanner and loader fail like this on some malformed documents (found by fuzzing)
            // instead of with a YamlException; the last event read is as near to the fault as is known.
            var near = parser.Current?.End ?? Mark.Empty;
            throw error(path, (int)near.Line + lineOffset, (int)near.Column, "invalid YAML: the document's structure is broken after this point");
        }
        catch (YamlException ex)
        {
            // YamlDotNet places a tab in the indentation at the mapping that holds it; the author needs the tab's own line.
            var (line, column) = ex.Message.Contains("tab", StringComparison.OrdinalIgnoreCase) && TabIndentation(yaml, (int)ex.Start.Line) is { } tab
                ? tab
                : ((int)ex.Start.Line, (int)ex.Start.Column);
            throw error(path, line + lineOffset, column, "invalid YAML: " + WithoutLocation(ex.Message));
        }

        if (stream.Documents.Count > 1)
        {
            var second = stream.Documents[1].RootNode;
            throw error(path, (int)second.Start.Line + lineOffset, null, "expected one YAML document, found several");
        }

        var root = stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
        if (root is YamlScalarNode { Value: null or "" or "~" or "null" })
        {
            root = null;
        }

        return new YamlSource(path, lineOffset, error, root);
    }

    /// <summary>An error at <paramref name="node"/>.</summary>
    public InputException Error(YamlNode node, string reason) =>
        _error(_path, (int)node.Start.Line + _lineOffset, (int)node.Start.Column, reason);

    /// <summary>The node as a mapping, or an error saying what <paramref name="what"/> should be.</summary>
    public YamlMappingNode Mapping(YamlNode node, string what) =>
        node as YamlMappingNode ?? throw Error(node, $"{what} must be a mapping of keys to values");

    /// <summary>The node as a sequence; a single scalar counts as a sequence of one.</summary>
    public IReadOnlyList<YamlNode> Sequence(YamlNode node, string what) => node switch
    {
        YamlSequenceNode sequence => sequence.Children.ToList(),
        YamlScalarNode scalar => [scalar],
        _ => throw Error(node, $"{what} must be a list"),
    };

    /// <summary>The node's text, or an error saying <paramref name="what"/> must be text.</summary>
    public string Scalar(YamlNode node, string what) =>
        node is YamlScalarNode { Value: { } value } ? value : throw Error(node, $"{what} must be a single value");

    /// <summary>The key/value pairs of a mapping, keys as text.</summary>
    public IEnumerable<(string Key, YamlNode KeyNode, YamlNode Value)> Entries(YamlMappingNode mapping)
    {
        foreach (var (key, value) in mapping.Children)
        {
            yield return (Scalar(key, "a key"), key, value);
        }
    }

    /// <summary>An error for a key the caller does not know, listing the keys it does.</summary>
    public InputException UnknownKey(YamlNode keyNode, string key, string where, IEnumerable<string> expected) =>
        Error(keyNode, $"unknown key '{key}' in {where}; expected one of: {string.Join(", ", expected)}");

    /// <summary>
    /// Hands the parser's events to the loader and stops before a collection opens past <see cref="MaxDepth"/>:
    /// the scanner and parser keep their state on the heap, only loading the nodes recurses.
    /// </summary>
    private sealed class DepthLimitedParser(IParser inner) : IParser
    {
        private int _depth;

        public ParsingEvent? Current => inner.Current;

        public bool MoveNext()
        {
            if (!inner.MoveNext())
            {
                return false;
            }

            switch (inner.Current)
            {
                case MappingStart or SequenceStart when ++_depth > MaxDepth:
                    throw new DepthLimitException(inner.Current.Start);
                case MappingEnd or SequenceEnd:
                    _depth--;
                    break;
            }

            return true;
        }
    }

    private sealed class DepthLimitException(Mark start) : Exception
    {
        public Mark Start { get; } = start;
    }

    // The first line from line number <paramref name="from"/> on whose indentation holds a tab, and the tab's column.
    private static (int Line, int Column)? TabIndentation(string yaml, int from)
    {
        var lines = yaml.Split('\n');
        for (var i = Math.Max(from, 1) - 1; i < lines.Length; i++)
        {
            var indentation = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
            var tab = lines[i].IndexOf('\t', 0, indentation);
            if (tab >= 0)
            {
                return (i + 1, tab + 1);
            }
        }

        return null;
    }

    // YamlDotNet prefixes messages with "(Line: 3, Col: 5, Idx: 20) - (Line: ...): "; the location is reported separately.
    private static string WithoutLocation(string message)
    {
        var cut = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith('(') && cut > 0 ? message[(cut + 3)..] : message;
    }
}

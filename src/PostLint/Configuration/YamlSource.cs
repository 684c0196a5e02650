using PostLint.Input;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PostLint.Configuration;

/// <summary>
/// Reads a YAML document through YamlDotNet's representation model (no reflection, so it trims and
/// compiles ahead of time) and turns every shape error into an <see cref="InputException"/> that
/// names the file, the line and what was expected.
/// </summary>
internal sealed class YamlSource
{
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
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException ex)
        {
            throw error(path, (int)ex.Start.Line + lineOffset, (int)ex.Start.Column, "invalid YAML: " + WithoutLocation(ex.Message));
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

    // YamlDotNet prefixes messages with "(Line: 3, Col: 5, Idx: 20) - (Line: ...): "; the location is reported separately.
    private static string WithoutLocation(string message)
    {
        var cut = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith('(') && cut > 0 ? message[(cut + 3)..] : message;
    }
}

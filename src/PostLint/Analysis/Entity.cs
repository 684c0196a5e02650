using PostLint.Diagnostics;

namespace PostLint.Analysis;

/// <summary>
/// A typed piece of a post found by a recognizer: the shared "semantic model" analyzers read.
/// </summary>
/// <param name="Type">What kind of entity.</param>
/// <param name="Span">Where it is in the post's text.</param>
/// <param name="Text">The covered text.</param>
public sealed record Entity(EntityType Type, TextSpan Span, string Text)
{
    /// <summary>Normalised or extracted attributes, e.g. <c>value=87</c> for an age, <c>population=950</c> for a place.</summary>
    public IReadOnlyDictionary<string, string> Attributes { get; init; } = EmptyAttributes;

    private static readonly IReadOnlyDictionary<string, string> EmptyAttributes = new Dictionary<string, string>();

    /// <summary>The order analyzers see entities in: by start, the longer of two that start together first.</summary>
    internal static Comparison<Entity> InTextOrder { get; } =
        static (a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : b.Span.Length.CompareTo(a.Span.Length);

    /// <summary>Returns the attribute's value or null.</summary>
    public string? Attribute(string name) => Attributes.TryGetValue(name, out var value) ? value : null;

    /// <summary>Returns the same entity with one more attribute.</summary>
    public Entity With(string name, string value)
    {
        var attributes = new Dictionary<string, string>(Attributes, StringComparer.Ordinal) { [name] = value };
        return this with { Attributes = attributes };
    }
}

using PostLint.Analysis;
using PostLint.Diagnostics;
using PostLint.Text;
using PostLint.Text.Entities;

namespace PostLint.Recognizers.Identifiers;

/// <summary>A name the learned entity model found in a post.</summary>
/// <param name="Span">From its first word's start to its last word's end.</param>
/// <param name="Type">PER, ORG, LOC or MISC.</param>
/// <param name="Confidence">The lowest tag probability over its words.</param>
internal readonly record struct LearnedEntity(TextSpan Span, string Type, float Confidence);

/// <summary>
/// What the learned entity model (<see cref="EntityModel"/>) reads in a post: the person, organisation, place and other
/// names it tags over the post index's words and sentences, and for an @-handle the probability that it is an
/// organisation's. Worked out once per post and shared through the index. The rules only consult it: they add a person
/// where their own care context already gives a role, or drop a handle the model is sure is an organisation's.
/// </summary>
internal sealed class LearnedEntities
{
    /// <summary>A tag probability from which a tagged name is taken as one (perceptron softmax: most tags are near 0 or 1).</summary>
    public const float SureTag = 0.9f;

    /// <summary>The probability of being an organisation from which a handle is an organisation's (<c>EntityTraining.HighOrganisation</c>; ORG precision 0.79 on BTC dev and 0.93 on test, see the model card).</summary>
    public const float SureOrganisation = 0.8f;

    private static readonly object Key = new();

    private readonly PostIndex _index;
    private IReadOnlyList<LearnedEntity>? _names;

    private LearnedEntities(PostIndex index) => _index = index;

    /// <summary>The names found, in text order; the post is tagged on first use (a handle's type needs no tagging).</summary>
    public IReadOnlyList<LearnedEntity> Names => _names ??= Tag(_index);

    /// <summary>The model's reading of <paramref name="index"/>'s post.</summary>
    public static LearnedEntities Of(PostIndex index) => index.Shared(Key, i => new LearnedEntities(i));

    private static List<LearnedEntity> Tag(PostIndex index) =>
        [.. EntitySpan.Of(EntityModel.Shared.Tag(index.Text, index.Tokens, index.Sentences)).Select(s => new LearnedEntity(
            new TextSpan(index.Tokens[s.First].Span.Start, index.Tokens[s.Last].Span.End), s.Type, s.Confidence))];

    /// <summary>The probability that <paramref name="handle"/> (an entity of <see cref="EntityType.Handle"/>) is an organisation's account.</summary>
    public float OrganisationProbability(Entity handle)
    {
        var tokens = _index.Tokens;
        var first = _index.FirstTokenAtOrAfter(handle.Span.Start);
        var after = _index.FirstTokenAtOrAfter(handle.Span.End);
        var before = first > 0 ? tokens[first - 1].Normalized : string.Empty;
        var next = after < tokens.Count ? tokens[after].Normalized : string.Empty;
        var name = handle.Attribute("name") ?? handle.Text.TrimStart('@');
        return EntityModel.Shared.OrganisationProbability(name, before, next, handle.Attribute("atStart") == "true");
    }
}

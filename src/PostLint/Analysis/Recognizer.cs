using PostLint.Text;

namespace PostLint.Analysis;

/// <summary>
/// Turns text into typed entities. Recognizers run once per post, in registration order, before any
/// analyzer; a recognizer may read the entities that earlier ones produced.
/// </summary>
public abstract class Recognizer
{
    /// <summary>The entity types this recognizer can produce.</summary>
    public abstract IReadOnlyList<EntityType> Produces { get; }

    /// <summary>The word lists this recognizer looks up through <see cref="RecognitionContext.Index"/> (see <see cref="DiagnosticAnalyzer.WordLists"/>).</summary>
    public virtual IEnumerable<WordList> WordLists => [];

    /// <summary>Finds entities in the post and adds them to <paramref name="context"/>.</summary>
    public abstract void Recognize(RecognitionContext context);
}

/// <summary>What a recognizer sees and where it puts its entities.</summary>
public sealed class RecognitionContext
{
    private readonly List<Entity> _entities;

    // The spans of the entities of each set of types asked about by Overlaps, sorted; dropped when an entity of one of
    // the types is added. A recognizer asks about types other than its own, so each set is sorted once per recognizer.
    private readonly List<(EntityType[] Types, SpanLookup Spans)> _overlapQueries = [];

    internal RecognitionContext(Post post, PostIndex index, List<Entity> entities, PostLinterOptions options, CancellationToken cancellationToken = default)
    {
        Post = post;
        Index = index;
        Language = index.Language;
        _entities = entities;
        Options = options;
        CancellationToken = cancellationToken;
    }

    /// <summary>Cancelled when the post's time budget runs out; check it inside loops over matches.</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>The post.</summary>
    public Post Post { get; }

    /// <summary>The post's text.</summary>
    public string Text => Post.Text;

    /// <summary>The post's words, sentences, negation, quotes and word-list matches, shared by every recognizer and analyzer.</summary>
    public PostIndex Index { get; }

    /// <summary>The post's language, detected when the post did not say.</summary>
    public PostLanguage Language { get; }

    /// <summary>The language of the sentence at <paramref name="position"/> (see <see cref="PostIndex.LanguageAt"/>): read a quoted or mixed-in sentence in its own language.</summary>
    public PostLanguage LanguageAt(int position) => Index.LanguageAt(position);

    /// <summary>Effective options (thresholds, author profile, configured terms).</summary>
    public PostLinterOptions Options { get; }

    /// <summary>Entities produced so far by earlier recognizers.</summary>
    public IReadOnlyList<Entity> Entities => _entities;

    /// <summary>
    /// True when an entity of one of <paramref name="types"/> found so far overlaps <paramref name="span"/>. Answered by
    /// binary search, so a recognizer can ask it for every match it finds; walking all entities for each match made a
    /// post full of matches cost its length squared.
    /// </summary>
    public bool Overlaps(Diagnostics.TextSpan span, params EntityType[] types)
    {
        ArgumentNullException.ThrowIfNull(types);
        return Overlaps(span, types.AsSpan());
    }

    /// <inheritdoc cref="Overlaps(Diagnostics.TextSpan, EntityType[])"/>
    /// <remarks>Recognizers ask this for every match they find: a span of types costs no array per question.</remarks>
    public bool Overlaps(Diagnostics.TextSpan span, params ReadOnlySpan<EntityType> types)
    {
        foreach (var (known, spans) in _overlapQueries)
        {
            if (known.AsSpan().SequenceEqual(types))
            {
                return spans.Overlaps(span);
            }
        }

        var matching = new List<Diagnostics.TextSpan>();
        foreach (var entity in _entities)
        {
            if (types.Contains(entity.Type))
            {
                matching.Add(entity.Span);
            }
        }

        var lookup = new SpanLookup(matching.ToArray());
        _overlapQueries.Add((types.ToArray(), lookup));
        return lookup.Overlaps(span);
    }

    /// <summary>Adds an entity.</summary>
    public void Add(Entity entity)
    {
        _entities.Add(entity);
        for (var q = _overlapQueries.Count - 1; q >= 0; q--)
        {
            if (Array.IndexOf(_overlapQueries[q].Types, entity.Type) >= 0)
            {
                _overlapQueries.RemoveAt(q);
            }
        }
    }

    /// <summary>Adds an entity of <paramref name="type"/> covering <paramref name="start"/>..<paramref name="end"/>.</summary>
    public Entity Add(EntityType type, int start, int end)
    {
        var entity = new Entity(type, new Diagnostics.TextSpan(start, end), Text[start..end]);
        Add(entity);
        return entity;
    }
}

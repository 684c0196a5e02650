using PostLint.Analysis;
using PostLint.Diagnostics;
using PostLint.Recognizers.QuasiIdentifiers;
using PostLint.Text;

namespace PostLint.Rules.Reidentification;

/// <summary>
/// Recognises an edited post again, so a proposed fix is judged by the entities and estimate the post would get
/// after the edit (and a fix that does not help is never offered). Only the quasi-identifier recognizers (and any
/// configured ones) run again: the estimate reads nothing else. The direct identifiers they consult (a name, an
/// e-mail address, a room) are the post's own, carried over the edit: a generalisation rewrites a quasi-identifier,
/// never an identifier, and running the identifier recognizers, the learned tagger among them, again for every
/// candidate cost more than half of the search.
/// </summary>
internal static class Reanalysis
{
    private static readonly Lazy<Recognizer[]> BuiltInQuasiIdentifiers = new(() => [.. QuasiIdentifierRecognizers.Create()]);
    private static readonly Lazy<HashSet<EntityType>> BuiltInQuasiIdentifierTypes = new(() => [.. BuiltInQuasiIdentifiers.Value.SelectMany(r => r.Produces)]);

    /// <summary>
    /// The entities of <paramref name="post"/> with <paramref name="edits"/> applied, which give <paramref name="text"/>;
    /// <paramref name="recognised"/> are the entities of the unedited post. Within the post's budget.
    /// </summary>
    public static IReadOnlyList<Entity> Recognize(Post post, IReadOnlyList<Entity> recognised, IReadOnlyList<TextEdit> edits, string text, PostLanguage language, PostLinterOptions options, CancellationToken cancellationToken = default)
    {
        // The search asks this for every candidate fix: without configured recognizers, the built-in set and its types are reused.
        var extra = options.AdditionalRecognizers;
        IReadOnlyList<Recognizer> rerun = extra.Count == 0 ? BuiltInQuasiIdentifiers.Value : [.. BuiltInQuasiIdentifiers.Value, .. extra];
        var rerunTypes = extra.Count == 0 ? BuiltInQuasiIdentifierTypes.Value : [.. rerun.SelectMany(r => r.Produces)];
        var entities = new List<Entity>();
        foreach (var entity in recognised)
        {
            if (!rerunTypes.Contains(entity.Type) && Shifted(entity, edits) is { } kept)
            {
                entities.Add(kept);
            }
        }

        var context = new RecognitionContext(new Post(text) { Language = language, Author = post.Author, Platform = post.Platform }, PostIndex.Of(text, language), entities, options, cancellationToken);
        foreach (var recognizer in rerun)
        {
            cancellationToken.ThrowIfCancellationRequested();
            recognizer.Recognize(context);
        }

        // The estimator takes the first of equally narrowing details, so it must see them in the engine's order.
        entities.Sort(Entity.InTextOrder);
        return entities;
    }

    // The entity where it stands after the edits, or null when an edit rewrites part of it.
    private static Entity? Shifted(Entity entity, IReadOnlyList<TextEdit> edits)
    {
        var shift = 0;
        foreach (var edit in edits)
        {
            if (edit.Span.Overlaps(entity.Span))
            {
                return null;
            }

            if (edit.Span.End <= entity.Span.Start)
            {
                shift += edit.NewText.Length - edit.Span.Length;
            }
        }

        return shift == 0 ? entity : entity with { Span = new TextSpan(entity.Span.Start + shift, entity.Span.End + shift) };
    }
}

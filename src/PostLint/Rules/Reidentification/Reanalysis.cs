using PostLint.Analysis;
using PostLint.Recognizers;
using PostLint.Text;

namespace PostLint.Rules.Reidentification;

/// <summary>
/// Runs the recognizers again over an edited post, so a proposed fix is judged by exactly the entities and
/// estimate the post would get after the edit (and a fix that does not help is never offered).
/// </summary>
internal static class Reanalysis
{
    private static readonly Lazy<Recognizer[]> BuiltIn = new(() => BuiltInRecognizers.Create().ToArray());

    /// <summary>The entities of <paramref name="post"/> with its text replaced by <paramref name="text"/>, within the post's budget.</summary>
    public static IReadOnlyList<Entity> Recognize(Post post, string text, PostLanguage language, PostLinterOptions options, CancellationToken cancellationToken = default)
    {
        var entities = new List<Entity>();
        var context = new RecognitionContext(new Post(text) { Language = language, Author = post.Author, Platform = post.Platform }, PostIndex.Of(text, language), entities, options, cancellationToken);
        foreach (var recognizer in BuiltIn.Value.Concat(options.AdditionalRecognizers))
        {
            cancellationToken.ThrowIfCancellationRequested();
            recognizer.Recognize(context);
        }

        // The estimator takes the first of equally narrowing details, so it must see them in the engine's order.
        entities.Sort(Entity.InTextOrder);
        return entities;
    }
}

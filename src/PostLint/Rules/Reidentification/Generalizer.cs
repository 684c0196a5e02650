using System.Globalization;
using PostLint.Analysis;
using PostLint.Diagnostics;

namespace PostLint.Rules.Reidentification;

/// <summary>A way to make one detail of a post more general, as an edit.</summary>
/// <param name="Entity">The detail.</param>
/// <param name="Edit">The replacement in the post's text.</param>
/// <param name="From">The words that are replaced, as shown to the author.</param>
/// <param name="To">What replaces them ("" for a removal).</param>
internal sealed record Generalization(Entity Entity, TextEdit Edit, string From, string To);

/// <summary>
/// Proposes the more general wording for a detail: an exact age becomes "oudere"/"older" (or is dropped), a
/// village its province or region, "gisteren" "onlangs", a rare condition "een zeldzame ziekte", an occupation a
/// generic word, a named event "een ongeval".
/// </summary>
internal static class Generalizer
{
    private static readonly string[] Articles = ["de ", "het ", "een ", "the ", "a ", "an "];

    /// <summary>The generalisation of <paramref name="entity"/>, or null when there is no sensible one.</summary>
    public static Generalization? For(Entity entity, string text, bool dutch)
    {
        var type = entity.Type;
        if (type == EntityType.Age)
        {
            return Age(entity, text, dutch);
        }

        if (type == EntityType.Place)
        {
            var region = entity.Attribute("region");
            return entity.Attribute("kind") == "vague" || string.IsNullOrEmpty(region) || region is "Europe" or "North America"
                ? null
                : Replace(entity, entity.Span, region, text);
        }

        if (type == EntityType.Date)
        {
            return Date(entity, text, dutch);
        }

        if (type == EntityType.Condition)
        {
            var rare = entity.Attribute("prevalenceClass") is "rare" or "ultra-rare";
            return WithArticle(entity, text, rare ? (dutch ? "een zeldzame ziekte" : "a rare disease") : (dutch ? "een aandoening" : "a condition"));
        }

        if (type == EntityType.Occupation || type == EntityType.Event)
        {
            return entity.Attribute("general") is { } general && general != entity.Text ? WithArticle(entity, text, general) : null;
        }

        if (type == EntityType.Family && double.TryParse(entity.Attribute("share"), NumberStyles.Float, CultureInfo.InvariantCulture, out var share) && share < 0.001)
        {
            return WithArticle(entity, text, dutch ? "iemand" : "someone");
        }

        return null;
    }

    private static Generalization? Age(Entity entity, string text, bool dutch)
    {
        var span = entity.Span;
        var value = entity.Text;
        var old = int.TryParse(entity.Attribute("value") ?? entity.Attribute("low"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var age) && age >= 65;
        // "11 dagen oud" reads as "een paar weken oud"; "een tweeling van 3 maanden" loses its "van 3 maanden" below.
        if (entity.Attribute("precisionDays") is not null && !value.StartsWith("van ", StringComparison.OrdinalIgnoreCase))
        {
            return Replace(entity, span, dutch ? "een paar weken oud" : "a few weeks old", text);
        }

        if (value.EndsWith("verjaardag", StringComparison.OrdinalIgnoreCase) || value.EndsWith("birthday", StringComparison.OrdinalIgnoreCase))
        {
            return Replace(entity, span, dutch ? "verjaardag" : "birthday", text);
        }

        if (old && (value.EndsWith("jarige", StringComparison.OrdinalIgnoreCase) || value.EndsWith("old", StringComparison.OrdinalIgnoreCase) || value.EndsWith("jarig", StringComparison.OrdinalIgnoreCase)))
        {
            return Replace(entity, span, value.EndsWith("old", StringComparison.OrdinalIgnoreCase) ? "older" : "oudere", text);
        }

        if (entity.Attribute("low") is not null && old)
        {
            return null;
        }

        // Drop the age with the space or comma that set it off: "Moeder (41)" -> "Moeder", "Bos, 82, uit" -> "Bos, uit".
        var start = span.Start;
        var end = span.End;
        if (start >= 2 && text[(start - 2)..start] == ", ")
        {
            start -= 2;
        }
        else if (end < text.Length && text[end] == ' ')
        {
            end++;
        }
        else if (start >= 1 && text[start - 1] == ' ')
        {
            start--;
        }

        return new Generalization(entity, new TextEdit(new TextSpan(start, end), string.Empty), value, string.Empty);
    }

    private static Generalization? Date(Entity entity, string text, bool dutch)
    {
        if (entity.Attribute("precision") is "recent" or "season" or "year")
        {
            return null;
        }

        var span = entity.Span;
        var before = text.AsSpan(0, span.Start);
        if (before.EndsWith("sinds ", StringComparison.OrdinalIgnoreCase) || before.EndsWith("since ", StringComparison.OrdinalIgnoreCase))
        {
            span = new TextSpan(span.Start - 6, span.End);
            return Replace(entity, span, dutch ? "sinds kort" : "recently", text);
        }

        var possessive = entity.Text.EndsWith("'s", StringComparison.Ordinal);
        return Replace(entity, span, possessive ? "a recent" : dutch ? "onlangs" : "recently", text);
    }

    private static Generalization WithArticle(Entity entity, string text, string replacement)
    {
        var span = entity.Span;
        var startsWithArticle = Articles.Any(a => replacement.StartsWith(a, StringComparison.OrdinalIgnoreCase));
        var article = Articles.FirstOrDefault(a => span.Start >= a.Length && text[(span.Start - a.Length)..span.Start].Equals(a, StringComparison.OrdinalIgnoreCase)
            && (span.Start == a.Length || !char.IsLetter(text[span.Start - a.Length - 1])));
        // "een zeldzame ALS-variant" -> "een zeldzame ziekte", not "een een zeldzame ziekte"; "de bakker" keeps its article.
        if (article is not null && startsWithArticle)
        {
            span = new TextSpan(span.Start - article.Length, span.End);
        }

        return Replace(entity, span, replacement, text);
    }

    private static Generalization Replace(Entity entity, TextSpan span, string replacement, string text)
    {
        var original = text[span.Start..span.End];
        if (original.Length > 0 && char.IsUpper(original[0]) && replacement.Length > 0 && char.IsLower(replacement[0]) && IsSentenceStart(text, span.Start))
        {
            replacement = char.ToUpperInvariant(replacement[0]) + replacement[1..];
        }

        return new Generalization(entity, new TextEdit(span, replacement), original, replacement);
    }

    private static bool IsSentenceStart(string text, int index)
    {
        var i = index - 1;
        while (i >= 0 && char.IsWhiteSpace(text[i]))
        {
            i--;
        }

        return i < 0 || text[i] is '.' or '!' or '?' or ':' or '\n' || char.IsSurrogate(text[i]);
    }
}

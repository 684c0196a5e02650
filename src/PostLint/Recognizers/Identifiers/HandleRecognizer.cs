using System.Text.RegularExpressions;
using PostLint.Analysis;
using PostLint.Text;

namespace PostLint.Recognizers.Identifiers;

/// <summary>
/// Finds social-media handles (<see cref="EntityType.Handle"/>): <c>@name</c> mentions, including
/// Mastodon's <c>@name@instance.social</c>, but not e-mail addresses (the <c>@</c> must not follow a letter or digit).
/// Attributes: <c>name</c> (without <c>@</c>), <c>atStart</c> (<c>true</c> when the post opens with it, as replies do).
/// </summary>
internal sealed partial class HandleRecognizer : Recognizer
{
    public override IReadOnlyList<EntityType> Produces { get; } = [EntityType.Handle];

    public override void Recognize(RecognitionContext context)
    {
        var text = context.Text;
        var earlier = new SpanLookup(context.Entities.Select(e => e.Span));
        var postStart = 0;
        while (postStart < text.Length && char.IsWhiteSpace(text[postStart]))
        {
            postStart++;
        }

        foreach (Match match in Mention().Matches(text))
        {
            // "@" inside an e-mail address or a link ("https://x.com/@name") is part of that entity.
            if (earlier.Covers(match.Index))
            {
                continue;
            }

            context.Add(new Entity(EntityType.Handle, new(match.Index, match.Index + match.Length), match.Value)
            {
                Attributes = new Dictionary<string, string>(StringComparer.Ordinal)
                {
                    ["name"] = match.Groups["name"].Value,
                    ["atStart"] = match.Index == postStart ? "true" : "false",
                },
            });
        }
    }

    // Letters, digits, underscores and inner dots; an optional "@instance.tld" for the fediverse.
    [GeneratedRegex(@"(?<![\w@.])@(?<name>[A-Za-z0-9_](?:[A-Za-z0-9_.]*[A-Za-z0-9_])?)(?:@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)?", RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Mention();
}

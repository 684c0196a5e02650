using System.Text.RegularExpressions;
using PostLint.Analysis;
using PostLint.Text;

namespace PostLint.Recognizers.Identifiers;

/// <summary>
/// Finds social-media handles (<see cref="EntityType.Handle"/>): <c>@name</c> mentions, including
/// Mastodon's <c>@name@instance.social</c>, but not e-mail addresses (the <c>@</c> must not follow a letter or digit).
/// Attributes: <c>name</c> (without <c>@</c>), <c>words</c> (the name split at underscores, dots, digits and
/// inner capitals, lower case: <c>MedCramVideos</c> is "med cram videos"), <c>atStart</c> (<c>true</c> when the post
/// opens with it or with a run of handles that it belongs to, as replies to several people do), and <c>organisation</c>
/// (the name of the listed health body, hospital or medium whose account it is: <c>@GGDHaaglanden</c>, <c>@UZLeuven</c>).
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

        // A reply to several people opens with all their handles: "@anna @bram Volgens mij ..." addresses both.
        var replyRunEnd = postStart;
        foreach (Match match in Mention().Matches(text))
        {
            // "@" inside an e-mail address or a link ("https://x.com/@name") is part of that entity.
            if (earlier.Covers(match.Index))
            {
                continue;
            }

            var inReplyRun = match.Index == replyRunEnd;
            if (inReplyRun)
            {
                replyRunEnd = match.Index + match.Length;
                while (replyRunEnd < text.Length && char.IsWhiteSpace(text[replyRunEnd]))
                {
                    replyRunEnd++;
                }
            }

            var attributes = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["name"] = match.Groups["name"].Value,
                ["words"] = Words(match.Groups["name"].Value),
                ["atStart"] = inReplyRun ? "true" : "false",
            };
            if (HealthBodies.OrganisationOfHandle(match.Groups["name"].Value) is { } organisation)
            {
                attributes["organisation"] = organisation;
            }

            context.Add(new Entity(EntityType.Handle, new(match.Index, match.Index + match.Length), match.Value) { Attributes = attributes });
        }
    }

    // Accounts are named in camel case or with separators ("MedCramVideos", "nhs_england", "dr.jansen"): the words tell
    // an organisation's or channel's account from a person's.
    private static string Words(string name)
    {
        var words = new System.Text.StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (!char.IsLetter(c))
            {
                words.Append(' ');
                continue;
            }

            var newWord = i > 0 && char.IsUpper(c) && (char.IsLower(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]) && char.IsUpper(name[i - 1])));
            words.Append(newWord ? " " : string.Empty).Append(char.ToLowerInvariant(c));
        }

        return string.Join(' ', words.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    // Letters, digits, underscores and inner dots; an optional "@instance.tld" for the fediverse.
    [GeneratedRegex(@"(?<![\w@.])@(?<name>[A-Za-z0-9_](?:[A-Za-z0-9_.]*[A-Za-z0-9_])?)(?:@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)?", RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Mention();
}

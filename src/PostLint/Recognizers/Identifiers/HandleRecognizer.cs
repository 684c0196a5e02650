using System.Text.RegularExpressions;
using PostLint.Analysis;
using PostLint.Text;

namespace PostLint.Recognizers.Identifiers;

/// <summary>
/// Finds social-media handles (<see cref="EntityType.Handle"/>): <c>@name</c> mentions, including
/// Mastodon's <c>@name@instance.social</c>, but not e-mail addresses (the <c>@</c> must not follow a letter or digit).
/// Attributes: <c>name</c> (without <c>@</c>), <c>words</c> (the name split at underscores, dots, digits and
/// inner capitals, lower case: <c>MedCramVideos</c> is "med cram videos"), <c>atStart</c> (<c>true</c> when the post
/// opens with it or with a run of handles that it belongs to, as replies to several people do), <c>organisation</c>
/// (the name of the listed health body, hospital or medium whose account it is: <c>@GGDHaaglanden</c>, <c>@UZLeuven</c>),
/// and <c>looksLike</c>: <c>person</c> when the name opens with a listed given name and goes on with more of a name
/// (<c>@daan_jansen</c>, <c>@sjoerdvanderlaan</c>, <c>@lotte.mulder</c>), <c>organisation</c> when a word of it is a Dutch
/// compound that names an organisation (<c>@Kankerbestrijding</c>, <c>@Longfonds</c>, <c>@ThuiszorgWest</c>).
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
            else if (IsPersonalName(attributes["words"]))
            {
                attributes["looksLike"] = "person";
            }
            else if (HasOrganisationWord(attributes["words"]))
            {
                attributes["looksLike"] = "organisation";
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

    // Shortest and longest given name looked for at the start of a name run together ("sjoerdvanderlaan").
    private const int ShortestGivenName = 3;
    private const int LongestGivenName = 10;

    // "daan jansen", "lotte mulder", "sjoerdvanderlaan", "pietjanssen": a listed given name (one that is no ordinary
    // word) followed by more words, or run together with a listed surname or a surname that opens with a particle. An
    // organisation's account rarely starts with a given name.
    private static bool IsPersonalName(string words)
    {
        var space = words.IndexOf(' ');
        if (space > 0)
        {
            return NameLexicons.IsLowerCaseFirstName(words[..space]) && words.Length - space > ShortestGivenName;
        }

        for (var length = ShortestGivenName; length <= Math.Min(LongestGivenName, words.Length - ShortestGivenName); length++)
        {
            if (NameLexicons.IsLowerCaseFirstName(words[..length]) && IsSurnameRunTogether(words[length..]))
            {
                return true;
            }
        }

        return false;
    }

    // Dutch organisations name themselves with compounds ending in these: kankerbestrijding, longfonds, thuiszorg, hartstichting.
    private static readonly string[] OrganisationEndings =
    [
        "bestrijding", "fonds", "stichting", "vereniging", "centrum", "zorg", "bond", "platform", "federatie", "instituut", "nederland",
        "vlaanderen", "gezondheid", "ziekenhuis", "ziekenhuizen", "apotheek", "praktijk", "kliniek", "groep", "netwerk",
    ];

    private static bool HasOrganisationWord(string words) =>
        words.Split(' ').Any(word => OrganisationEndings.Any(ending => word.EndsWith(ending, StringComparison.Ordinal)));

    private static readonly string[] SurnameParticles = ["van", "de", "der", "den", "ter", "ten"];

    private static bool IsSurnameRunTogether(string letters) =>
        NameLexicons.IsRunTogetherSurname(letters) || SurnameParticles.Any(p => letters.Length >= p.Length + ShortestGivenName && letters.StartsWith(p, StringComparison.Ordinal));

    // Letters, digits, underscores and inner dots; an optional "@instance.tld" for the fediverse.
    [GeneratedRegex(@"(?<![\w@.])@(?<name>[A-Za-z0-9_](?:[A-Za-z0-9_.]*[A-Za-z0-9_])?)(?:@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)?", RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Mention();
}

using System.Globalization;
using System.Text.RegularExpressions;
using PostLint.Analysis;
using PostLint.Text;

namespace PostLint.Recognizers.QuasiIdentifiers;

/// <summary>
/// Finds rare physical or personal traits (<see cref="EntityType.Trait"/>): a height of two metres or more
/// (<c>2 meter 10</c>, <c>2,05 m</c>, <c>seven-foot</c>), <c>albino</c>, dwarfism, a face tattoo, six fingers,
/// and superlatives that fit one person (<c>de oudste inwoner van Elburg</c>, <c>onze oudste bewoner</c>,
/// <c>the oldest resident of</c>, <c>our youngest ever transplant patient</c>, <c>de jongste donor ooit</c>).
/// Attributes: <c>share</c> (rough fraction of people with the trait) and <c>unique</c>=<c>true</c> for a
/// superlative.
/// </summary>
internal sealed partial class TraitRecognizer : Recognizer
{
    public override IReadOnlyList<EntityType> Produces { get; } = [EntityType.Trait];

    public override void Recognize(RecognitionContext context)
    {
        var text = context.Text;
        var found = new List<Entity>();
        var taken = new DisjointSpans();
        void Add(Match m, double share, bool unique)
        {
            var span = new Diagnostics.TextSpan(m.Index, m.Index + m.Length);
            if (taken.Overlaps(span))
            {
                return;
            }

            var attributes = new Dictionary<string, string>(StringComparer.Ordinal) { ["share"] = share.ToString("G3", CultureInfo.InvariantCulture) };
            if (unique)
            {
                attributes["unique"] = "true";
            }

            taken.Add(span);
            found.Add(new Entity(EntityType.Trait, span, m.Value) { Attributes = attributes });
        }

        if (Mentions(text, "oudste") || Mentions(text, "jongste") || Mentions(text, "oldest") || Mentions(text, "youngest"))
        {
            foreach (Match m in Superlative().Matches(text))
            {
                Add(m, 1.0 / 18_000_000, unique: true);
            }
        }

        foreach (Match m in Height().Matches(text))
        {
            var centimetres = m.Groups["cm"].Success ? int.Parse(m.Groups["cm"].Value.PadRight(2, '0'), CultureInfo.InvariantCulture) : 10;
            Add(m, centimetres >= 10 ? 0.00001 : 0.002, unique: false);
        }

        foreach (Match m in Rare().Matches(text))
        {
            Add(m, m.Value.Contains("tat", StringComparison.OrdinalIgnoreCase) || m.Value.Contains("vinger", StringComparison.OrdinalIgnoreCase) || m.Value.Contains("finger", StringComparison.OrdinalIgnoreCase) ? 0.001 : 0.00005, unique: false);
        }

        foreach (var entity in found)
        {
            context.Add(entity);
        }
    }

    // A cheap test for a word the pattern cannot match without.
    private static bool Mentions(string text, string word) => text.Contains(word, StringComparison.OrdinalIgnoreCase);

    // "de oudste inwoner van Elburg", "onze oudste bewoner", "our youngest ever heart transplant patient",
    // "de jongste donor ooit": a superlative over a place, one's own patients, or all time. Staff ("onze jongste
    // collega", "our youngest team member") are not patients and are left out.
    [GeneratedRegex(@"\b(?:(?:de|het|the)\s+(?:oudste|jongste|oldest|youngest)\s+(?:inwoner|inwoonster|bewoner|bewoonster|Nederlander|man|vrouw|resident|inhabitant|person|woman|living\s+person)\s+(?:van|in|of|uit)\s+(?:het\s+dorp|the\s+village|the\s+town|the\s+island|het\s+eiland|Nederland|the\s+UK|\p{Lu}[\p{L}-]+)|(?:onze|ons|our)\s+(?:oudste|jongste|oldest|youngest)(?:\s+ever)?(?:\s+[\p{L}-]+){0,2}?\s+(?:bewoner|bewoonster|resident|patiënte?|patient|cliënte?|donor|ontvanger|recipient)(?:\s+(?:ooit|ever))?|(?:de|het|the)\s+(?:oudste|jongste|oldest|youngest)\s+(?:ever(?:\s+[\p{L}-]+){0,2}?\s+(?:patiënte?|patient|donor|ontvanger|recipient|baby|mother|moeder)|(?:[\p{L}-]+\s+){0,2}?(?:patiënte?|patient|donor|ontvanger|recipient|baby|mother|moeder)\s+(?:ooit|ever)))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Superlative();

    [GeneratedRegex(@"\b(?:2[.,](?<cm>[0-4]\d)\s?m(?:eter)?|2\s+meter\s+(?<cm>\d{1,2})|(?:7|seven)[- ]?(?:ft|foot|feet)(?:\s+tall)?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Height();

    [GeneratedRegex(@"\b(?:albino|dwerggroei|dwarfism|volledig\s+getatoeëerd|gezichtstattoo|face\s+tattoo|fully\s+tattooed|zes\s+vingers|six\s+fingers)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Rare();
}

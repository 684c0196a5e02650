using System.Globalization;
using System.Text.RegularExpressions;
using PostLint.Analysis;

namespace PostLint.Recognizers.QuasiIdentifiers;

/// <summary>
/// Finds rare physical or personal traits (<see cref="EntityType.Trait"/>): a height of two metres or more
/// (<c>2 meter 10</c>, <c>2,05 m</c>, <c>seven-foot</c>), <c>albino</c>, dwarfism, a face tattoo, six fingers,
/// and superlatives that fit one person (<c>de oudste inwoner van Elburg</c>, <c>onze oudste bewoner</c>,
/// <c>the oldest resident of</c>).
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
        void Add(Match m, double share, bool unique)
        {
            var span = new Diagnostics.TextSpan(m.Index, m.Index + m.Length);
            if (found.Any(e => e.Span.Overlaps(span)))
            {
                return;
            }

            var attributes = new Dictionary<string, string>(StringComparer.Ordinal) { ["share"] = share.ToString("G3", CultureInfo.InvariantCulture) };
            if (unique)
            {
                attributes["unique"] = "true";
            }

            found.Add(new Entity(EntityType.Trait, span, m.Value) { Attributes = attributes });
        }

        foreach (Match m in Oldest().Matches(text))
        {
            Add(m, 1.0 / 18_000_000, unique: true);
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

    [GeneratedRegex(@"\b(?:(?:de|het|the)\s+(?:oudste|oldest)\s+(?:inwoner|inwoonster|bewoner|bewoonster|Nederlander|man|vrouw|resident|inhabitant|person|woman|living\s+person)\s+(?:van|in|of|uit)\s+(?:het\s+dorp|the\s+village|the\s+town|the\s+island|het\s+eiland|Nederland|the\s+UK|\p{Lu}[\p{L}-]+)|(?:onze|ons|our)\s+(?:oudste|oldest)\s+(?:bewoner|bewoonster|resident|patiënte?|patient|cliënte?))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Oldest();

    [GeneratedRegex(@"\b(?:2[.,](?<cm>[0-4]\d)\s?m(?:eter)?|2\s+meter\s+(?<cm>\d{1,2})|(?:7|seven)[- ]?(?:ft|foot|feet)(?:\s+tall)?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Height();

    [GeneratedRegex(@"\b(?:albino|dwerggroei|dwarfism|volledig\s+getatoeëerd|gezichtstattoo|face\s+tattoo|fully\s+tattooed|zes\s+vingers|six\s+fingers)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Rare();
}

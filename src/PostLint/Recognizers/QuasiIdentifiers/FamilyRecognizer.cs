using System.Globalization;
using System.Text.RegularExpressions;
using PostLint.Analysis;
using PostLint.Text;

namespace PostLint.Recognizers.QuasiIdentifiers;

/// <summary>
/// Finds family details that narrow a crowd (<see cref="EntityType.Family"/>): <c>moeder van vijf</c>,
/// <c>dad of twins</c>, <c>his twin brother</c>, <c>weduwe</c>, <c>twee broertjes</c>, a relative who was also a
/// patient (<c>haar moeder lag vorig jaar ook bij ons</c>) and a relative of a known office holder
/// (<c>de weduwe van de oud-burgemeester</c>, which is as narrow as the office itself).
/// Attribute: <c>share</c>, the rough fraction of people the detail leaves.
/// </summary>
internal sealed partial class FamilyRecognizer : Recognizer
{
    private static readonly Lazy<Dictionary<string, double>> RoleShares = new(() =>
        Lexicon.Load("lexicons/occupations/occupations.tsv")
            .GroupBy(e => Tokenizer.Normalize(e.Term), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => double.Parse(g.First().Column(1) ?? "0.01", CultureInfo.InvariantCulture), StringComparer.Ordinal));

    public override IReadOnlyList<EntityType> Produces { get; } = [EntityType.Family];

    public override void Recognize(RecognitionContext context)
    {
        var text = context.Text;
        var found = new List<Entity>();
        var taken = new DisjointSpans();
        void Add(Match m, double share)
        {
            var span = new Diagnostics.TextSpan(m.Index, m.Index + m.Length);
            if (taken.Overlaps(span) || context.Overlaps(span, EntityType.Person, EntityType.Email, EntityType.Url, EntityType.Handle))
            {
                return;
            }

            taken.Add(span);
            found.Add(new Entity(EntityType.Family, span, m.Value)
            {
                Attributes = new Dictionary<string, string> { ["share"] = share.ToString("G3", CultureInfo.InvariantCulture) },
            });
        }

        foreach (Match m in RelativeOfOfficeHolder().Matches(text))
        {
            var role = Tokenizer.Normalize(m.Groups["role"].Value).Replace("voormalige ", "oud-", StringComparison.Ordinal).Replace("former ", string.Empty, StringComparison.Ordinal);
            if (RoleShares.Value.TryGetValue(role, out var share) || RoleShares.Value.TryGetValue(role.Replace("oud-", string.Empty, StringComparison.Ordinal).Replace("ex-", string.Empty, StringComparison.Ordinal), out share))
            {
                Add(m, share);
            }
        }

        foreach (Match m in ParentOf().Matches(text))
        {
            var n = m.Groups["twins"].Success ? 2 : NumberWords.Parse(m.Groups["n"].Value) ?? 2;
            var share = m.Groups["twins"].Success ? 0.03 : n switch { <= 2 => 0.3, 3 => 0.1, 4 => 0.03, _ => 0.01 };
            Add(m, share);
        }

        foreach (Match m in Twin().Matches(text))
        {
            Add(m, 0.03);
        }

        foreach (Match m in Siblings().Matches(text))
        {
            Add(m, 0.2);
        }

        foreach (Match m in RelativeAlsoPatient().Matches(text))
        {
            Add(m, 0.1);
        }

        foreach (Match m in Widowed().Matches(text))
        {
            Add(m, 0.06);
        }

        foreach (var entity in found)
        {
            context.Add(entity);
        }
    }

    [GeneratedRegex(@"\b(?:de|the)\s+(?:weduwe|weduwnaar|vrouw|man|echtgenote|echtgenoot|zoon|dochter|moeder|vader|widow|widower|wife|husband|son|daughter|mother|father)\s+(?:van|of)\s+(?:de|het|onze|the|our)\s+(?<role>(?:oud-|voormalige\s+|former\s+|ex-)?[\p{L}]{3,})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex RelativeOfOfficeHolder();

    [GeneratedRegex(@"\b(?:moeder|vader|mama|papa|mother|father|mum|mom|dad)\s+(?:van|of)\s+(?:(?<twins>(?:een\s+)?(?:tweeling|drieling|twins|triplets))|(?<n>\d{1,2}|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?:\s+(?:kinderen|kids|children|jongens|meisjes|boys|girls))?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex ParentOf();

    [GeneratedRegex(@"\b(?:zijn|haar|his|her)\s+(?:tweelingbroer|tweelingzus|tweeling|twin(?:\s+(?:brother|sister))?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Twin();

    [GeneratedRegex(@"\b(?:(?:twee|drie|two|three)\s+(?:broertjes|zusjes|broers|zussen|brothers|sisters|siblings)|broer\s+en\s+zus|brother\s+and\s+sister)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Siblings();

    [GeneratedRegex(@"\b(?:haar|zijn|her|his)\s+(?:moeder|vader|broer|zus|zoon|dochter|opa|oma|mother|father|brother|sister|son|daughter)\s+(?:lag|was|had|heeft|is|died|overleed)\b[^.!?\n]{0,40}?\b(?:ook|also|too)\b(?:\s+bij\s+ons|\s+with\s+us)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex RelativeAlsoPatient();

    [GeneratedRegex(@"\b(?:weduwe|weduwnaar|widow|widower)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Widowed();
}

using System.Globalization;
using System.Text.RegularExpressions;
using PostLint.Analysis;
using PostLint.Text;

namespace PostLint.Recognizers.QuasiIdentifiers;

/// <summary>
/// Finds wards and departments (<see cref="EntityType.Ward"/>): <c>afdeling 3 Oost</c>, <c>4 Noord</c>,
/// <c>IC</c>/<c>ICU</c>, <c>SEH</c>, <c>A&amp;E</c>, <c>CCU</c>, <c>NICU</c>, <c>PICU</c>, <c>kraamafdeling</c>,
/// <c>verloskamer</c>, <c>dialyse</c>, <c>oncologie</c>, <c>psychiatrie</c>, <c>gesloten afdeling</c>,
/// <c>stroke unit</c>, <c>ward 7</c>. Abbreviations count only in capitals. Room and bed numbers are the privacy
/// engineer's <c>ROOM</c> entities and are not repeated here.
/// Attribute: <c>size</c>, roughly how many patients such a ward holds at one time (beds), for messages and
/// consumers; the estimator does not multiply by it because ward occupancy and population shares do not combine
/// independently.
/// </summary>
internal sealed partial class WardRecognizer : Recognizer
{
    private static readonly (string Stem, int Size)[] Sizes =
    [
        ("nicu", 20), ("picu", 10), ("ccu", 12), ("hartbewaking", 12), ("hdu", 10), ("ic", 20), ("icu", 20), ("intensive", 20),
        ("seh", 25), ("spoed", 25), ("a&e", 25), ("ed", 25), ("emergency", 25), ("kraam", 25), ("maternity", 25), ("verlos", 8),
        ("labour", 8), ("delivery", 8), ("dialys", 40), ("oncolog", 30), ("psychiatr", 25), ("paaz", 25), ("gesloten", 20),
        ("pg", 20), ("psychogeriatr", 20), ("dementia", 20), ("locked", 20), ("kinder", 25), ("children", 25), ("paediatric", 25),
        ("pediatric", 25), ("stroke", 15), ("acute medical", 40), ("amu", 40), ("neonatolog", 20),
    ];

    // Every named ward contains one of these.
    private static readonly KeywordGate NamedGate = new(
        "afdeling", "verlosk", "dialyse", "hartbewaking", "intensive", "spoedeisende", "oncologie", "psychiatrie", "neonatologie", "cardiologie",
        "neurologie", "longziekten", "chirurgie", "interne", "geriatrie", "orthopedie", "kindergeneeskunde", "ward", "unit", "suite", "department");

    public override IReadOnlyList<EntityType> Produces { get; } = [EntityType.Ward];

    public override void Recognize(RecognitionContext context)
    {
        var text = context.Text;
        var found = new List<Entity>();
        var taken = new DisjointSpans();
        // The named and numbered patterns test every position of the text; skipping one whose pieces are absent
        // leaves the findings as they were.
        foreach (var (pattern, open) in new[] { (Abbreviation(), true), (Named(), NamedGate.MayMatch(text)), (Numbered(), KeywordGate.HasDigit(text)) })
        {
            if (!open)
            {
                continue;
            }

            foreach (Match m in pattern.Matches(text))
            {
                var span = new Diagnostics.TextSpan(m.Index, m.Index + m.Length);
                if (taken.Overlaps(span) || context.Overlaps(span, EntityType.Room, EntityType.Email, EntityType.Url, EntityType.Handle, EntityType.Institution))
                {
                    continue;
                }

                var lower = m.Value.ToLowerInvariant();
                var size = Sizes.FirstOrDefault(s => lower.Contains(s.Stem, StringComparison.Ordinal)).Size;
                taken.Add(span);
                found.Add(new Entity(EntityType.Ward, span, m.Value)
                {
                    Attributes = new Dictionary<string, string> { ["size"] = (size == 0 ? 30 : size).ToString(CultureInfo.InvariantCulture) },
                });
            }
        }

        foreach (var entity in found)
        {
            context.Add(entity);
        }
    }

    // Capitals only: "IC" and "SEH" are wards, "ic" and "ed" are not. "ED" only after an article or possessive.
    [GeneratedRegex(@"\b(?:NICU|PICU|CCU|HDU|ICU|IC|SEH|A&E|AMU|PAAZ|(?<=\b(?:the|our|in|to)\s)ED)(?![\w&])", RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Abbreviation();

    [GeneratedRegex(@"\b(?:(?:de\s+)?(?:gesloten|psychogeriatrische|PG-?)\s*afdeling|kraamafdeling|kinderafdeling|verloskamers?|verloskunde-afdeling|dialyseafdeling|dialysecentrum|(?:de\s+)?dialyse|hartbewaking|intensive\s+care|spoedeisende\s+hulp|(?:afdeling|de)\s+(?:oncologie|psychiatrie|neonatologie|cardiologie|neurologie|longziekten|chirurgie|interne(?:\s+geneeskunde)?|geriatrie|orthopedie|verloskunde|kindergeneeskunde)|oncology\s+ward|psychiatric\s+ward|maternity\s+(?:ward|unit)|labour\s+ward|delivery\s+suite|stroke\s+unit|dementia\s+ward|locked\s+ward|children's\s+ward|p(?:a)?ediatric\s+ward|acute\s+medical\s+unit|emergency\s+department|intensive\s+care\s+unit)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Named();

    [GeneratedRegex(@"\b(?:afdeling\s+\d{1,2}\s?(?:Noord|Oost|Zuid|West|[A-H])\b|\d{1,2}\s(?:Noord|Oost|Zuid|West)\b|[Ww]ard\s+\d{1,2}[A-Z]?\b)", RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Numbered();
}

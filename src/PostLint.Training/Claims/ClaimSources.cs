namespace PostLint.Training.Claims;

/// <summary>
/// The claim model's sources and how their labels map to "asserts a health claim of the misinformation kind" (what
/// causes, prevents, cures, harms or is safe, stated as fact) or not. Documented in the model card.
/// </summary>
internal static class ClaimSources
{
    /// <summary>The Dutch set written for PostLint (committed; see its header row's columns).</summary>
    public const string OwnDutch = "src/PostLint.Training/Data/claims-own.nl.tsv";

    /// <summary>The English set written for PostLint.</summary>
    public const string OwnEnglish = "src/PostLint.Training/Data/claims-own.en.tsv";

    /// <summary>The sources, shared data first.</summary>
    public static IReadOnlyList<TrainingSource> All { get; } =
    [
        new("claims/pubhealth_en.tsv", (l, _) => l switch { "false" or "unproven" => true, "true" => false, _ => null }, 6000,
            "false, unproven → claim (fact-checked health claims that did not hold); true → no claim (mostly sourced news and study reports); mixture → skipped"),
        new("claims/health_misinfo_reddit_en.tsv", (_, _) => true, int.MaxValue,
            "every post → claim (expert-validated health misinformation)"),
        new("claims/advice_en.tsv", (_, _) => false, 3000,
            "every sentence → no claim (everyday advice and talk about parenting and life: assertive, but not health claims)"),
        new("tone/xed_nl.tsv", (_, _) => false, 1500,
            "every line → no claim (Dutch film subtitles: everyday Dutch, so that Dutch words alone do not look like a claim)"),
        new("tone/goemotions_en.tsv", (_, _) => false, 1500,
            "every comment → no claim (everyday English Reddit comments)"),
        new(OwnDutch, (l, _) => Own(l), int.MaxValue,
            "claim → claim; none → no claim (written for PostLint: positives by kind cause/prevent/cure/harm/safe/downplay; negatives agency advice, sourced statistics, debunks, questions, reports, hedges, political talk, clinicians' everyday posts)", InRepository: true, Emphasis: 3),
        new(OwnEnglish, (l, _) => Own(l), int.MaxValue,
            "as the Dutch set", InRepository: true, Emphasis: 3),
    ];

    private static bool? Own(string label) => label switch { "claim" => true, "none" => false, _ => null };
}

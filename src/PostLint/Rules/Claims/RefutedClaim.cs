using System.Collections.Frozen;
using PostLint.Text;

namespace PostLint.Rules.Claims;

/// <summary>What a refuted claim says about its subject: that it harms, that it cures or prevents, that a danger is small, or (a denial) that it does not cause or exist.</summary>
internal enum ClaimDirection
{
    Harm,
    Remedy,
    Downplay,
    Deny,
}

/// <summary>
/// One health claim that health authorities have refuted (a row of <c>rules/lexicons/claims/refuted-claims.tsv</c>):
/// two concepts joined by a relation class, with the consensus and the authority's page in Dutch and English, and the
/// cue kinds that cancel it in its sentence (<see cref="CancelledBy"/>: "partial" for "the vaccine doesn't work straight away").
/// </summary>
internal sealed record RefutedClaim(
    string Id,
    FrozenSet<string> Subjects,
    FrozenSet<string> Relations,
    FrozenSet<string> Objects,
    ClaimDirection Direction,
    string ConsensusDutch,
    string ConsensusEnglish,
    string UrlDutch,
    string UrlEnglish,
    FrozenSet<string> CancelledBy)
{
    /// <summary>The object written as "-": the subject and relation make the claim on their own ("the jab kills").</summary>
    public const string NoObject = "-";

    private static readonly Lazy<IReadOnlyList<RefutedClaim>> Table = new(Load);

    /// <summary>Every refuted claim, in the order listed.</summary>
    public static IReadOnlyList<RefutedClaim> All => Table.Value;

    /// <summary>The cancelled-by column written as "-": no cue kind beyond the shared ones cancels the claim.</summary>
    private const string NoCancellingCue = "-";

    /// <summary>The relation written as "self": the subject's own word makes the claim ("plandemic", "coronahoax").</summary>
    public const string SelfAsserting = "self";

    /// <summary>True when the subject and relation alone make the claim.</summary>
    public bool NeedsNoObject => Objects.Contains(NoObject);

    /// <summary>True when a word of the subject concept makes the claim without a relation: the name itself calls the disease a fraud.</summary>
    public bool IsSelfAsserting => Relations.Contains(SelfAsserting);

    // The table is read through WordList.Load like every lexicon; its rows are claims, not words, so it is never matched in a post.
    private static List<RefutedClaim> Load() =>
        [.. WordList.Load("lexicons/claims/refuted-claims.tsv").Entries.Select(Parse)];

    private static RefutedClaim Parse(LexiconEntry row)
    {
        string Column(int index) => row.Column(index) ?? throw new FormatException($"refuted-claims.tsv: claim '{row.Term}' has no column {index + 2}.");
        static FrozenSet<string> Set(string value) => value.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.Ordinal);

        var direction = Column(3) switch
        {
            "harm" => ClaimDirection.Harm,
            "remedy" => ClaimDirection.Remedy,
            "downplay" => ClaimDirection.Downplay,
            "deny" => ClaimDirection.Deny,
            var other => throw new FormatException($"refuted-claims.tsv: claim '{row.Term}' has direction '{other}', not harm, remedy, downplay or deny."),
        };

        var cancelledBy = Column(8) == NoCancellingCue ? FrozenSet<string>.Empty : Set(Column(8));
        return new RefutedClaim(row.Term, Set(Column(0)), Set(Column(1)), Set(Column(2)), direction, Column(4), Column(5), Column(6), Column(7), cancelledBy);
    }
}

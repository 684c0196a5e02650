using PostLint.Analysis;
using PostLint.Diagnostics;
using PostLint.Rules.Claims;
using PostLint.Text;

namespace PostLint.Rules.Professionalism;

/// <summary>
/// PL6001: patients invited to a private channel of the author: "mijn privénummer", "add me on my
/// personal Facebook", "volg mijn privéaccount", or "stuur me een DM" / "app me" / "mijn 06" in a post
/// addressed to patients or their families, named ("patiënten", "ouders") or through their own care
/// ("DM me your scans", "je uitslag"). The author's own number offered to patients is reported here
/// (PL1002 leaves it to this rule). An institution inviting direct messages on its official account is
/// normal service ("stuur ons een DM") and does not fire.
/// </summary>
internal sealed class PrivateChannelInvitationAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "PL6001",
        "Patients invited to a private channel",
        DiagnosticCategory.Professionalism,
        DiagnosticSeverity.Warning,
        "KNMG Artsen en social media A3 (geen vrienden met patiënten); V&VN handreiking item 3 (NBC 2.12); AMA 2.3.2(c); ANA P2, T3; Ahpra B3",
        "Contact with patients through private accounts and numbers blurs the professional boundary and moves care outside the record.");

    private static readonly Lazy<TermMatcher> Phrases = LexiconTerms.Matcher("lexicons/professionalism/private-channels.tsv");

    private static readonly HashSet<string> FirstPerson = new(StringComparer.Ordinal) { "mijn", "m", "me", "mij", "my", "eigen" };

    /// <summary>An everyday channel is private only when owned: "find me on Instagram" may be a professional page, "mijn 06" is not.</summary>
    private static readonly HashSet<string> Possessive = new(StringComparer.Ordinal) { "mijn", "m", "my", "eigen" };

    /// <summary>"your scans", "je uitslag": the reader's own care makes the reader a patient.</summary>
    private static readonly HashSet<string> SecondPerson = new(StringComparer.Ordinal) { "your", "je", "jouw", "uw" };

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Analyze(AnalysisContext context)
    {
        var text = context.Text;
        var tokens = context.Index.Tokens;
        var matches = Phrases.Value.Matches(tokens);
        var toPatients = PatientAudience.IsNamedIn(tokens) || matches.Any(m => m.Kind() is "bypass" || (m.Kind() == "care" && ReadersOwn(tokens, m)));
        var institution = string.Equals(context.Author.Role, "institution", StringComparison.OrdinalIgnoreCase);

        foreach (var match in matches.OrderBy(m => m.Kind() is "private" or "channel" or "privateinvite" ? 0 : 1))
        {
            var span = match.Kind() switch
            {
                "private" when !institution && (toPatients || context.Author.Account == AccountKind.Professional) => OwnChannel(tokens, match, FirstPerson),
                "channel" when !institution && IsOwned(tokens, matches, match) && (toPatients || context.Author.Account == AccountKind.Professional) => OwnChannel(tokens, match, FirstPerson),
                "channel" when !institution && toPatients => OwnChannel(tokens, match, Possessive),
                "privateinvite" when !institution && (toPatients || context.Author.Account == AccountKind.Professional) => match.Span,
                "relation" when !institution => TieWithPatient(context.Index, matches, match),
                "invite" when !institution && toPatients => match.Span,
                _ => default,
            };

            if (span.Length == 0 || Negation.Before(text, tokens, match.FirstToken, window: 4))
            {
                continue;
            }

            var phrase = text[span.Start..span.End];
            context.Report(
                Rule,
                span,
                context.Localize(
                    $"'{phrase}' nodigt patiënten uit naar een privékanaal. Houd contact met patiënten in de professionele kanalen van de praktijk of instelling, waar het ook in het dossier komt.",
                    $"'{phrase}' invites patients to a private channel. Keep contact with patients in the practice's or institution's professional channels, where it is also recorded."));
            return;
        }
    }

    /// <summary>"my personal Snapchat", "mijn privé-Insta": an owned-word right before an everyday channel makes it private.</summary>
    private static bool IsOwned(IReadOnlyList<Token> tokens, IReadOnlyList<TermMatch> matches, TermMatch channel) =>
        channel.FirstToken > 0 && matches.Any(m => m.Kind() == "owned" && m.FirstToken + m.TokenCount == channel.FirstToken)
        && !tokens[channel.FirstToken - 1].Normalized.Equals(tokens[channel.FirstToken].Normalized, StringComparison.Ordinal);

    /// <summary>
    /// "Vriendschapsverzoek van een patiënt geaccepteerd", "I'm dating a former patient", "a date with someone I treated":
    /// a personal tie with a patient in one sentence, unless the sentence refuses or forbids it or asks about it.
    /// </summary>
    private static TextSpan TieWithPatient(PostIndex index, IReadOnlyList<TermMatch> matches, TermMatch relation)
    {
        var sentence = index.SentenceContaining(relation.Span.Start);
        if (index.Text.AsSpan(sentence.Start, sentence.Length).TrimEnd().EndsWith("?") || matches.Within(sentence).Any(m => m.Kind() == "refusal"))
        {
            return default;
        }

        var patient = index.Tokens.Within(sentence).FirstOrDefault(t => t.Normalized.StartsWith("patient", StringComparison.Ordinal)
            || t.Normalized.StartsWith("client", StringComparison.Ordinal) || t.Normalized is "bewoner" or "bewoners").Span;

        // "someone I treated last year", "iemand die ik heb behandeld": the author's own patient without the word.
        if (patient.Length == 0)
        {
            patient = matches.Within(sentence).FirstOrDefault(m => m.Kind() == "treated").Span;
        }

        return patient.Length == 0
            ? default
            : new TextSpan(Math.Min(relation.Span.Start, patient.Start), Math.Max(relation.Span.End, patient.End));
    }

    /// <summary>"mijn privénummer": the possessive and the channel; none when the channel is not the author's.</summary>
    private static TextSpan OwnChannel(IReadOnlyList<Token> tokens, TermMatch match, HashSet<string> owner)
    {
        for (var k = match.FirstToken - 1; k >= 0 && match.FirstToken - k <= 2; k--)
        {
            if (owner.Contains(tokens[k].Normalized))
            {
                return new TextSpan(tokens[k].Span.Start, match.Span.End);
            }
        }

        return owner.Contains(tokens[match.FirstToken].Normalized) ? match.Span : default;
    }

    /// <summary>"your scans", "je bloeduitslagen", "uw recente uitslag": a second-person possessive at most one word before.</summary>
    private static bool ReadersOwn(IReadOnlyList<Token> tokens, TermMatch match) =>
        Enumerable.Range(Math.Max(0, match.FirstToken - OwnerReach), Math.Min(OwnerReach, match.FirstToken)).Any(k => SecondPerson.Contains(tokens[k].Normalized));

    /// <summary>How many words before a care word "your" may stand: "your scans", "je uitslag", "your child's rash" (your, child, s).</summary>
    private const int OwnerReach = 3;
}

using System.Buffers;
using PostLint.Diagnostics;
using PostLint.Text;

namespace PostLint.Rules.Claims;

/// <summary>A refuted claim made in a post: which claim, the words from its first concept or relation to its last, and its parts.</summary>
internal readonly record struct ClaimMention(RefutedClaim Claim, TextSpan Span, TextSpan Subject, TextSpan Relation, TextSpan? Object, bool CrossesComma)
{
    /// <summary>True when a part of the claim covers <paramref name="span"/>: a word of the claim itself ("not safe", "saves") says nothing about it.</summary>
    public bool IsPart(TextSpan span) => Subject.Overlaps(span) || Relation.Overlaps(span) || (Object is { } obj && obj.Overlaps(span));
}

/// <summary>
/// Finds refuted health claims (<see cref="RefutedClaim"/>) that a post asserts. A claim is made when a sentence joins a
/// subject concept and an object concept by one of the claim's relations, in either order, within a dozen words of one
/// clause ("die prikken maken je kind autistisch", "autisme door vaccins"); a list after the relation may run on past
/// commas ("veroorzaken allergieën, astma en autisme"). It is not asserted when it is negated, asked, quoted, reported,
/// advised against, called a myth or a hoax, or, for a claim of harm, contradicted in its sentence ("veilig", "saves lives").
/// </summary>
internal static class RefutedClaimFinder
{
    /// <summary>At most this many words from a claim's first word to its last: further apart they are seldom one statement.</summary>
    private const int MaxClaimWords = 12;

    /// <summary>
    /// A comparison of deaths or danger may run this many words from its first word to its last: its "than" binds the
    /// object to the comparative however long the subject grows ("more people die from the flu every single year in this
    /// country than have ever died of covid").
    /// </summary>
    private const int MaxComparisonWords = 20;

    /// <summary>The relations that compare two dangers, read only in their own order (see <see cref="Joins"/>).</summary>
    private static readonly HashSet<string> ComparisonRelations = ["deadlier", "worse-than", "milder", "more-die-from"];

    /// <summary>A claim without an object ("the jab is killing") allows this many words between subject and relation.</summary>
    private const int MaxGapWithoutObject = 3;

    /// <summary>Negations this many words before a claim belong to it ("Het is niet zo dat vaccins ...").</summary>
    private const int NegationWindowBefore = 5;

    /// <summary>The relation of advice to refuse a jab ("do not take", "weiger"), whose object follows it.</summary>
    private const string RefuseRelation = "refuse";

    private static readonly SearchValues<char> ClausePunctuationButCommas = SearchValues.Create(";:()—–");

    /// <summary>The concepts refuted claims are about (vaccines, 5G, masks, bleach, ...): also tell AssertedClaims a sentence is about health.</summary>
    internal static readonly WordList Concepts = WordList.Load("lexicons/claims/refuted-concepts.tsv");
    private static readonly WordList Relations = WordList.Load("lexicons/claims/refuted-relations.tsv");
    private static readonly WordList Cues = WordList.Load("lexicons/claims/refutation-cues.tsv");

    /// <summary>The word lists the finder queries.</summary>
    public static IReadOnlyList<WordList> WordLists { get; } = [Concepts, Relations, Cues];

    /// <summary>The first asserted refuted claim of each sentence, preferring one clause over a comma list, a claim with an object over one without, and the shortest.</summary>
    public static IEnumerable<ClaimMention> Asserted(PostIndex index, CancellationToken cancellationToken)
    {
        if (index.Matches(Concepts).Count == 0 || (index.Matches(Relations).Count == 0 && SelfAssertingClaims.Length == 0))
        {
            yield break;
        }

        var sentences = index.Sentences;
        for (var s = 0; s < sentences.Count; s++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var candidates = Mentions(index, sentences[s], s > 0 ? sentences[s - 1] : null)
                .OrderBy(m => m.CrossesComma)
                .ThenBy(m => m.Object is null)
                .ThenBy(m => m.Span.Length);
            foreach (var mention in candidates)
            {
                if (IsAsserted(index, s, mention))
                {
                    yield return mention.Claim.Direction == ClaimDirection.Deny ? WithTrailingNegation(index, mention) : mention;
                    break;
                }
            }
        }
    }

    private static IEnumerable<ClaimMention> Mentions(PostIndex index, TextSpan sentence, TextSpan? previous)
    {
        var concepts = WithAntecedent(index, index.MatchesIn(Concepts, sentence.Start, sentence.End), sentence, previous);
        if (concepts.Count == 0)
        {
            yield break;
        }

        // "#plandemie", "this scamdemic": the name is the claim, so the word stands for subject and relation at once.
        foreach (var claim in SelfAssertingClaims)
        {
            foreach (var word in concepts.Where(c => claim.Subjects.Contains(ConceptOf(c))))
            {
                yield return new ClaimMention(claim, word.Span, word.Span, word.Span, null, CrossesComma: false);
            }
        }

        // Only concepts within reach of a relation can join it: a long sentence must not pair every concept with every other.
        // Concepts and relations are words in text order, so the reach is a window that slides along with the relations.
        var reachStart = 0;
        foreach (var relation in index.MatchesIn(Relations, sentence.Start, sentence.End))
        {
            var kind = relation.Term.Column(0);
            var reach = ReachOf(kind);
            while (reachStart < concepts.Count && concepts[reachStart].FirstToken < relation.FirstToken - MaxComparisonWords)
            {
                reachStart++;
            }

            var near = new List<TermMatch>();
            for (var c = reachStart; c < concepts.Count && concepts[c].FirstToken <= relation.FirstToken + reach; c++)
            {
                if (concepts[c].FirstToken >= relation.FirstToken - reach)
                {
                    near.Add(concepts[c]);
                }
            }

            foreach (var claim in RefutedClaim.All)
            {
                if (kind is null || !claim.Relations.Contains(kind))
                {
                    continue;
                }

                var subjects = near.Where(c => claim.Subjects.Contains(ConceptOf(c)) && !c.Span.Overlaps(relation.Span)).ToList();
                if (claim.NeedsNoObject)
                {
                    foreach (var subject in subjects.Where(s => IsJustBefore(index, s, relation)))
                    {
                        yield return new ClaimMention(claim, new TextSpan(subject.Span.Start, relation.Span.End), subject.Span, relation.Span, null, CrossesComma: false);
                    }

                    // Advice names its object after the verb: "do not take the covid vaccine", "weiger die prik".
                    if (kind == RefuseRelation)
                    {
                        foreach (var subject in subjects.Where(s => IsJustBefore(index, relation, s)))
                        {
                            yield return new ClaimMention(claim, new TextSpan(relation.Span.Start, subject.Span.End), subject.Span, relation.Span, null, CrossesComma: false);
                        }
                    }
                }

                foreach (var subject in subjects)
                {
                    foreach (var obj in near)
                    {
                        if (claim.Objects.Contains(ConceptOf(obj)) && !obj.Span.Overlaps(subject.Span) && !obj.Span.Overlaps(relation.Span)
                            && Joins(index, subject, relation, obj) is { } crossesComma)
                        {
                            var start = Math.Min(relation.Span.Start, Math.Min(subject.Span.Start, obj.Span.Start));
                            var end = Math.Max(relation.Span.End, Math.Max(subject.Span.End, obj.Span.End));
                            if (!HasOtherAgentInside(near, claim, start, end))
                            {
                                yield return new ClaimMention(claim, new TextSpan(start, end), subject.Span, relation.Span, obj.Span, crossesComma);
                            }
                        }
                    }
                }
            }
        }
    }

    // "Everyone is scared of covid. It's just a cold": a pronoun that opens a sentence takes up the last concept of the
    // sentence before, and stands for it where it stands.
    private static IReadOnlyList<TermMatch> WithAntecedent(PostIndex index, IReadOnlyList<TermMatch> concepts, TextSpan sentence, TextSpan? previous)
    {
        if (previous is not { } before)
        {
            return concepts;
        }

        var first = index.FirstTokenAtOrAfter(sentence.Start);
        var pronouns = index.MatchesIn(Cues, sentence.Start, sentence.End).Where(c => c.FirstToken == first && c.Term.Column(0) == "resumptive").ToList();
        var antecedents = pronouns.Count == 0 ? [] : index.MatchesIn(Concepts, before.Start, before.End);
        if (antecedents.Count == 0)
        {
            return concepts;
        }

        // The one-word pronoun: "it's" as one cue would swallow the "is" a relation may start with.
        var pronoun = pronouns.MinBy(p => p.TokenCount);
        return [new TermMatch(pronoun.Span, antecedents[^1].Term, pronoun.FirstToken, pronoun.TokenCount), .. concepts];
    }

    private static int ReachOf(string? relationKind) => relationKind is not null && ComparisonRelations.Contains(relationKind) ? MaxComparisonWords : MaxClaimWords;

    private static readonly Lazy<RefutedClaim[]> SelfAssertingClaimsTable = new(() => [.. RefutedClaim.All.Where(c => c.IsSelfAsserting)]);

    private static RefutedClaim[] SelfAssertingClaims => SelfAssertingClaimsTable.Value;

    private static string ConceptOf(TermMatch match) => match.Term.Column(0) ?? string.Empty;

    /// <summary>The things refuted claims say harm or heal (vaccines, 5G, masks, bleach, remedies): the agents of claims.</summary>
    private static readonly Lazy<HashSet<string>> Agents = new(() =>
        [.. RefutedClaim.All.Where(c => c.Direction is ClaimDirection.Harm or ClaimDirection.Remedy).SelectMany(c => c.Subjects)]);

    // "Kinderen kunnen de prik tegen corona niet krijgen": an agent of another claim standing between the claim's parts
    // is what the relation says something of, so the words are not this claim.
    private static bool HasOtherAgentInside(List<TermMatch> near, RefutedClaim claim, int start, int end) =>
        near.Any(c => c.Span.Start >= start && c.Span.End <= end && Agents.Value.Contains(ConceptOf(c))
            && !claim.Subjects.Contains(ConceptOf(c)) && !claim.Objects.Contains(ConceptOf(c)));

    // "Het vaccin is dodelijk", "the jab is killing", "the jab, it will kill": the subject comes first, a few words before
    // the relation, in its clause or taken up by a pronoun after a comma.
    private static bool IsJustBefore(PostIndex index, TermMatch first, TermMatch second)
    {
        var gap = second.FirstToken - (first.FirstToken + first.TokenCount);
        return gap is >= 0 and <= MaxGapWithoutObject
            && (!index.ClauseBreakBetween(first.Span.End, second.Span.Start) || IsTakenUpAfterComma(index, first.Span, second.Span.End));
    }

    /// <summary>
    /// Whether the relation joins the two concepts: null when it does not, else whether it does across commas. All three
    /// stand within <see cref="MaxClaimWords"/> words, in one clause, or with the relation between the concepts, the first
    /// in its clause and only commas between it and the object after it (a list of objects: "allergieën, astma en autisme"),
    /// or with the first concept set before a comma and taken up by a pronoun after it ("those shots, they change your DNA").
    /// </summary>
    private static bool? Joins(PostIndex index, TermMatch subject, TermMatch relation, TermMatch obj)
    {
        var first = Math.Min(relation.FirstToken, Math.Min(subject.FirstToken, obj.FirstToken));
        var last = Math.Max(relation.FirstToken + relation.TokenCount, Math.Max(subject.FirstToken + subject.TokenCount, obj.FirstToken + obj.TokenCount));
        // A long relation ("more people have died from") is one link, however many words it takes.
        if (last - first - (relation.TokenCount - 1) > ReachOf(relation.Term.Column(0)))
        {
            return null;
        }

        // A comparison joins its parts only in the order subject, relation, object: "covid killed more people than the flu"
        // is not the flu said to kill more, nor "de griep is minder gevaarlijk dan corona" corona said to be milder.
        if (relation.Term.Column(0) is "deadlier" or "worse-than" or "milder" && !(subject.Span.End <= relation.Span.Start && relation.Span.End <= obj.Span.Start))
        {
            return null;
        }

        // "More people die of the flu than of covid" puts the comparison first: relation, subject, object, in that order.
        if (relation.Term.Column(0) == "more-die-from" && !(relation.Span.End <= subject.Span.Start && subject.Span.End <= obj.Span.Start))
        {
            return null;
        }

        var start = Math.Min(relation.Span.Start, Math.Min(subject.Span.Start, obj.Span.Start));
        var end = Math.Max(relation.Span.End, Math.Max(subject.Span.End, obj.Span.End));
        if (!index.ClauseBreakBetween(start, end))
        {
            return false;
        }

        var (before, after) = subject.Span.Start < obj.Span.Start ? (subject, obj) : (obj, subject);
        if (before.Span.End <= relation.Span.Start && IsTakenUpAfterComma(index, before.Span, end))
        {
            return true;
        }

        var between = before.Span.End <= relation.Span.Start && relation.Span.End <= after.Span.Start && after.Span == obj.Span;
        return between && !index.ClauseBreakBetween(before.Span.End, relation.Span.Start)
            && OnlyCommasBetween(index.Text, relation.Span.End, after.Span.Start)
            ? true
            : null;
    }

    // "Those mRNA shots, they change your DNA", "Autism, that's what the jab gives": a concept set before its clause and
    // taken up by a pronoun right after the one comma that follows it is part of that clause.
    private static bool IsTakenUpAfterComma(PostIndex index, TextSpan lead, int end)
    {
        var comma = index.Text.IndexOf(',', lead.End, end - lead.End);
        if (comma < 0 || index.ClauseBreakBetween(lead.End, comma) || index.ClauseBreakBetween(comma + 1, end))
        {
            return false;
        }

        var next = index.FirstTokenAtOrAfter(comma + 1);
        return index.MatchesIn(Cues, comma + 1, end).Any(c => c.FirstToken == next && c.Term.Column(0) == "resumptive");
    }

    private static bool OnlyCommasBetween(string text, int from, int to) => text.AsSpan(from, to - from).IndexOfAny(ClausePunctuationButCommas) < 0;

    private static bool IsAsserted(PostIndex index, int sentenceIndex, ClaimMention mention)
    {
        var sentences = index.Sentences;
        var sentence = sentences[sentenceIndex];
        var cues = WithoutReportsAcrossContrast(WithoutSilencedReports(index.MatchesIn(Cues, sentence.Start, sentence.End).Select(c => (c.Span, Kind: c.Term.Column(0))).ToList()), mention.Span);
        if (mention.Claim.Relations.Contains(RefuseRelation))
        {
            cues = WithoutReportsByAnAuthority(index, cues);
        }

        // "DO NOT GIVE these jabs to old people, they will die": the negation of a warning against the agent is no denial of its harm.
        var silenced = cues.Where(c => c.Kind == "silenced" || (c.Kind == "warning" && mention.Claim.Direction == ClaimDirection.Harm)).Select(c => c.Span).ToList();

        var first = index.FirstTokenAtOrAfter(mention.Span.Start);
        var last = index.FirstTokenAtOrAfter(mention.Span.End) - 1;
        var negated = Enumerable.Range(first, last - first + 1).Any(k => index.IsNegator(k) && !mention.IsPart(index.Tokens[k].Span))
            || ((index.IsNegatedBefore(first, NegationWindowBefore) || index.IsNegatedAfter(last)) && !OnlySilencedNegatorsNear(index, first, last, silenced));

        // A denial is the claim only when negated ("HIV veroorzaakt geen aids"); every other claim is cancelled by it.
        if (negated != (mention.Claim.Direction == ClaimDirection.Deny) || index.QuoteAround(mention.Span) is not null)
        {
            return false;
        }

        // "Hoax" frames a claim as a lie, except where it is the claim itself: "covid is a hoax" asserts that the disease is fake.
        // A question does not ask whether a conspiracy name holds: "when will this plandemic end?" presupposes it.
        if (cues.Any(c => c.Kind is "debunk" or "report" or "advice" || (c.Kind == "suspicion" && !mention.IsPart(c.Span)))
            || (IsQuestion(index.Text, sentence) && !cues.Any(c => c.Kind == "assert") && !mention.Claim.IsSelfAsserting && !HasRhetoricalTail(index, cues, mention.Span))
            || (mention.Claim.Direction == ClaimDirection.Harm && cues.Any(c => c.Kind == "protective" && !mention.IsPart(c.Span)))
            || (mention.Claim.Direction == ClaimDirection.Deny && cues.Any(c => c.Kind == "treated"))
            || cues.Any(c => c.Kind is { } kind && mention.Claim.CancelledBy.Contains(kind))
            || (mention.Claim.Relations.Contains(RefuseRelation) && IsSaidOfRefusers(index, cues, mention.Relation)))
        {
            return false;
        }

        // "The same people who said... Masks don't work": the sentence before hands the words to someone else.
        if (AssertedClaims.IsInReportedSpeech(index, sentenceIndex))
        {
            return false;
        }

        // "Vaccins veroorzaken autisme. Een hardnekkige mythe." The sentence before or after may call it false.
        return !Neighbours(sentences, sentenceIndex).Any(n => index.MatchesIn(Cues, n.Start, n.End).Any(c => c.Term.Column(0) == "debunk"));
    }

    // "Covid is lang niet zo ernstig als de griep, maar volgens enkele artsen zou het dat nog kunnen worden": what others
    // say after a "but" that follows the claim is set against it, so it does not make the claim theirs. And the other way
    // round, "they told us it was safe, but the jab kills": what others said, and the reassurance they gave, before a "but"
    // that the claim follows is what the author sets the claim against.
    private static List<(TextSpan Span, string? Kind)> WithoutReportsAcrossContrast(List<(TextSpan Span, string? Kind)> cues, TextSpan claim)
    {
        var after = cues.FirstOrDefault(c => c.Kind == "contrast" && c.Span.Start >= claim.End);
        var before = cues.LastOrDefault(c => c.Kind == "contrast" && c.Span.End <= claim.Start);
        return [.. cues.Where(c =>
            !(after.Kind is not null && c.Kind == "report" && c.Span.Start >= after.Span.End)
            && !(before.Kind is not null && c.Kind is "report" or "protective" && c.Span.End <= before.Span.Start))];
    }

    /// <summary>Most words between an expert's title and the report word that relays them ("Klokkenluider van Pfizer zegt").</summary>
    private const int MaxWordsFromAuthorityToReport = 3;

    // "Former Pfizer vice president says most people should not take it", "topviroloog zegt: laat je niet vaccineren": advice
    // to refuse the jab relayed from an expert or insider is carried by their authority, not set at a distance like "some say".
    private static List<(TextSpan Span, string? Kind)> WithoutReportsByAnAuthority(PostIndex index, List<(TextSpan Span, string? Kind)> cues)
    {
        var authorities = cues.Where(c => c.Kind == "authority").Select(c => index.FirstTokenAtOrAfter(c.Span.End)).ToList();
        return authorities.Count == 0
            ? cues
            : [.. cues.Where(c => c.Kind != "report" || !authorities.Any(after => index.FirstTokenAtOrAfter(c.Span.Start) - after is >= 0 and <= MaxWordsFromAuthorityToReport))];
    }

    /// <summary>Most words between the comma after a claim and the question word of a rhetorical tail: a connective ("so why", "dus waarom").</summary>
    private const int MaxWordsBeforeTailQuestion = 1;

    // "The jab doesn't stop transmission, so what's the point?", "vaccins veroorzaken autisme, dat ziet toch iedereen?": a
    // question that opens right after a comma following the claim asks about its consequence; the claim itself is stated.
    // "So why bother?" opens its question with the connective, so it needs no comma before it.
    private static bool HasRhetoricalTail(PostIndex index, List<(TextSpan Span, string? Kind)> cues, TextSpan claim) =>
        cues.Any(c => c.Span.Start >= claim.End
            && ((c.Kind == "tail-question" && OpensClauseAfterComma(index, claim.End, c.Span.Start))
                || (c.Kind == "so-question" && index.Text.IndexOf('?', claim.End, c.Span.Start - claim.End) < 0)));

    private static bool OpensClauseAfterComma(PostIndex index, int from, int at)
    {
        var comma = index.Text.LastIndexOf(',', at - 1, at - from);
        return comma >= 0 && index.Text.IndexOf('?', from, comma - from) < 0 && index.FirstTokenAtOrAfter(at) - index.FirstTokenAtOrAfter(comma + 1) is >= 0 and <= MaxWordsBeforeTailQuestion;
    }

    // "Those who refuse the jab", "mensen die het vaccin weigeren": the refusal is said of someone, it does not advise it.
    // The relative and personal pronouns that take up a concept ("die", "they") say the same here.
    private static bool IsSaidOfRefusers(PostIndex index, List<(TextSpan Span, string? Kind)> cues, TextSpan relation)
    {
        var before = index.FirstTokenAtOrAfter(relation.Start) - 1;
        return before >= 0 && cues.Any(c => c.Kind is "refuser" or "resumptive" && c.Span.Overlaps(index.Tokens[before].Span));
    }

    /// <summary>
    /// "... and nobody reports it", "niemand zegt er iets over": a report word inside a complaint that the claim is hushed
    /// up is the author's own voice, so it does not make the claim someone else's.
    /// </summary>
    internal static List<(TextSpan Span, string? Kind)> WithoutSilencedReports(List<(TextSpan Span, string? Kind)> cues)
    {
        var silenced = cues.Where(c => c.Kind == "silenced").Select(c => c.Span).ToList();
        return silenced.Count == 0 ? cues : [.. cues.Where(c => c.Kind != "report" || !silenced.Any(s => s.Overlaps(c.Span)))];
    }

    // The negations near the claim all belong to a complaint that it is hushed up ("nobody reports it"), not to the claim.
    private static bool OnlySilencedNegatorsNear(PostIndex index, int first, int last, List<TextSpan> silenced)
    {
        if (silenced.Count == 0)
        {
            return false;
        }

        var from = Math.Max(0, first - NegationWindowBefore);
        var to = Math.Min(index.Tokens.Count - 1, last + 2);
        return Enumerable.Range(from, to - from + 1)
            .Where(k => (k < first || k > last) && index.IsNegator(k))
            .All(k => silenced.Any(s => s.Overlaps(index.Tokens[k].Span)));
    }

    // "Corona bestaat niet": the negation that makes a denial belongs to the words reported.
    private static ClaimMention WithTrailingNegation(PostIndex index, ClaimMention mention)
    {
        var last = index.FirstTokenAtOrAfter(mention.Span.End) - 1;
        for (var k = last + 1; k < index.Tokens.Count && k - last <= 2 && !index.ClauseBreakBetween(index.Tokens[k - 1].Span.End, index.Tokens[k].Span.Start); k++)
        {
            if (index.IsNegator(k))
            {
                return mention with { Span = new TextSpan(mention.Span.Start, index.Tokens[k].Span.End) };
            }
        }

        return mention;
    }

    private static IEnumerable<TextSpan> Neighbours(IReadOnlyList<TextSpan> sentences, int at)
    {
        if (at > 0)
        {
            yield return sentences[at - 1];
        }

        if (at + 1 < sentences.Count)
        {
            yield return sentences[at + 1];
        }
    }

    // A question asks whether the claim holds: its sentence ends in a question mark, quotes and brackets aside.
    private static bool IsQuestion(string text, TextSpan sentence) =>
        text.AsSpan(sentence.Start, sentence.Length).TrimEnd(" \t\"'”’)").EndsWith("?", StringComparison.Ordinal);
}

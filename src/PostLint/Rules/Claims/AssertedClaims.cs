using PostLint.Diagnostics;
using PostLint.Text;

namespace PostLint.Rules.Claims;

/// <summary>
/// The sentences of a post that the claim classifier (<see cref="ClaimClassifier"/>) takes for a health claim and that
/// the post index shows the author asserts: about health, not a question, not negated, not quoted, reported, debunked
/// or advised against, not hedged and not sourced, and says what something causes, cures, prevents or harms. Computed
/// once per post and shared through the index.
/// </summary>
internal static class AssertedClaims
{
    /// <summary>Negations this many words before a health word deny it ("geen corona", "not caused by the vaccine").</summary>
    private const int NegationWindow = 3;

    /// <summary>A claim needs a subject and a predicate: a line of hashtags, mentions or a headline fragment is none.</summary>
    private const int MinimumWords = 5;

    private static readonly object Key = new();

    /// <summary>Hedges: "kan helpen", "lijkt", "may reduce".</summary>
    public static readonly WordList Hedges = WordList.Load("lexicons/claims/assertion-hedges.tsv");

    /// <summary>Debunking, reporting and advice-against cues (shared with PL5006).</summary>
    public static readonly WordList Cues = WordList.Load("lexicons/claims/refutation-cues.tsv");

    /// <summary>Relations a claim asserts: causes, spreads, cures, prevents, kills, harms (shared with PL5006).</summary>
    public static readonly WordList Relations = WordList.Load("lexicons/claims/refuted-relations.tsv");

    /// <summary>Claim words: "veroorzaakt", "geneest", "werkt niet", "dangerous", "poison" (also read by PL5004).</summary>
    public static readonly WordList Markers = WordList.Load("lexicons/claims/claim-markers.tsv");

    /// <summary>Attributions and warnings that make a claim someone else's: "anyone promising", "wie belooft" (shared with PL5001).</summary>
    public static readonly WordList Attribution = WordList.Load("lexicons/claims/attribution.tsv");

    /// <summary>The word lists the finder queries.</summary>
    public static IReadOnlyList<WordList> WordLists { get; } = [Hedges, Cues, Relations, Markers, Attribution, RefutedClaimFinder.Concepts];

    /// <summary>The asserted health-claim sentences of the post, in order, with the classifier's score.</summary>
    public static IReadOnlyList<AssertedClaim> In(PostIndex index) => index.Shared(Key, Find);

    private static List<AssertedClaim> Find(PostIndex index)
    {
        var found = new List<AssertedClaim>();
        var health = HealthVocabulary.Find(index.Tokens);
        var sentences = index.Sentences;
        for (var s = 0; s < sentences.Count; s++)
        {
            var sentence = sentences[s];
            var topics = MisinformationTopics(index, sentence).ToList();
            var terms = health.Within(sentence).Concat(topics).ToList();
            if (!(HealthVocabulary.MentionsHealth(index.Tokens, health, sentence) || topics.Count > 0)
                || PlainWords(index, sentence) < MinimumWords
                || !AssertsRelation(index, sentence)
                || IsQuestion(index.Text, sentence)
                || IsQuoted(index, sentence, terms)
                || index.ContainsIn(Hedges, sentence.Start, sentence.End)
                || IsDebunkedOrReported(index, s)
                || IsNegated(index, terms)
                || SourceCitation.IsNear(index.Text, sentence))
            {
                continue;
            }

            var score = ClaimClassifier.Score(index.Text[sentence.Start..sentence.End]);
            if (score >= ClaimClassifier.Model.Threshold)
            {
                found.Add(new AssertedClaim(sentence, score));
            }
        }

        return found;
    }

    // The things refuted claims are about ("the jab", "mRNA", "5G", "mondkapjes", "MMS") make a sentence about health even
    // where the health vocabulary lacks them; groups of people or children, deaths, "scam", the policy around a pandemic and
    // the researchers said never to have isolated the virus alone do not.
    private static IEnumerable<TermMatch> MisinformationTopics(PostIndex index, TextSpan sentence) =>
        index.MatchesIn(RefutedClaimFinder.Concepts, sentence.Start, sentence.End).Where(c => c.Term.Column(0) is not ("people" or "children" or "death" or "hoax" or "policy" or "researchers"));

    // A claim says what something does: causes, spreads, cures, prevents, kills, harms, is dangerous or useless.
    // "There are three vaccines" or "free vaccines at every hospital" names a health topic but asserts no such relation,
    // and "avoid" or "don't take" is advice, which PL5003 and PL5006 read.
    private static bool AssertsRelation(PostIndex index, TextSpan sentence) =>
        index.MatchesIn(Relations, sentence.Start, sentence.End).Any(r => r.Term.Column(0) is not ("is" or "refuse"))
        || index.ContainsIn(Markers, sentence.Start, sentence.End);

    // "Some claim ...", "zou", "fabeltje", "wordt afgeraden" in the sentence; a debunk in the sentence before or after.
    private static bool IsDebunkedOrReported(PostIndex index, int at)
    {
        var sentences = index.Sentences;
        var sentence = sentences[at];
        var cues = RefutedClaimFinder.WithoutSilencedReports([.. index.MatchesIn(Cues, sentence.Start, sentence.End).Select(c => (c.Span, Kind: c.Term.Column(0)))]);
        if (cues.Any(c => c.Kind is "debunk" or "report" or "advice")
            || IsAttributed(index, sentence))
        {
            return true;
        }

        bool Debunks(TextSpan neighbour) => index.MatchesIn(Cues, neighbour.Start, neighbour.End).Any(c => c.Term.Column(0) == "debunk");
        return (at > 0 && Debunks(sentences[at - 1])) || IsInReportedSpeech(index, at)
            || (at + 1 < sentences.Count && Debunks(sentences[at + 1]));
    }

    // "Anyone promising a miracle cure ... is selling something", "Wie belooft dat ...": the sentence reports or warns about
    // someone else's claim, unless the author takes it on ("and I agree").
    private static bool IsAttributed(PostIndex index, TextSpan sentence)
    {
        var kinds = index.MatchesIn(Attribution, sentence.Start, sentence.End).Select(m => m.Term.Column(0)).ToList();
        return kinds.Contains("report") && !kinds.Contains("endorse");
    }

    // "The same people who said... masks don't work", "Zij beweerden: ...": an attribution that runs on into the next
    // sentence through a colon or an ellipsis makes that sentence someone else's words.
    /// <summary>Most sentences a list of someone else's words runs on for ("said... A. B. C. ...are now").</summary>
    private const int MaxReportedSentences = 4;

    /// <summary>
    /// True when sentence <paramref name="at"/> is someone else's words: the sentence before introduces them ("The same
    /// people who said..."), or an earlier one does and a later sentence resumes the author's own ("...are now selling").
    /// </summary>
    internal static bool IsInReportedSpeech(PostIndex index, int at)
    {
        var sentences = index.Sentences;
        for (var k = at - 1; k >= 0 && at - k <= MaxReportedSentences; k--)
        {
            if (IntroducesReportedSpeech(index, sentences[k]))
            {
                return k == at - 1 || Enumerable.Range(at + 1, Math.Max(0, Math.Min(sentences.Count, k + MaxReportedSentences + 2) - at - 1)).Any(j => ResumesAfterEllipsis(index, sentences[j]));
            }
        }

        return false;
    }

    private static bool ResumesAfterEllipsis(PostIndex index, TextSpan sentence)
    {
        var text = index.Text.AsSpan(sentence.Start, sentence.Length).TrimStart();
        return text.StartsWith("...") || text.StartsWith("\u2026");
    }

    private static bool IntroducesReportedSpeech(PostIndex index, TextSpan previous)
    {
        var end = index.Text.AsSpan(previous.Start, previous.Length).TrimEnd();
        return (end.EndsWith(":") || end.EndsWith("...") || end.EndsWith("\u2026"))
            && index.MatchesIn(Cues, previous.Start, previous.End).Any(c => c.Term.Column(0) == "report");
    }

    // "5G veroorzaakt geen corona", "niet door het vaccin": a health word denied in its clause. A negation elsewhere
    // ("mondkapjes werken niet") is part of what the classifier weighs, so it does not cancel the claim by itself.
    private static bool IsNegated(PostIndex index, IEnumerable<TermMatch> health) =>
        health.Any(m => m.FirstToken >= 0 && index.IsNegatedBefore(m.FirstToken, NegationWindow));

    // The sentence is quoted, or its health words are: a quote may open in this sentence and close in a later one.
    private static bool IsQuoted(PostIndex index, TextSpan sentence, List<TermMatch> terms) =>
        index.QuoteAround(sentence) is not null || terms.Any(t => index.QuoteAround(t.Span) is not null);

    // Words that are not hashtags, mentions or parts of a link.
    private static int PlainWords(PostIndex index, TextSpan sentence)
    {
        var count = 0;
        for (var k = index.FirstTokenAtOrAfter(sentence.Start); k < index.Tokens.Count && index.Tokens[k].Span.End <= sentence.End; k++)
        {
            var start = index.Tokens[k].Span.Start;
            if (start == 0 || index.Text[start - 1] is not ('#' or '@' or '/' or '.' or ':' or '=' or '&'))
            {
                count++;
            }
        }

        return count;
    }

    private static bool IsQuestion(string text, TextSpan sentence) =>
        text.AsSpan(sentence.Start, sentence.Length).TrimEnd(" \t\"'”’)").EndsWith("?", StringComparison.Ordinal);
}

/// <summary>A sentence that asserts a health claim, and how sure the classifier is.</summary>
/// <param name="Sentence">The sentence.</param>
/// <param name="Score">The classifier's probability.</param>
internal readonly record struct AssertedClaim(TextSpan Sentence, float Score);

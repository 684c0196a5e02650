using PostLint.Diagnostics;
using PostLint.Text;

namespace PostLint.Rules.Confidentiality;

/// <summary>
/// Finds organisational news shared before its announcement, worded freely: an announcement word and a not-yet
/// word in one sentence ("wordt pas in september bekendgemaakt", "which we haven't announced yet", "de
/// medewerkers horen het volgende week"), or a leak cue ("you heard it here first", "alvast verklappen"), in a
/// post that names an organisational change (a closure, a merger, a move, cuts). A sentence that says the
/// news is out ("vandaag bekendgemaakt", "announced today") and a post without a change find nothing.
/// </summary>
internal static class UnannouncedNews
{
    // "vandaag door de raad van bestuur bekendgemaakt": a few words may stand between the day and the announcement.
    private const int NextTo = 4;

    public static readonly WordList Words = WordList.Load("lexicons/confidentiality/announcement.tsv");

    /// <summary>The span of the first cue that runs ahead of an announcement, or null.</summary>
    public static TextSpan? Find(PostIndex index)
    {
        var matches = index.Matches(Words);
        if (!matches.Any(m => Kind(m) == "change"))
        {
            return null;
        }

        foreach (var match in matches)
        {
            if (Kind(match) == "leak")
            {
                return match.Span;
            }

            if (Kind(match) == "announce" && NotYet(index, match) is { } span)
            {
                return span;
            }
        }

        return null;
    }

    // The announcement word and the nearest not-yet word of its sentence, unless a done word next to it says it is out
    // ("vandaag bekendgemaakt", "announced this morning"); a done word elsewhere dates something else ("approved
    // yesterday, announcement next month").
    private static TextSpan? NotYet(PostIndex index, TermMatch announce)
    {
        var sentence = index.SentenceContaining(announce.Span.Start);
        var inSentence = index.MatchesIn(Words, sentence.Start, sentence.End);
        if (inSentence.Any(m => Kind(m) == "done" && TokensApart(m, announce) <= NextTo))
        {
            return null;
        }

        var notYet = inSentence.Where(m => Kind(m) == "notyet").OrderBy(m => Math.Abs(m.Span.Start - announce.Span.Start)).FirstOrDefault();
        return notYet.TokenCount == 0
            ? null
            : new TextSpan(Math.Min(notYet.Span.Start, announce.Span.Start), Math.Max(notYet.Span.End, announce.Span.End));
    }

    private static string Kind(TermMatch match) => match.Term.Column(0) ?? string.Empty;

    private static int TokensApart(TermMatch a, TermMatch b) =>
        a.FirstToken < b.FirstToken ? b.FirstToken - (a.FirstToken + a.TokenCount) : a.FirstToken - (b.FirstToken + b.TokenCount);
}

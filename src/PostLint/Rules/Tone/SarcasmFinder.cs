using System.Text.RegularExpressions;
using PostLint.Diagnostics;
using PostLint.Text;

namespace PostLint.Rules.Tone;

/// <summary>
/// Finds sarcasm aimed at someone: markers from <c>sarcasm.txt</c> (one strong marker or mocking hashtag, or two weak
/// ones, where a run of laughter counts as one), scare quotes around a one- or two-word complaint ("met 'buikpijn'"), a lone "Not." and a trailing "/s",
/// in a post that names its target (<c>targets.txt</c>) or doubts a complaint in scare quotes (<c>complaints.txt</c>). Irony without a target ("koffie telt als
/// vitamine 😅") is harmless and not reported.
/// </summary>
internal static partial class SarcasmFinder
{
    /// <summary>Sarcasm in a post: the first marker, every marker's text, and the nearest target.</summary>
    /// <param name="Span">The first marker.</param>
    /// <param name="Markers">The markers, for the message.</param>
    /// <param name="Target">The nearest person or group the post names.</param>
    /// <param name="TargetKind">patient, colleague or group.</param>
    public readonly record struct Finding(TextSpan Span, IReadOnlyList<string> Markers, string Target, string TargetKind);

    private static readonly Func<ToneText, Finding?> FindOnce = FindFirst;

    /// <summary>
    /// The sarcasm in <paramref name="text"/>, or null when there is none or it has no target; found
    /// once per post (PL4002 and PL4003 both ask).
    /// </summary>
    public static Finding? Find(ToneText text) => text.Memo(FindOnce);

    private static Finding? FindFirst(ToneText text)
    {
        // Without a target there is nothing to report, and most posts name none: skip the markers and patterns, unless a
        // complaint stands in scare quotes ("weer een 'benauwdheid' om 3 uur"), which doubts the patient who has it.
        var targets = ToneLexicons.Targets.Matches(text);
        var scareQuotes = Unlisted(text, [.. ScareQuotes().Matches(text.Text).Select(m => new TextSpan(m.Index, m.Index + m.Length))])
            .Where(q => !ToneLexicons.CitedNames.OccursIn(text, text.SentenceAt(q.Start)))
            .ToList();
        var doubted = scareQuotes.Where(q => ToneLexicons.Complaints.OccursIn(text, q)).ToList();
        if (targets.Count == 0 && doubted.Count == 0)
        {
            return null;
        }

        var markers = ToneLexicons.Sarcasm.Matches(text)
            .Where(m => m.Term.Column(0) != "hashtag" || IsHashtag(text.Text, m.Span))
            .Select(m => (Span: m.Span, Strength: m.Term.Column(0) ?? "weak"))
            .Concat(scareQuotes.Select(q => (Span: q, Strength: IsDeniedTitle(text, targets, q) ? "strong" : "weak")))
            .Concat(SarcasmTag().Matches(text.Text).Select(m => (Span: new TextSpan(m.Index, m.Index + m.Length), Strength: "strong")))
            .Concat(TrailingNot().Matches(text.Text).Select(m => (Span: new TextSpan(m.Index, m.Index + m.Length), Strength: "strong")))
            .Where(m => !text.IsRejected(m.Span))
            .OrderBy(m => m.Span.Start)
            .ToList();
        var laughs = markers.Count(m => m.Strength == "laugh");
        if (!markers.Any(m => m.Strength is "strong" or "hashtag") && markers.Count - laughs + Math.Min(laughs, 1) < 2)
        {
            return null;
        }

        var first = markers[0].Span;
        var target = targets
            .OrderBy(t => Math.Abs(t.Span.Start - first.Start))
            .Cast<TermMatch?>()
            .FirstOrDefault();
        var shown = markers.Select(m => text.Text[m.Span.Start..m.Span.End]).Distinct().ToList();
        if (target is not { } found)
        {
            // Quotes alone ("klachten als 'moe' of 'duizelig'") only cite; the doubt needs a marker besides them.
            var doubts = doubted.Count > 0 && markers.Any(m => !scareQuotes.Contains(m.Span));
            return doubts ? new Finding(first, shown, text.Text[doubted[0].Start..doubted[0].End], "patient") : null;
        }

        return new Finding(first, shown, text.Text[found.Span.Start..found.Span.End], found.Term.Column(0) ?? "group");
    }

    private static bool IsHashtag(string text, TextSpan span) => span.Start > 0 && text[span.Start - 1] == '#';

    // "those 'nurse practitioners'", "so-called 'wellness coaches'", "die 'supervisor'": a person or profession in quotes
    // right after a sneer is denied the title, which mocks them without another marker.
    private static bool IsDeniedTitle(ToneText text, IReadOnlyList<TermMatch> targets, TextSpan quote) =>
        targets.Any(t => t.Span.Start > quote.Start && t.Span.End < quote.End)
        && ToneLexicons.Sneers.Matches(text).Any(s => text.OnlyBetween(s.Span.End, quote.Start, string.Empty));

    // Quoted terms in a list ("'zorgmedewerkers', 'ouderen' en 'risicogroepen' eerst", "told it was 'stress', 'hormones'
    // or 'age'") name categories or cite what was said: each is a term, not a doubt, so a list counts as no marker.
    private static List<TextSpan> Unlisted(ToneText text, List<TextSpan> quotes)
    {
        var listed = new HashSet<int>();
        for (var i = 0; i + 1 < quotes.Count; i++)
        {
            if (ListConnectors.Contains(text.Text[quotes[i].End..quotes[i + 1].Start].Trim().TrimStart(',').Trim().ToLowerInvariant()))
            {
                listed.Add(i);
                listed.Add(i + 1);
            }
        }

        return [.. quotes.Where((_, i) => !listed.Contains(i))];
    }

    private static readonly HashSet<string> ListConnectors = new(StringComparer.Ordinal) { "", "of", "or", "en", "and", "/", "&" };

    // 'buikpijn', "patient", ‘spoedgeval’: one or two words in quotes, not an apostrophe inside a word (collega's).
    [GeneratedRegex(@"(?<![\w'’])['‘""“]\p{L}+(?: \p{L}+)?['’""”](?![\w'’])", RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex ScareQuotes();

    // "Echt top van de POH weer. Not.": a lone "Not." after a sentence takes back the praise before it.
    [GeneratedRegex(@"(?<=(?:^|[.!?…])\s*)not(?=\s*[.!]|\s*$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex TrailingNot();

    [GeneratedRegex(@"(?<!\S)/s(?!\w)", RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex SarcasmTag();
}

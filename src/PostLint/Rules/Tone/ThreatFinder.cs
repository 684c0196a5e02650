using System.Text.RegularExpressions;
using PostLint.Diagnostics;

namespace PostLint.Rules.Tone;

/// <summary>
/// Finds threats of violence and wished harm (<c>threats.txt</c>): "ik zal hem eens een lesje leren", "I'll punch him
/// in the face", "mag lekker creperen", "they can all drop dead", and the gapped forms the word list cannot hold
/// ("ik steek die chirurg nog eens neer", "ik weet waar je woont", "ik hoop dat hij kanker krijgt", "hope she
/// suffers"), and the veiled threat that leaves its consequence unsaid ("als die zoon nog één keer belt, dan..."). A negated phrase ("ik zou hem nooit een klap geven", "I hope she doesn't suffer"), words quoted as
/// someone else's ("hij riep 'ik sla je op je bek'"), a phrase quoted to reject it, and a sentence about dying in
/// peace ("we laten hem rustig doodgaan") do not count.
/// </summary>
internal static partial class ThreatFinder
{
    private static readonly Func<ToneText, IReadOnlyList<TextSpan>> FindOnce = text =>
        ToneLexicons.Threats.Matches(text).Concat(ToneLexicons.Harms.Matches(text)).Select(m => m.Span)
            .Concat(WishedHarms(text))
            .Concat(GappedThreat().Matches(text.Text).Select(m => new TextSpan(m.Index, m.Index + m.Length)))
            .Concat(TrailingThreat().Matches(text.Text).Select(m => new TextSpan(m.Index, m.Index + m.Length)))
            .Where(span => !IsExcused(text, span))
            .OrderBy(span => span.Start)
            .ToList();

    /// <summary>Every threat or wish of harm in <paramref name="text"/>, found once per post.</summary>
    public static IReadOnlyList<TextSpan> Find(ToneText text) => text.Memo(FindOnce);

    // "ik hoop dat die man kanker krijgt", "hope she suffers": from the wish to the harm it wishes, in one sentence.
    // Hopes and harms are walked together in text order, so a post full of both costs one pass, not one per harm.
    private static IEnumerable<TextSpan> WishedHarms(ToneText text)
    {
        var hopes = ToneLexicons.Hopes.Matches(text).Select(h => h.Span).OrderBy(h => h.Start).ToList();
        var before = -1;
        foreach (var harm in ToneLexicons.Wished.Matches(text).Select(h => h.Span).OrderBy(h => h.Start))
        {
            while (before + 1 < hopes.Count && hopes[before + 1].End <= harm.Start)
            {
                before++;
            }

            // The last hope before the harm, when it stands in the harm's sentence.
            if (before >= 0 && hopes[before].Start >= text.SentenceAt(harm.Start).Start)
            {
                yield return new TextSpan(hopes[before].Start, harm.End);
            }
        }
    }

    private static bool IsExcused(ToneText text, TextSpan span)
    {
        var first = text.Index.FirstTokenAtOrAfter(span.Start);
        return text.Index.IsNegatedBefore(first) || text.IsRejected(span) || text.IsReportedSpeech(span)
            || ToneLexicons.PeacefulDeath.OccursIn(text, text.SentenceAt(span.Start)) || IsSaidOfTheAuthor(text, span, first);
    }

    // "Ik ga dood van de hitte", "ik kan wel doodvallen", "I can drop dead": the wish "ga toch dood" or "can drop dead" read
    // without its filler words, with the author as its subject and no one else in it, is tiredness or hyperbole, not harm
    // wished on anyone; "ik kan hem wel wurgen" names whom it threatens.
    private static readonly HashSet<string> FirstPerson = new(StringComparer.Ordinal) { "ik", "i" };

    private static readonly HashSet<string> ModalOrGo = new(StringComparer.Ordinal) { "ga", "kan", "mag", "can" };

    private static readonly HashSet<string> Others = new(StringComparer.Ordinal) { "hem", "haar", "je", "jou", "jullie", "ze", "hen", "hun", "him", "her", "them", "you", "u" };

    private static bool IsSaidOfTheAuthor(ToneText text, TextSpan span, int first)
    {
        var tokens = text.Tokens;
        if (first < 1 || first >= tokens.Count || !ModalOrGo.Contains(tokens[first].Normalized) || !FirstPerson.Contains(tokens[first - 1].Normalized))
        {
            return false;
        }

        for (var k = first; k < tokens.Count && tokens[k].Span.End <= span.End; k++)
        {
            if (Others.Contains(tokens[k].Normalized))
            {
                return false;
            }
        }

        return true;
    }

    // Separable and gapped forms, and "een lesje leren" unless it teaches ("een lesje leren over hartfalen"): "steek … neer", "weet waar … woont", "know where … lives".
    [GeneratedRegex(
        @"\been\s+lesje\s+leren\b(?!\s+over\b)|\bsteek\b[^.!?\n]{0,40}?\bneer\b|\bweet\s+waar\b[^.!?\n]{0,50}?\bwoon(?:t|en)\b|\bknow\s+where\b[^.!?\n]{0,50}?\blives?\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex GappedThreat();

    // "als hij nog één keer belt, dan...", "if he does that one more time, then…": a condition that someone does it again,
    // and a 'then' that trails off leaves the reader to fill in the consequence. A consequence said ("dan bel ik de
    // afdeling") or a condition without a repeat ("als je vragen hebt, dan...") is no threat.
    [GeneratedRegex(
        @"\b(?:als|if)\b[^.!?\n]{0,150}?\b(?:nog\s+(?:één|een|1)\s+keer|nog\s+eens|one\s+more\s+time|once\s+more|again)\b[^.!?\n]{0,150}?\b(?:dan|then)\s*(?:\.{2,}|…)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex TrailingThreat();
}

using System.Text.RegularExpressions;
using PostLint.Diagnostics;
using PostLint.Text;

namespace PostLint.Rules.Tone;

/// <summary>
/// Finds threats of violence and wished harm (<c>threats.txt</c>): "ik zal hem eens een lesje leren", "I'll punch him
/// in the face", "mag lekker creperen", "they can all drop dead", and the gapped forms the word list cannot hold
/// ("ik steek die chirurg nog eens neer", "ik weet waar je woont", "ik hoop dat hij kanker krijgt", "hope she
/// suffers"). A negated phrase ("ik zou hem nooit een klap geven", "I hope she doesn't suffer"), words quoted as
/// someone else's ("hij riep 'ik sla je op je bek'"), a phrase quoted to reject it, and a sentence about dying in
/// peace ("we laten hem rustig doodgaan") do not count.
/// </summary>
internal static partial class ThreatFinder
{
    private static readonly Func<ToneText, IReadOnlyList<TextSpan>> FindOnce = text =>
        ToneLexicons.Threats.Matches(text).Select(m => m.Span)
            .Concat(GappedThreat().Matches(text.Text).Select(m => new TextSpan(m.Index, m.Index + m.Length)))
            .Where(span => !IsExcused(text, span))
            .OrderBy(span => span.Start)
            .ToList();

    /// <summary>Every threat or wish of harm in <paramref name="text"/>, found once per post.</summary>
    public static IReadOnlyList<TextSpan> Find(ToneText text) => text.Memo(FindOnce);

    private static bool IsExcused(ToneText text, TextSpan span)
    {
        var first = text.Index.FirstTokenAtOrAfter(span.Start);
        return text.Index.IsNegatedBefore(first) || text.IsRejected(span) || text.IsReportedSpeech(span)
            || PeacefulDeath().IsMatch(text.Text[text.SentenceAt(span.Start).Start..Math.Min(text.Text.Length, text.SentenceAt(span.Start).End)]);
    }

    // Separable and gapped forms, and "een lesje leren" unless it teaches ("een lesje leren over hartfalen"): "steek … neer", "weet waar … woont", "hoop dat … kanker krijgt", "hope … suffers".
    [GeneratedRegex(
        @"\been\s+lesje\s+leren\b(?!\s+over\b)|\bsteek\b[^.!?\n]{0,40}?\bneer\b|\bweet\s+waar\b[^.!?\n]{0,50}?\bwoon(?:t|en)\b|\bhoop\b[^.!?\n]{0,60}?\b(?:kanker|tyfus|tering|de\s+pest)\s+krijg\w*|\bhoop\b[^.!?\n]{0,60}?\b(?:crepeert|wegrot|verrekt|doodvalt|stikt)\b" +
        @"|\bknow\s+where\b[^.!?\n]{0,50}?\blives?\b|\bhope\b[^.!?\n]{0,60}?\b(?:gets?|catches)\s+cancer\b|\bhope\b[^.!?\n]{0,60}?\b(?:suffers|rots|chokes|drops\s+dead)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex GappedThreat();

    // End-of-life care: "laat hem rustig doodgaan", "let him die peacefully", "with dignity".
    [GeneratedRegex(@"\b(?:rustig|vredig|waardig|in\s+vrede|comfortabel|peacefully|in\s+peace|with\s+dignity|comfortabl[ey])\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex PeacefulDeath();
}

using System.Text.RegularExpressions;
using PostLint.Analysis;
using PostLint.Diagnostics;
using PostLint.Text;

namespace PostLint.Rules.Tone;

/// <summary>
/// PL4004: shouting: a run of at least <see cref="MinWords"/> words in capitals with at least
/// <see cref="MinLetters"/> letters ("IK BEN HET ZO ZAT!!!"), and "!!!" in a post whose tone already
/// drew a finding. Acronyms (SEH, NHS, KNMG), words with digits (COVID-19), hashtags and short
/// emphasis ("NIET DOEN", "WOW") are not shouting; neither is a cheer in capitals
/// ("VAN HARTE GEFELICITEERD"): enthusiasm is not anger, and nor is a short headline that labels its line ("BREAKING NEWS:").
/// </summary>
internal sealed partial class ShoutingAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "PL4004",
        "Shouting",
        DiagnosticCategory.Tone,
        DiagnosticSeverity.Info,
        "KNMG Artsen en social media A6 (toon respect); V&VN handreiking 4 (respectvol en beleefd); NMC Code 20.10",
        "Capitals and rows of exclamation marks read as shouting, which turns a point into an outburst.");

    /// <summary>Fewer capitalised words are emphasis, not shouting.</summary>
    private const int MinWords = 3;

    /// <summary>Short runs of short words ("IK BEN OK") are not shouting.</summary>
    private const int MinLetters = 10;

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override IEnumerable<WordList> WordLists => ToneLexicons.All;

    // "!!!" counts only next to another tone finding.
    public override IEnumerable<DiagnosticCategory> ReadsFindingsOf { get; } = [DiagnosticCategory.Tone];

    public override void Analyze(AnalysisContext context)
    {
        var text = ToneText.Of(context.Index);
        var covered = new List<TextSpan>();
        foreach (var run in CapitalRuns(text))
        {
            covered.Add(run);
            var shouted = context.Text[run.Start..run.End];
            context.ReportOnce(Rule, run, context.Localize(
                $"'{shouted}' staat in hoofdletters: dat leest als schreeuwen. Schrijf het in gewone letters.",
                $"'{shouted}' is in capitals, which reads as shouting. Write it in ordinary case."),
                CodeFix.Replace(context.Localize("Zet in kleine letters", "Change to lower case"), run, Calm(context.Text, run)));
        }

        if (!context.ReportedSoFar.Any(d => d.Category == DiagnosticCategory.Tone && d.Id != Rule.Id))
        {
            return;
        }

        foreach (Match bangs in Exclamations().Matches(context.Text))
        {
            var span = new TextSpan(bangs.Index, bangs.Index + bangs.Length);
            if (!covered.Any(c => c.Start <= span.Start && span.End <= c.End))
            {
                context.ReportOnce(Rule, span, context.Localize(
                    $"'{bangs.Value}' in een boos bericht leest als schreeuwen. Eén uitroepteken is genoeg.",
                    $"'{bangs.Value}' in an angry post reads as shouting. One exclamation mark is enough."),
                    CodeFix.Replace(context.Localize("Vervang door één uitroepteken", "Replace with one exclamation mark"), span, "!"));
            }
        }
    }

    private static IEnumerable<TextSpan> CapitalRuns(ToneText text)
    {
        // Every shouted word is capitalised, so most posts cannot hold a run and need no acronym or celebration list.
        var tokens = text.Tokens;
        if (CountCapitalised(tokens) < MinWords)
        {
            yield break;
        }

        var acronyms = ToneLexicons.Acronyms.Matches(text).Select(m => m.Span.Start).ToHashSet();
        var celebrations = ToneLexicons.Celebrations.Matches(text).Select(m => m.Span.Start).ToHashSet();
        var titleIntros = ToneLexicons.TitleIntros.Matches(text).Select(m => m.Span.End).ToList();
        var i = 0;
        while (i < tokens.Count)
        {
            if (!IsShoutedWord(text.Text, tokens[i], acronyms))
            {
                i++;
                continue;
            }

            // Acronyms and one-letter words ("A", "I") continue a run but do not count towards it.
            var first = i;
            var last = i;
            var words = 0;
            var letters = 0;
            var cheer = false;
            for (var j = i; j < tokens.Count && IsCapitalised(tokens[j]) && (j == i || !text.Text[tokens[j - 1].Span.End..tokens[j].Span.Start].Contains('\n', StringComparison.Ordinal)); j++)
            {
                cheer |= celebrations.Contains(tokens[j].Span.Start);
                if (IsShoutedWord(text.Text, tokens[j], acronyms))
                {
                    words++;
                    letters += tokens[j].Value.Length;
                    last = j;
                }

                i = j + 1;
            }

            if (words >= MinWords && letters >= MinLetters && !cheer && !IsHeadline(text, tokens[first].Span.Start, tokens[last].Span.End, words)
                && !IsTitle(text, titleIntros, tokens[first].Span.Start))
            {
                yield return new TextSpan(tokens[first].Span.Start, ExtendOverExclamations(text.Text, tokens[last].Span.End));
            }
        }
    }

    // "ILLINOIS VACCINE UPDATE: ...", "BREAKING NEWS: ...": a short run that opens its line and ends in a colon labels
    // what follows, as a headline does; it is not raised voice.
    private const int MaxHeadlineWords = 5;

    private static bool IsHeadline(ToneText text, int start, int end, int words)
    {
        var lineStart = text.Text.LastIndexOf('\n', Math.Max(0, start - 1)) + 1;
        return words <= MaxHeadlineWords && end < text.Text.Length && text.Text[end] == ':' && text.OnlyBetween(start > 0 ? lineStart : 0, start, string.Empty);
    }

    // "author of THE BODY KEEPS THE SCORE", "het boek 'DE DOKTER'": titles of works are often set in capitals.
    private static bool IsTitle(ToneText text, List<int> titleIntroEnds, int start) =>
        titleIntroEnds.Any(end => end <= start && text.OnlyBetween(end, start, "\"'“‘:"));

    private static int CountCapitalised(IReadOnlyList<Token> tokens)
    {
        var count = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (IsCapitalised(tokens[i]))
            {
                count++;
            }
        }

        return count;
    }

    // No lower-case letter and at least one letter.
    private static bool IsCapitalised(Token token)
    {
        var letter = false;
        foreach (var c in token.Value)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            letter |= char.IsLetter(c);
        }

        return letter;
    }

    private static bool IsShoutedWord(string text, Token token, HashSet<int> acronyms) =>
        token.IsAllCaps && !token.Value.Any(char.IsDigit) && !acronyms.Contains(token.Span.Start) &&
        (token.Span.Start == 0 || text[token.Span.Start - 1] is not ('#' or '@'));

    private static int ExtendOverExclamations(string text, int end)
    {
        while (end < text.Length && text[end] is '!' or '?')
        {
            end++;
        }

        return end;
    }

    // Lower case, a capital where a sentence starts, one exclamation mark where there were several.
    private static string Calm(string text, TextSpan run)
    {
        var lowered = text[run.Start..run.End].ToLowerInvariant();
        var before = text.AsSpan(0, run.Start).TrimEnd();
        var atSentenceStart = before.Length == 0 || before[^1] is '.' or '!' or '?' or ':';
        if (atSentenceStart && lowered.Length > 0)
        {
            lowered = char.ToUpperInvariant(lowered[0]) + lowered[1..];
        }

        return Exclamations().Replace(lowered, "!");
    }

    [GeneratedRegex("!{3,}", RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Exclamations();
}

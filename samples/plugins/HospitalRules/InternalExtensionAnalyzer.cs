using PostLint;
using PostLint.Analysis;
using PostLint.Diagnostics;
using PostLint.Text;

namespace HospitalRules;

/// <summary>
/// HOSP0001: an internal phone extension ("toestel 4321", "tst. 4321", "ext. 4321") posted publicly. Extensions
/// reach a ward or a colleague directly, past the switchboard that screens callers; the public gets the main number.
/// </summary>
/// <remarks>
/// Fires when an extension word is followed by a number of three to five digits, with at most punctuation
/// (<c>. : #</c>) and "nr", "no", "nummer" or "number" in between, and the number does not go on as a longer
/// number, an amount or a range ("ext. 4321-5678"). Another word in between means the number belongs to something
/// else: "het toestel van 2019", "extension of the deadline 2025". A year (1900–2099) counts only after the
/// abbreviations and "toestel", never after the ordinary words "extension" and "intern" ("visa extension 2025",
/// "intern 2024"). A quoted extension still fires: the quote publishes the number just the same.
/// </remarks>
public sealed class InternalExtensionAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The rule.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        "HOSP0001",
        "Internal phone extension",
        DiagnosticCategory.Confidentiality,
        DiagnosticSeverity.Warning,
        "Hospital communication policy: internal numbers are for colleagues; the public calls the switchboard",
        "An internal extension lets anyone who reads the post call a ward or a colleague directly, past the switchboard that screens callers.");

    // Words that introduce an extension; only the abbreviations and "toestel" are followed by a year-like number in earnest.
    private static readonly WordList ExtensionWords = WordList.FromTerms(
        "hospital-extension-words", "toestel", "toestelnummer", "toestelnr", "tst", "ext", "extension", "intern");

    private static readonly HashSet<string> NumberWords = new(StringComparer.Ordinal) { "nr", "no", "nummer", "number" };

    private static readonly HashSet<string> YearlessWords = new(StringComparer.Ordinal) { "extension", "intern" };

    /// <inheritdoc />
    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    /// <inheritdoc />
    public override IEnumerable<WordList> WordLists => [ExtensionWords];

    /// <inheritdoc />
    public override void Analyze(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var index = context.Index;
        foreach (var match in index.Matches(ExtensionWords))
        {
            if (!context.IsEnabled(Rule))
            {
                return;
            }

            if (ExtensionNumber(index, match) is not { } number || IsYear(index.Tokens[number], match) || !StandsAlone(index, number))
            {
                continue;
            }

            var span = new TextSpan(match.Span.Start, index.Tokens[number].Span.End);
            var dutch = context.LanguageAt(span.Start) == PostLanguage.Dutch;
            var message = dutch
                ? $"'{context.Text[span.Start..span.End]}' is een intern toestelnummer: wie het bericht leest, belt buiten de receptie om. Noem het algemene nummer."
                : $"'{context.Text[span.Start..span.End]}' is an internal extension: anyone who reads the post can call past the switchboard. Give the main number.";
            var fix = dutch
                ? CodeFix.Replace("Vervang door 'de receptie'", span, "de receptie")
                : CodeFix.Replace("Replace with 'the switchboard'", span, "the switchboard");
            context.Report(Rule, span, message, fix);
        }
    }

    // The token of the number that follows the extension word, through punctuation and at most one "nr"; null when a
    // word, a line break or no number of three to five digits comes first.
    private static int? ExtensionNumber(PostIndex index, TermMatch match)
    {
        var next = match.FirstToken + match.TokenCount;
        if (next < index.Tokens.Count && NumberWords.Contains(index.Tokens[next].Normalized)
            && OnlyPunctuationBetween(index.Text, index.Tokens[next - 1].Span.End, index.Tokens[next].Span.Start))
        {
            next++;
        }

        if (next >= index.Tokens.Count || !OnlyPunctuationBetween(index.Text, index.Tokens[next - 1].Span.End, index.Tokens[next].Span.Start))
        {
            return null;
        }

        var token = index.Tokens[next];
        return token.IsNumber && token.Value.Length is >= 3 and <= 5 ? next : null;
    }

    private static bool OnlyPunctuationBetween(string text, int from, int to) =>
        to - from <= 4 && text.AsSpan(from, to - from).IndexOfAnyExcept(" .:#\t") < 0;

    private static bool IsYear(Token number, TermMatch match) =>
        YearlessWords.Contains(match.Term.Term) && number.Value.Length == 4 && (number.Value.StartsWith("19", StringComparison.Ordinal) || number.Value.StartsWith("20", StringComparison.Ordinal));

    // "4321" on its own, not the start of a longer number, an amount or a range: "4321-5678", "4321,50", "4321%".
    private static bool StandsAlone(PostIndex index, int number)
    {
        var span = index.Tokens[number].Span;
        var text = index.Text;
        var after = span.End < text.Length ? text[span.End] : ' ';
        var continues = after is '-' or '–' or ',' or '.' or '/' && span.End + 1 < text.Length && char.IsAsciiDigit(text[span.End + 1]);
        return !continues && after != '%';
    }
}

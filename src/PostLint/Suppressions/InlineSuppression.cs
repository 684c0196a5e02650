using System.Text.RegularExpressions;
using PostLint.Diagnostics;

namespace PostLint.Suppressions;

/// <summary>
/// A suppression written in the post, as analyzers' pragmas are: <c>&lt;!-- postlint-disable-next-line PL1001: reason --&gt;</c>
/// (Markdown; it covers the next line) or <c>postlint-disable-line PL1001: reason</c> (anywhere in a line of
/// text; it covers that line). Several IDs are separated by commas; the reason after the colon is required.
/// </summary>
/// <param name="RuleIds">The rules it suppresses.</param>
/// <param name="Reason">Why; empty when the author gave none (then it suppresses nothing and is reported).</param>
/// <param name="Directive">Where the directive itself stands in the text.</param>
/// <param name="Scope">The line it covers (without the line break).</param>
internal sealed partial record InlineSuppression(IReadOnlyList<string> RuleIds, string Reason, TextSpan Directive, TextSpan Scope)
{
    /// <summary>The directives in <paramref name="text"/>, in order.</summary>
    public static IReadOnlyList<InlineSuppression> Find(string text)
    {
        var found = new List<InlineSuppression>();
        if (!text.Contains("postlint-disable", StringComparison.Ordinal))
        {
            return found;
        }

        foreach (Match match in DirectivePattern().Matches(text))
        {
            var line = LineAt(text, match.Index);
            var scope = match.Groups["next"].Success ? NextLine(text, line) : line;
            var ids = match.Groups["ids"].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            found.Add(new InlineSuppression(ids, match.Groups["reason"].Value.Trim(), new TextSpan(match.Index, match.Index + match.Length), scope));
        }

        return found;
    }

    private static TextSpan LineAt(string text, int index)
    {
        var start = index == 0 ? 0 : text.LastIndexOf('\n', index - 1) + 1;
        var end = text.IndexOf('\n', index);
        end = end < 0 ? text.Length : end;
        return new TextSpan(start, end > start && text[end - 1] == '\r' ? end - 1 : end);
    }

    // The line after the directive's line; at the end of the text there is none, so the scope is empty.
    private static TextSpan NextLine(string text, TextSpan line)
    {
        var next = text.IndexOf('\n', line.End);
        return next < 0 ? new TextSpan(text.Length, text.Length) : LineAt(text, next + 1);
    }

    // "postlint-disable-next-line" or "-line", optionally inside an HTML comment, then IDs (words separated
    // by commas) and an optional ": reason" up to the comment's end or the line's end. Prose that merely
    // names the directive ("postlint-disable-line comments need a reason") does not fit.
    [GeneratedRegex(@"(?:<!--[ \t]*)?postlint-disable-(?:(?<next>next-line)|line)\b[ \t]*(?<ids>\w+(?:[ \t]*,[ \t]*\w+)*)?[ \t]*(?::(?<reason>[^\r\n]*?))?[ \t]*(?:-->|(?=\r?\n)|$)", RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex DirectivePattern();
}

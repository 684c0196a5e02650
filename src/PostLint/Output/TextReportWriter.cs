using System.Globalization;
using PostLint.Diagnostics;

namespace PostLint.Output;

/// <summary>
/// Writes results for people, compiler style: <c>path:line:col: severity PLxxxx: message</c>, the line
/// with the span underlined, the fix if there is one, the count-to-ten reasons, and a summary line.
/// </summary>
public static class TextReportWriter
{
    private const string Reset = "\e[0m";
    private const string Bold = "\e[1m";
    private const string Dim = "\e[2m";
    private const string Red = "\e[31m";
    private const string Yellow = "\e[33m";
    private const string Cyan = "\e[36m";
    private const string Magenta = "\e[35m";
    private const string Green = "\e[32m";

    /// <summary>Writes the report for <paramref name="results"/> to <paramref name="writer"/>.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="results">The results, in input order.</param>
    /// <param name="color">Use ANSI colours (only for a terminal that has not asked for none).</param>
    public static void Write(TextWriter writer, IReadOnlyList<AnalysisResult> results, bool color = false)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(results);
        var paint = new Painter(color);
        foreach (var result in results)
        {
            foreach (var diagnostic in result.Diagnostics)
            {
                WriteDiagnostic(writer, result.Post, diagnostic, paint);
            }

            if (result.CountToTen.Advised)
            {
                var start = SourceLocation.Of(result.Post, new TextSpan(0, 0)).Start;
                var verdict = result.Language == PostLanguage.Dutch ? "tel tot tien" : "count to ten";
                writer.WriteLine(paint.Apply(Magenta + Bold, $"{Name(result.Post)}:{start.Line}: {verdict} (PL0001)") + IdSuffix(result.Post));
                foreach (var reason in result.CountToTen.Reasons)
                {
                    writer.WriteLine("  " + reason);
                }

                writer.WriteLine();
            }
        }

        writer.WriteLine(Summary(ReportSummary.Of(results), paint));
    }

    private static void WriteDiagnostic(TextWriter writer, Post post, Diagnostic diagnostic, Painter paint)
    {
        var location = SourceLocation.Of(post, diagnostic.Span);
        var severity = diagnostic.Severity.ToName();
        var colour = SeverityColour(diagnostic.Severity);
        writer.WriteLine(
            $"{paint.Apply(Bold, $"{Name(post)}:{location.Start.Line}:{location.Start.Column}:")} " +
            $"{paint.Apply(colour + Bold, severity)} {paint.Apply(Bold, diagnostic.Id)}: {diagnostic.Message}{IdSuffix(post)}");

        var (line, caretStart, caretLength) = LineOf(post.Text, diagnostic.Span);
        var gutter = location.Start.Line.ToString(CultureInfo.InvariantCulture);
        var blank = new string(' ', gutter.Length);
        writer.WriteLine($" {paint.Apply(Dim, gutter + " |")} {line}");
        writer.WriteLine($" {paint.Apply(Dim, blank + " |")} {Padding(line, caretStart)}{paint.Apply(colour, Underline(caretLength))}");
        foreach (var fix in diagnostic.Fixes)
        {
            writer.WriteLine($" {paint.Apply(Dim, blank + " =")} {paint.Apply(Green, "fix")}: {fix.Title}");
        }

        writer.WriteLine();
    }

    // The location stays "path:line:col:" so editors and terminals can jump to it; the post's own ID
    // (several posts share a JSON Lines file) follows the message.
    private static string Name(Post post) => post.SourcePath ?? "<text>";

    private static string IdSuffix(Post post) => post.Id is null ? string.Empty : $" [{post.Id}]";

    // The post line that holds the span's start; a span running over the line end is underlined to the end.
    private static (string Line, int CaretStart, int CaretLength) LineOf(string text, TextSpan span)
    {
        var start = span.Start == 0 ? 0 : text.LastIndexOf('\n', span.Start - 1) + 1;
        var end = text.IndexOf('\n', span.Start);
        end = end < 0 ? text.Length : end;
        var line = text[start..end].TrimEnd('\r');
        var caretStart = span.Start - start;
        var caretLength = Math.Max(1, Math.Min(span.End, start + line.Length) - span.Start);
        return (line, caretStart, caretLength);
    }

    // One column per UTF-16 unit: a surrogate pair (mostly emoji, which terminals draw two columns
    // wide) gets two. Tabs are kept so the caret lines up under tabbed text.
    private static string Padding(string line, int length)
    {
        var padding = new char[Math.Min(length, line.Length)];
        for (var i = 0; i < padding.Length; i++)
        {
            padding[i] = line[i] == '\t' ? '\t' : ' ';
        }

        return new string(padding);
    }

    private static string Underline(int length) => "^" + new string('~', length - 1);

    private static string Summary(ReportSummary summary, Painter paint)
    {
        var posts = summary.Posts == 1 ? "1 post" : $"{summary.Posts} posts";
        if (summary.Errors + summary.Warnings + summary.Infos == 0)
        {
            return paint.Apply(Green + Bold, $"{posts} checked: no findings");
        }

        return paint.Apply(Bold, $"{posts} checked: {Count(summary.Errors, "error")}, {Count(summary.Warnings, "warning")}, {Count(summary.Infos, "info")}");
    }

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";

    private static string SeverityColour(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => Red,
        DiagnosticSeverity.Warning => Yellow,
        _ => Cyan,
    };

    private readonly record struct Painter(bool Enabled)
    {
        public string Apply(string code, string text) => Enabled ? code + text + Reset : text;
    }
}

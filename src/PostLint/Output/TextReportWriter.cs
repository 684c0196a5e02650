using System.Globalization;
using PostLint.Diagnostics;

namespace PostLint.Output;

/// <summary>
/// Writes results for people, compiler style: <c>path:line:col: severity PLxxxx: message</c>, the line
/// with the span underlined, the fix if there is one, the count-to-ten reasons, and a summary line.
/// </summary>
public sealed class TextReportWriter : ReportWriter
{
    private const string Reset = "\e[0m";
    private const string Bold = "\e[1m";
    private const string Dim = "\e[2m";
    private const string Red = "\e[31m";
    private const string Yellow = "\e[33m";
    private const string Cyan = "\e[36m";
    private const string Magenta = "\e[35m";
    private const string Green = "\e[32m";

    private readonly TextWriter _writer;
    private readonly Painter _paint;
    private readonly bool _summary;

    /// <summary>Starts a report on <paramref name="writer"/>.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="color">Use ANSI colours (only for a terminal that has not asked for none).</param>
    /// <param name="summary">End with the summary line (<c>--quiet</c> leaves it out).</param>
    public TextReportWriter(TextWriter writer, bool color = false, bool summary = true)
    {
        ArgumentNullException.ThrowIfNull(writer);
        _writer = writer;
        _paint = new Painter(color);
        _summary = summary;
    }

    /// <summary>Writes the report for <paramref name="results"/> to <paramref name="writer"/>.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="results">The results, in input order.</param>
    /// <param name="color">Use ANSI colours (only for a terminal that has not asked for none).</param>
    /// <param name="summary">End with the summary line.</param>
    public static void Write(TextWriter writer, IReadOnlyList<AnalysisResult> results, bool color = false, bool summary = true)
    {
        ArgumentNullException.ThrowIfNull(results);
        using var report = new TextReportWriter(writer, color, summary);
        foreach (var result in results)
        {
            report.Add(result);
        }

        report.Complete();
    }

    /// <inheritdoc />
    protected override void WriteResult(AnalysisResult result)
    {
        foreach (var diagnostic in result.Diagnostics)
        {
            WriteDiagnostic(_writer, result.Post, diagnostic, _paint);
        }

        if (result.CountToTen.Advised)
        {
            var start = SourceLocation.Of(result.Post, new TextSpan(0, 0)).Start;
            var verdict = result.Language == PostLanguage.Dutch ? "tel tot tien" : "count to ten";
            _writer.WriteLine(_paint.Apply(Magenta + Bold, $"{Name(result.Post)}:{start.Line}: {verdict} (PL0001)") + IdSuffix(result.Post));
            foreach (var reason in result.CountToTen.Reasons)
            {
                _writer.WriteLine("  " + ControlCharacters.MakeVisible(reason));
            }

            _writer.WriteLine();
        }
    }

    /// <inheritdoc />
    protected override void WriteInputError(InputError inputError)
    {
        _writer.WriteLine($"{_paint.Apply(Bold, ControlCharacters.MakeVisible(inputError.Location) + ":")} {_paint.Apply(Red + Bold, "error")}: {ControlCharacters.MakeVisible(inputError.Reason)}");
        _writer.WriteLine();
    }

    /// <inheritdoc />
    protected override void WriteEnd(ReportSummary summary)
    {
        if (_summary)
        {
            _writer.WriteLine(SummaryLine(summary, _paint));
        }
    }

    private static void WriteDiagnostic(TextWriter writer, Post post, Diagnostic diagnostic, Painter paint)
    {
        var location = SourceLocation.Of(post, diagnostic.Span);
        var severity = diagnostic.Severity.ToName();
        var colour = SeverityColour(diagnostic.Severity);
        writer.WriteLine(
            $"{paint.Apply(Bold, $"{Name(post)}:{location.Start.Line}:{location.Start.Column}:")} " +
            $"{paint.Apply(colour + Bold, severity)} {paint.Apply(Bold, diagnostic.Id)}: {ControlCharacters.MakeVisible(diagnostic.Message)}{IdSuffix(post)}");

        var (line, caretStart, caretLength) = LineOf(post.Text, diagnostic.Span);
        var gutter = location.Start.Line.ToString(CultureInfo.InvariantCulture);
        var blank = new string(' ', gutter.Length);
        writer.WriteLine($" {paint.Apply(Dim, gutter + " |")} {line}");
        writer.WriteLine($" {paint.Apply(Dim, blank + " |")} {Padding(line, caretStart)}{paint.Apply(colour, Underline(caretLength))}");
        foreach (var fix in diagnostic.Fixes)
        {
            writer.WriteLine($" {paint.Apply(Dim, blank + " =")} {paint.Apply(Green, "fix")}: {ControlCharacters.MakeVisible(fix.Title)}");
        }

        writer.WriteLine();
    }

    // The location stays "path:line:col:" so editors and terminals can jump to it; the post's own ID
    // (several posts share a JSON Lines file) follows the message.
    // Paths, IDs, messages and the post's own line all reach the terminal with their control characters made visible.
    private static string Name(Post post) => ControlCharacters.MakeVisible(post.SourcePath ?? "<text>");

    private static string IdSuffix(Post post) => post.Id is null ? string.Empty : $" [{ControlCharacters.MakeVisible(post.Id)}]";

    // The post line that holds the span's start; a span running over the line end is underlined to the end.
    private static (string Line, int CaretStart, int CaretLength) LineOf(string text, TextSpan span)
    {
        var start = span.Start == 0 ? 0 : text.LastIndexOf('\n', span.Start - 1) + 1;
        var end = text.IndexOf('\n', span.Start);
        end = end < 0 ? text.Length : end;
        var line = ControlCharacters.MakeVisible(text[start..end].TrimEnd('\r'));
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

    private static string SummaryLine(ReportSummary summary, Painter paint)
    {
        var posts = summary.Posts == 1 ? "1 post" : $"{summary.Posts} posts";
        var unread = summary.InputErrors switch
        {
            0 => string.Empty,
            1 => "; 1 file could not be checked",
            var n => $"; {n} files could not be checked",
        };
        if (summary.Errors + summary.Warnings + summary.Infos == 0)
        {
            return paint.Apply((unread.Length == 0 ? Green : Red) + Bold, $"{posts} checked: no findings{unread}");
        }

        return paint.Apply(Bold, $"{posts} checked: {Count(summary.Errors, "error")}, {Count(summary.Warnings, "warning")}, {Count(summary.Infos, "info")}{unread}");
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

using PostLint.Diagnostics;

namespace PostLint.Web.Checking;

/// <summary>A stretch of the draft and the most serious finding that covers it (null for plain text).</summary>
public sealed record Highlight(string Text, DiagnosticSeverity? Severity)
{
    /// <summary>
    /// Cuts <paramref name="text"/> at every start and end of a finding, so overlapping findings (a name
    /// inside a re-identifying sentence) show as one run of marks coloured by the worst of them.
    /// </summary>
    public static IReadOnlyList<Highlight> Split(string text, IReadOnlyList<Diagnostic> diagnostics)
    {
        var cuts = new SortedSet<int> { 0, text.Length };
        foreach (var diagnostic in diagnostics)
        {
            cuts.Add(Math.Clamp(diagnostic.Span.Start, 0, text.Length));
            cuts.Add(Math.Clamp(diagnostic.Span.End, 0, text.Length));
        }

        var pieces = new List<Highlight>();
        var start = 0;
        foreach (var end in cuts.Skip(1))
        {
            var covering = diagnostics.Where(d => d.Span.Start <= start && d.Span.End >= end).Select(d => (DiagnosticSeverity?)d.Severity);
            pieces.Add(new Highlight(text[start..end], covering.Max()));
            start = end;
        }

        return pieces;
    }
}

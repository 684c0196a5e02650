using System.Text;
using PostLint.Diagnostics;

namespace PostLint.Tests.Verification;

/// <summary>An expected finding marked in test input as <c>{|ID:text|}</c>.</summary>
public sealed record MarkedSpan(string Id, TextSpan Span);

/// <summary>
/// Parses Roslyn-style test markup: <c>"Vandaag mevrouw {|PL1001:Jansen|} gezien"</c> becomes the plain
/// text and the list of expected (ID, span) pairs. Markers do not nest.
/// </summary>
public static class Markup
{
    public static (string Text, IReadOnlyList<MarkedSpan> Spans) Parse(string markup)
    {
        var text = new StringBuilder(markup.Length);
        var spans = new List<MarkedSpan>();
        var i = 0;
        while (i < markup.Length)
        {
            if (string.CompareOrdinal(markup, i, "{|", 0, 2) == 0)
            {
                var colon = markup.IndexOf(':', i + 2);
                var close = markup.IndexOf("|}", i + 2, StringComparison.Ordinal);
                if (colon < 0 || close < 0 || colon > close)
                {
                    throw new FormatException($"Unterminated marker at {i} in: {markup}");
                }

                var id = markup[(i + 2)..colon];
                var start = text.Length;
                text.Append(markup, colon + 1, close - colon - 1);
                spans.Add(new MarkedSpan(id, new TextSpan(start, text.Length)));
                i = close + 2;
            }
            else
            {
                text.Append(markup[i]);
                i++;
            }
        }

        return (text.ToString(), spans);
    }
}

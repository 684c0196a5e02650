using System.Security.Cryptography;
using System.Text;
using PostLint.Diagnostics;

namespace PostLint.Cli.Baselines;

/// <summary>
/// Identifies a finding by what it flags rather than where: the rule, the flagged text and a few
/// characters of its neighbourhood on the same line of the post, whitespace collapsed. Lines inserted
/// above it, or the paragraph moved, leave the fingerprint as it was; editing the flagged words or
/// the words right around them makes a new finding.
/// </summary>
internal static class FindingFingerprint
{
    /// <summary>Characters of context taken on either side of the flagged text, within its line.</summary>
    private const int Neighbourhood = 24;

    /// <summary>The fingerprint: 32 hexadecimal digits.</summary>
    public static string Of(Post post, Diagnostic diagnostic)
    {
        var text = post.Text;
        var span = diagnostic.Span;
        var lineStart = span.Start == 0 ? 0 : text.LastIndexOf('\n', span.Start - 1) + 1;
        var lineEnd = text.IndexOf('\n', span.End) is var newline and >= 0 ? newline : text.Length;
        var before = text[Math.Max(lineStart, span.Start - Neighbourhood)..span.Start];
        var after = text[span.End..Math.Min(lineEnd, span.End + Neighbourhood)];
        var key = string.Join('\u001f', diagnostic.Id, Collapse(before), Collapse(text[span.Start..span.End]), Collapse(after));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)).AsSpan(0, 16));
    }

    private static string Collapse(string text)
    {
        var collapsed = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                collapsed.Append(c);
            }
            else if (collapsed.Length > 0 && collapsed[^1] != ' ')
            {
                collapsed.Append(' ');
            }
        }

        return collapsed.ToString().TrimEnd();
    }
}

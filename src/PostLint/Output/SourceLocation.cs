using PostLint.Diagnostics;

namespace PostLint.Output;

/// <summary>Where a span of a post sits in its source file: what every reporter prints.</summary>
/// <param name="Start">Line and column of the first character.</param>
/// <param name="End">Line and column just after the last character.</param>
/// <param name="FileOffset">Character offset of the first character in the file.</param>
/// <param name="FileLength">Characters the span covers in the file (longer than the span when the file escapes them).</param>
public readonly record struct SourceLocation(LinePosition Start, LinePosition End, int FileOffset, int FileLength)
{
    /// <summary>Locates <paramref name="span"/> of <paramref name="post"/> through its source map (or in the text itself).</summary>
    public static SourceLocation Of(Post post, TextSpan span)
    {
        ArgumentNullException.ThrowIfNull(post);
        var map = post.SourceMap ?? new SourceMap(post.Text);
        var offset = map.GetFileOffset(span.Start);
        return new SourceLocation(map.GetPosition(span.Start), map.GetPosition(span.End), offset, map.GetFileOffset(span.End) - offset);
    }
}

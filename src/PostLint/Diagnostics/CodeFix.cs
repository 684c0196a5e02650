namespace PostLint.Diagnostics;

/// <summary>One replacement in a post's text.</summary>
/// <param name="Span">The text to replace.</param>
/// <param name="NewText">What replaces it.</param>
public sealed record TextEdit(TextSpan Span, string NewText);

/// <summary>A suggested change that resolves a diagnostic.</summary>
/// <param name="Title">What the fix does, in the post's language.</param>
/// <param name="Edits">Non-overlapping edits, applied together.</param>
public sealed record CodeFix(string Title, IReadOnlyList<TextEdit> Edits)
{
    /// <summary>A fix made of one edit.</summary>
    public static CodeFix Replace(string title, TextSpan span, string newText) => new(title, [new TextEdit(span, newText)]);

    /// <summary>Applies the edits to <paramref name="text"/> and returns the new text.</summary>
    public string ApplyTo(string text)
    {
        var builder = new System.Text.StringBuilder(text);
        foreach (var edit in Edits.OrderByDescending(e => e.Span.Start))
        {
            builder.Remove(edit.Span.Start, edit.Span.Length).Insert(edit.Span.Start, edit.NewText);
        }

        return builder.ToString();
    }
}

namespace PostLint.Output;

/// <summary>
/// Makes control characters from a post visible before they reach a terminal or a CI log: an ESC in a
/// post would otherwise start an escape sequence (recolour, retitle, hide lines), a BEL ring the bell.
/// Each becomes its Unicode control picture (ESC is ␛), one character for one, so columns and carets stay aligned.
/// </summary>
public static class ControlCharacters
{
    /// <summary>
    /// <paramref name="text"/> with C0 controls other than tab, DEL and the C1 controls replaced by
    /// visible stand-ins; the same string when there are none.
    /// </summary>
    /// <param name="text">Text from a post or its source.</param>
    /// <param name="keepLineBreaks">
    /// Keep CR and LF, for a format that escapes them itself. Otherwise they are replaced too: a lone CR
    /// on a terminal returns the cursor and lets the rest of the line overwrite what came before.
    /// </param>
    public static string MakeVisible(string text, bool keepLineBreaks = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = 0;
        while (first < text.Length && Visible(text[first], keepLineBreaks) == text[first])
        {
            first++;
        }

        if (first == text.Length)
        {
            return text;
        }

        return string.Create(text.Length, (text, keepLineBreaks), static (chars, state) =>
        {
            for (var i = 0; i < state.text.Length; i++)
            {
                chars[i] = Visible(state.text[i], state.keepLineBreaks);
            }
        });
    }

    private static char Visible(char c, bool keepLineBreaks) => c switch
    {
        '\t' => c,
        '\r' or '\n' when keepLineBreaks => c,
        < '\u0020' => (char)('\u2400' + c), // ␀ to ␟
        '\u007F' => '\u2421', // ␡
        >= '\u0080' and <= '\u009F' => '\uFFFD', // C1 controls have no pictures
        _ => c,
    };
}

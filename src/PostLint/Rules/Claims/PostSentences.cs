namespace PostLint.Rules.Claims;

/// <summary>
/// Clause breaks in raw text, for <see cref="Negation"/>, whose callers include a citation window cut out of the post
/// (<see cref="SourceCitation"/>) rather than the post itself; rules that hold the post index ask it instead.
/// </summary>
internal static class PostSentences
{
    /// <summary>True when clause punctuation (<c>, ; :</c> or a sentence end) stands between two offsets.</summary>
    public static bool ClauseBreakBetween(string text, int from, int to)
    {
        for (var i = from; i < to && i < text.Length; i++)
        {
            if (text[i] is ',' or ';' or ':' or '.' or '!' or '?' or '\n' or '(' or ')' or '—' or '–')
            {
                return true;
            }
        }

        return false;
    }
}

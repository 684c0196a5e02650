using System.Buffers;
using System.Text;

namespace PostLint.Text;

/// <summary>
/// A necessary condition for an expensive case-insensitive pattern: the pieces of text (whole words or parts of
/// words) at least one of which every match of the pattern contains. A pattern that tests every position of a
/// post costs tens of microseconds; one vectorised search for its pieces answers "certainly no match" for most posts.
/// </summary>
internal sealed class KeywordGate
{
    // IgnoreCase patterns match the Kelvin sign where a 'k' is written; ordinal case folding does not, so a text
    // with one always gets the pattern.
    private const char KelvinSign = '\u212A';

    private readonly SearchValues<string> _pieces;

    /// <summary>A gate that opens for text containing any of <paramref name="pieces"/>, ignoring case.</summary>
    public KeywordGate(params string[] pieces) => _pieces = SearchValues.Create(pieces, StringComparison.OrdinalIgnoreCase);

    /// <summary>False when the pattern this gate stands for certainly has no match in <paramref name="text"/>.</summary>
    public bool MayMatch(string text) => text.AsSpan().ContainsAny(_pieces) || text.Contains(KelvinSign, StringComparison.Ordinal);

    /// <summary>True when <paramref name="text"/> has a decimal digit of any script (what <c>\d</c> matches).</summary>
    public static bool HasDigit(string text)
    {
        if (text.AsSpan().ContainsAnyInRange('0', '9'))
        {
            return true;
        }

        if (Ascii.IsValid(text))
        {
            return false;
        }

        foreach (var c in text)
        {
            if (char.IsDigit(c))
            {
                return true;
            }
        }

        return false;
    }
}

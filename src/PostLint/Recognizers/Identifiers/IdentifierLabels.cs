using System.Text.RegularExpressions;
using PostLint.Text;

namespace PostLint.Recognizers.Identifiers;

/// <summary>
/// Labels written right before a number that say what the number is ("Passport no. K12345678", "sort code: 60-16-13"):
/// the label may be followed by "no.", "nr", "number", "nummer", "#", a colon or "is", and nothing else. An abbreviation's
/// full stop between label and number does not matter, unlike a sentence boundary found by the sentence splitter.
/// </summary>
internal static partial class IdentifierLabels
{
    // The longest label with its number word and separators fits well within this.
    private const int Window = 40;

    /// <summary>The label of <paramref name="labels"/> that ends right before <paramref name="numberStart"/>, or null.</summary>
    public static TermMatch? RightBefore(ContextCues labels, string text, int numberStart) =>
        labels.LastIn(text, numberStart - Window, numberStart) is { } label && Gap().IsMatch(text.AsSpan(label.Span.End, numberStart - label.Span.End))
            ? label
            : null;

    [GeneratedRegex(@"^\s?(?:no|nr|number|nummer|#)?\.?\s?[:#]?\s?(?:is\s)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Gap();
}

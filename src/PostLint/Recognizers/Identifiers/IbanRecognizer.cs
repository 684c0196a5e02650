using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;
using PostLint.Analysis;

namespace PostLint.Recognizers.Identifiers;

/// <summary>
/// Finds bank account numbers in IBAN form (<see cref="EntityType.Iban"/>), with or without spaces and in either
/// case (people type <c>nl91 abna …</c> as often as the printed form), checked against the country's IBAN length (ISO 13616 registry) and the mod-97 check digits.
/// Attributes: <c>country</c>, <c>value</c> (compact upper-case IBAN).
/// </summary>
internal sealed partial class IbanRecognizer : Recognizer
{
    // IBAN lengths from the SWIFT IBAN registry, for Europe and the countries a Dutch or British post is likely to mention.
    private static readonly FrozenDictionary<string, int> Lengths = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["AD"] = 24, ["AE"] = 23, ["AT"] = 20, ["BE"] = 16, ["BG"] = 22, ["CH"] = 21, ["CY"] = 28, ["CZ"] = 24, ["DE"] = 22, ["DK"] = 18,
        ["EE"] = 20, ["ES"] = 24, ["FI"] = 18, ["FR"] = 27, ["GB"] = 22, ["GI"] = 23, ["GR"] = 27, ["HR"] = 21, ["HU"] = 28, ["IE"] = 22,
        ["IS"] = 26, ["IT"] = 27, ["LI"] = 21, ["LT"] = 20, ["LU"] = 20, ["LV"] = 21, ["MA"] = 28, ["MC"] = 27, ["MT"] = 31, ["NL"] = 18,
        ["NO"] = 15, ["PL"] = 28, ["PT"] = 25, ["RO"] = 24, ["SA"] = 24, ["SE"] = 24, ["SI"] = 19, ["SK"] = 24, ["SM"] = 27, ["TR"] = 26,
        ["UA"] = 29,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public override IReadOnlyList<EntityType> Produces { get; } = [EntityType.Iban];

    public override void Recognize(RecognitionContext context)
    {
        var text = context.Text;
        if (!HasCountryThenDigit(text))
        {
            return;
        }

        foreach (Match start in Start().Matches(text))
        {
            if (!Lengths.TryGetValue(start.Groups["country"].Value.ToUpperInvariant(), out var length)
                || ReadCompact(text, start.Index, length) is not { } read
                || !Checksums.IsIbanMod97(read.Compact))
            {
                continue;
            }

            context.Add(new Entity(EntityType.Iban, new(start.Index, read.End), text[start.Index..read.End])
            {
                Attributes = new Dictionary<string, string>(StringComparer.Ordinal)
                {
                    ["country"] = read.Compact[..2],
                    ["value"] = read.Compact,
                },
            });
        }
    }

    // Reads exactly `length` letters and digits from `start`, allowing single spaces between them,
    // and requires the IBAN to end at a word boundary.
    private static (string Compact, int End)? ReadCompact(string text, int start, int length)
    {
        var compact = new StringBuilder(length);
        var i = start;
        while (i < text.Length && compact.Length < length)
        {
            var c = text[i];
            if (char.IsAsciiLetterOrDigit(c))
            {
                compact.Append(char.ToUpperInvariant(c));
            }
            else if (c != ' ' || i + 1 >= text.Length || !char.IsAsciiLetterOrDigit(text[i + 1]) || text[i - 1] == ' ')
            {
                return null;
            }

            i++;
        }

        if (compact.Length != length || (i < text.Length && char.IsAsciiLetterOrDigit(text[i])))
        {
            return null;
        }

        return (compact.ToString(), i);
    }

    // The start pattern is tried at every position; one linear look for its core (two ASCII letters and a digit)
    // spares that in the many posts without one.
    private static bool HasCountryThenDigit(string text)
    {
        for (var i = 2; i < text.Length; i++)
        {
            if (char.IsDigit(text[i]) && char.IsAsciiLetter(text[i - 1]) && char.IsAsciiLetter(text[i - 2]))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"(?<![A-Za-z0-9])(?<country>[A-Za-z]{2})\d{2}(?=[ ]?[A-Za-z0-9])", RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Start();
}

using PostLint.Text;

namespace PostLint.Recognizers.QuasiIdentifiers;

/// <summary>
/// Reads numbers written as words, in Dutch (<c>vierennegentig</c>, <c>drieëntwintig</c>, <c>honderdtwee</c>)
/// and English (<c>ninety-four</c>, <c>ninety four</c>), as ages and counts are often spelled out in posts.
/// </summary>
internal static class NumberWords
{
    private static readonly Dictionary<string, int> Units = new(StringComparer.Ordinal)
    {
        ["een"] = 1, ["twee"] = 2, ["drie"] = 3, ["vier"] = 4, ["vijf"] = 5, ["zes"] = 6, ["zeven"] = 7, ["acht"] = 8, ["negen"] = 9,
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9,
    };

    private static readonly Dictionary<string, int> Teens = new(StringComparer.Ordinal)
    {
        ["tien"] = 10, ["elf"] = 11, ["twaalf"] = 12, ["dertien"] = 13, ["veertien"] = 14, ["vijftien"] = 15, ["zestien"] = 16,
        ["zeventien"] = 17, ["achttien"] = 18, ["negentien"] = 19,
        ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16,
        ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19,
    };

    private static readonly Dictionary<string, int> Tens = new(StringComparer.Ordinal)
    {
        ["twintig"] = 20, ["dertig"] = 30, ["veertig"] = 40, ["vijftig"] = 50, ["zestig"] = 60, ["zeventig"] = 70, ["tachtig"] = 80, ["negentig"] = 90,
        ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    };

    /// <summary>The value of a digit string or number word between 0 and 199, or null.</summary>
    public static int? Parse(string text)
    {
        var word = Tokenizer.Normalize(text.Trim()).Replace(" ", "-", StringComparison.Ordinal);
        if (word.Length == 0)
        {
            return null;
        }

        if (word.All(char.IsAsciiDigit))
        {
            return word.Length <= 3 ? int.Parse(word, System.Globalization.CultureInfo.InvariantCulture) : null;
        }

        var hundred = 0;
        if (word.StartsWith("honderd", StringComparison.Ordinal))
        {
            hundred = 100;
            word = word["honderd".Length..];
            if (word.Length == 0)
            {
                return hundred;
            }
        }

        return ParseBelowHundred(word) is { } rest ? hundred + rest : null;
    }

    private static int? ParseBelowHundred(string word)
    {
        if (Units.TryGetValue(word, out var unit))
        {
            return unit;
        }

        if (Teens.TryGetValue(word, out var teen))
        {
            return teen;
        }

        if (Tens.TryGetValue(word, out var ten))
        {
            return ten;
        }

        // English "ninety-four".
        var dash = word.IndexOf('-', StringComparison.Ordinal);
        if (dash > 0 && Tens.TryGetValue(word[..dash], out var tens) && Units.TryGetValue(word[(dash + 1)..], out var units))
        {
            return tens + units;
        }

        // Dutch "vierennegentig": unit + "en" + tens (the diaeresis of "drieëntwintig" is already stripped).
        foreach (var (name, value) in Tens)
        {
            if (word.EndsWith(name, StringComparison.Ordinal) && word.Length > name.Length + 2)
            {
                var head = word[..^name.Length];
                if (head.EndsWith("en", StringComparison.Ordinal) && Units.TryGetValue(head[..^2], out var u))
                {
                    return value + u;
                }
            }
        }

        return null;
    }
}

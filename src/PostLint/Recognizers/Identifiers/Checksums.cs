using System.Globalization;

namespace PostLint.Recognizers.Identifiers;

/// <summary>
/// The check-digit algorithms that separate real identifiers from numbers that only look like them.
/// Each takes the bare digits (or characters, for IBAN) with separators already removed.
/// </summary>
internal static class Checksums
{
    /// <summary>
    /// The Dutch "elfproef" for a BSN: 9 digits, weights 9..2 and -1 for the last digit, sum divisible by 11.
    /// An 8-digit BSN is a 9-digit one whose leading zero was dropped. All zeros is not a number anyone holds.
    /// </summary>
    public static bool IsElfproef(ReadOnlySpan<char> digits)
    {
        if (digits.Length is not (8 or 9) || digits.IndexOfAnyExceptInRange('0', '9') >= 0 || digits.IndexOfAnyExcept('0') < 0)
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var weight = digits.Length - i;
            var digit = digits[i] - '0';
            sum += i == digits.Length - 1 ? -digit : weight * digit;
        }

        return sum % 11 == 0;
    }

    /// <summary>The Luhn (mod 10) check used by payment cards.</summary>
    public static bool IsLuhn(ReadOnlySpan<char> digits)
    {
        if (digits.Length < 2 || digits.IndexOfAnyExceptInRange('0', '9') >= 0)
        {
            return false;
        }

        var sum = 0;
        var doubled = false;
        for (var i = digits.Length - 1; i >= 0; i--)
        {
            var digit = digits[i] - '0';
            if (doubled)
            {
                digit *= 2;
                if (digit > 9)
                {
                    digit -= 9;
                }
            }

            sum += digit;
            doubled = !doubled;
        }

        return sum % 10 == 0;
    }

    /// <summary>ISO 13616 / ISO 7064 mod 97-10 over an IBAN without spaces (upper case): valid when the remainder is 1.</summary>
    public static bool IsIbanMod97(ReadOnlySpan<char> iban)
    {
        if (iban.Length < 5)
        {
            return false;
        }

        var remainder = 0;
        for (var i = 0; i < iban.Length; i++)
        {
            // The first four characters (country code and check digits) move to the end.
            var c = iban[(i + 4) % iban.Length];
            if (char.IsAsciiDigit(c))
            {
                remainder = ((remainder * 10) + (c - '0')) % 97;
            }
            else if (char.IsAsciiLetterUpper(c))
            {
                remainder = ((remainder * 100) + (c - 'A' + 10)) % 97;
            }
            else
            {
                return false;
            }
        }

        return remainder == 1;
    }

    /// <summary>
    /// The NHS number check: 10 digits, weights 10..2 over the first nine, 11 minus the remainder is the
    /// tenth digit (11 becomes 0; 10 means the number is never issued).
    /// </summary>
    public static bool IsNhsNumber(ReadOnlySpan<char> digits)
    {
        if (digits.Length != 10 || digits.IndexOfAnyExceptInRange('0', '9') >= 0)
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            sum += (10 - i) * (digits[i] - '0');
        }

        var check = 11 - (sum % 11);
        if (check == 11)
        {
            check = 0;
        }

        return check != 10 && check == digits[9] - '0';
    }

    /// <summary>
    /// A US social security number as the SSA issues them: area 001-899 except 666, group 01-99, serial
    /// 0001-9999 (9 digits). Whether it is a published example is <see cref="IsPublishedSsn"/>'s question.
    /// </summary>
    public static bool IsUsSsn(ReadOnlySpan<char> digits)
    {
        if (digits.Length != 9 || digits.IndexOfAnyExceptInRange('0', '9') >= 0)
        {
            return false;
        }

        var area = int.Parse(digits[..3], CultureInfo.InvariantCulture);
        var group = int.Parse(digits[3..5], CultureInfo.InvariantCulture);
        var serial = int.Parse(digits[5..], CultureInfo.InvariantCulture);
        return area is > 0 and < 900 and not 666 && group > 0 && serial > 0;
    }

    /// <summary>
    /// SSNs printed as examples (the Woolworth wallet card's 078-05-1120, the SSA's advertising number 219-09-9999,
    /// 123-45-6789 and the 987-65-432x range): in a post they are a demonstration unless the author calls the number theirs.
    /// </summary>
    public static bool IsPublishedSsn(ReadOnlySpan<char> digits) =>
        digits is "078051120" or "219099999" or "123456789" || digits.StartsWith("98765432");

    /// <summary>
    /// The Belgian national register number (rijksregisternummer, INSZ): 11 digits, a birth date
    /// yymmdd (month 0 when unknown; +20 or +40 for bis numbers), a 3-digit sequence, and a check of
    /// 97 minus the first nine digits modulo 97, those digits prefixed with 2 for people born from 2000.
    /// </summary>
    public static bool IsRijksregisternummer(ReadOnlySpan<char> digits)
    {
        if (digits.Length != 11 || digits.IndexOfAnyExceptInRange('0', '9') >= 0)
        {
            return false;
        }

        var month = int.Parse(digits[2..4], CultureInfo.InvariantCulture) % 20;
        var day = int.Parse(digits[4..6], CultureInfo.InvariantCulture);
        if (month > 12 || day > 31)
        {
            return false;
        }

        var body = long.Parse(digits[..9], CultureInfo.InvariantCulture);
        var check = int.Parse(digits[9..], CultureInfo.InvariantCulture);
        return 97 - (body % 97) == check || 97 - ((2_000_000_000 + body) % 97) == check;
    }

    /// <summary>The digits of <paramref name="text"/>, separators dropped.</summary>
    public static string DigitsOf(string text) => string.Concat(text.Where(char.IsAsciiDigit));
}

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

    /// <summary>The digits of <paramref name="text"/>, separators dropped.</summary>
    public static string DigitsOf(string text) => string.Concat(text.Where(char.IsAsciiDigit));
}

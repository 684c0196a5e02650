using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;
using PostLint.Analysis;
using PostLint.Text;

namespace PostLint.Recognizers.Identifiers;

/// <summary>
/// Finds bank account numbers in IBAN form (<see cref="EntityType.Iban"/>), with or without spaces and in either
/// case (people type <c>nl91 abna …</c> as often as the printed form), checked against the country's IBAN length (ISO 13616 registry) and the mod-97 check digits.
/// Account numbers in a country's own form count too when their label stands right before them: a UK account number
/// (<c>Account number 31926819</c>) and sort code (<c>sort code 60-16-13</c>), a US routing number with a valid ABA check
/// digit and the account after it (<c>Routing 021000021 account 4470218865</c>).
/// Attributes: <c>country</c>, <c>value</c> (compact upper-case IBAN, or the digits); <c>kind</c> = <c>domestic</c> with
/// <c>scheme</c> = <c>account</c>, <c>sortcode</c> or <c>routing</c> for the labelled forms.
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

    // Labels of a bank's own account numbers and the scheme each names.
    private static readonly FrozenDictionary<string, string> AccountSchemes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["account"] = "account", ["bank account"] = "account", ["acct"] = "account", ["account number"] = "account", ["rekeningnummer"] = "account",
        ["bankrekeningnummer"] = "account", ["sort code"] = "sortcode", ["sortcode"] = "sortcode", ["routing"] = "routing",
        ["routing number"] = "routing", ["aba"] = "routing",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly ContextCues AccountLabels = new([.. AccountSchemes.Keys]);

    public override void Recognize(RecognitionContext context)
    {
        var text = context.Text;
        if (KeywordGate.HasDigit(text))
        {
            foreach (Match number in DomesticNumber().Matches(text))
            {
                var digits = Checksums.DigitsOf(number.Value);
                var scheme = IdentifierLabels.RightBefore(AccountLabels, text, number.Index) is { } label
                    ? AccountSchemes.GetValueOrDefault(Tokenizer.Normalize(label.Term.Term))
                    : null;
                var valid = scheme switch
                {
                    "sortcode" => digits.Length == 6,
                    "routing" => digits.Length == 9 && IsAbaRoutingNumber(digits),
                    "account" => digits.Length is >= 6 and <= 17 && !number.Value.Contains('-', StringComparison.Ordinal),
                    _ => false,
                };
                if (valid)
                {
                    context.Add(new Entity(EntityType.Iban, new(number.Index, number.Index + number.Length), number.Value)
                    {
                        Attributes = new Dictionary<string, string>(StringComparer.Ordinal) { ["kind"] = "domestic", ["scheme"] = scheme!, ["value"] = digits, ["country"] = string.Empty },
                    });
                }
            }
        }

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

    // ABA routing numbers: 3, 7 and 1 times the digits in turn add up to a multiple of ten.
    private static bool IsAbaRoutingNumber(string digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            sum += (digits[i] - '0') * (i % 3) switch { 0 => 3, 1 => 7, _ => 1 };
        }

        return sum % 10 == 0;
    }

    // A sort code (60-16-13) or a run of six to seventeen digits.
    [GeneratedRegex(@"(?<![\w.,+/-])(?:\d{2}-\d{2}-\d{2}|\d{6,17})(?![\w/-]|[.,]\d)", RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex DomesticNumber();

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

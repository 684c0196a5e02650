using PostLint.Diagnostics;

namespace PostLint.Text;

/// <summary>A word of a post: a maximal run of letters and digits.</summary>
/// <param name="Span">Where the word is.</param>
/// <param name="Value">The word as written.</param>
/// <param name="Normalized">Lower-cased, diacritics removed: the form lexicons are matched on.</param>
public readonly record struct Token(TextSpan Span, string Value, string Normalized)
{
    /// <summary>True when every letter of the word is upper case and it has at least two letters.</summary>
    public bool IsAllCaps => Value.Length > 1 && Value.Any(char.IsLetter) && !Value.Any(char.IsLower);

    /// <summary>True when the word starts with an upper-case letter.</summary>
    public bool IsCapitalized => Value.Length > 0 && char.IsUpper(Value[0]);

    /// <summary>True when the word is all digits.</summary>
    public bool IsNumber => Value.All(char.IsAsciiDigit);
}

using System.Collections.Frozen;
using PostLint.Text;

namespace PostLint.Recognizers.Identifiers;

/// <summary>
/// The name data under <c>rules/lexicons/names/</c>, loaded on first use so a linter with PL1001 switched
/// off never reads it. Lookups are on <see cref="Tokenizer.Normalize"/>d forms (case and accents ignored).
/// </summary>
internal static class NameLexicons
{
    private static readonly Lazy<FrozenDictionary<string, bool>> FirstNameTable = new(() =>
        Lexicon.Load("lexicons/names/first-names.txt")
            .GroupBy(e => Tokenizer.Normalize(e.Term))
            .ToFrozenDictionary(g => g.Key, g => g.Any(e => e.Column(1) == "word"), StringComparer.Ordinal));

    private static readonly Lazy<FrozenSet<string>> SurnameTable = new(() =>
        Lexicon.Load("lexicons/names/surnames.txt").Select(e => Normalized(e.Term)).ToFrozenSet(StringComparer.Ordinal));

    private static readonly Lazy<FrozenDictionary<string, string>> NotPersonTable = new(() =>
        Lexicon.Load("lexicons/names/not-persons.txt")
            .ToFrozenDictionary(e => Normalized(e.Term), e => e.Column(0) ?? "eponym", StringComparer.Ordinal));

    private static readonly Lazy<FrozenSet<string>> PublicFigureTable = new(() =>
        Lexicon.Load("lexicons/names/public-figures.txt").Select(e => Normalized(e.Term)).ToFrozenSet(StringComparer.Ordinal));

    // Surnames of the public figures ("Rutte" of "Mark Rutte", "van Dissel" of "Jaap van Dissel"): how they are addressed with a title.
    private static readonly Lazy<FrozenSet<string>> PublicSurnameTable = new(() =>
        PublicFigureTable.Value.Select(SurnameOf).Where(s => s.Length > 0 && !SurnameTable.Value.Contains(s) && !FirstNameTable.Value.ContainsKey(s)).ToFrozenSet(StringComparer.Ordinal));

    /// <summary>True when <paramref name="word"/> is a known given name; <paramref name="isAlsoWord"/> tells whether it is also an ordinary word.</summary>
    public static bool IsFirstName(string word, out bool isAlsoWord) => FirstNameTable.Value.TryGetValue(Tokenizer.Normalize(word), out isAlsoWord);

    /// <summary>True when the words (particles included, e.g. "de Vries") are a known surname.</summary>
    public static bool IsSurname(string name) => SurnameTable.Value.Contains(Normalized(name));

    /// <summary>"eponym" or "institution" when the words name a disease or an institution rather than a person; otherwise null.</summary>
    public static string? NotPersonKind(string name) => NotPersonTable.Value.GetValueOrDefault(Normalized(name));

    /// <summary>True when the name is a historical or public figure.</summary>
    public static bool IsPublicFigure(string name) => PublicFigureTable.Value.Contains(Normalized(name));

    /// <summary>
    /// True when the name, as written after a form of address ("Rutte", "Van Dissel"), is the surname of a public figure and
    /// not also a common surname or given name: "meneer Rutte" is the politician, "meneer Jansen" could be anyone.
    /// </summary>
    public static bool IsPublicFigureSurname(string name) => PublicSurnameTable.Value.Contains(Normalized(name));

    // The words after the given name, particles included: "jaap van dissel" gives "van dissel"; a single-word name gives "".
    private static string SurnameOf(string fullName)
    {
        var space = fullName.IndexOf(' ');
        return space < 0 ? string.Empty : fullName[(space + 1)..];
    }

    /// <summary>Normalised words joined by single spaces.</summary>
    public static string Normalized(string name) => string.Join(' ', Tokenizer.Tokenize(name).Select(t => t.Normalized));
}

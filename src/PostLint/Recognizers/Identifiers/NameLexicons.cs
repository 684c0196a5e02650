using PostLint.Text;

namespace PostLint.Recognizers.Identifiers;

/// <summary>
/// The name data under <c>rules/lexicons/names/</c>, loaded on first use so a linter with PL1001 switched
/// off never reads it. Lookups are on <see cref="Tokenizer.Normalize"/>d forms (case and accents ignored).
/// </summary>
internal static class NameLexicons
{
    private static readonly Lazy<Dictionary<string, bool>> FirstNameTable = new(() =>
        Lexicon.Load("lexicons/names/first-names.txt")
            .GroupBy(e => Tokenizer.Normalize(e.Term))
            .ToDictionary(g => g.Key, g => g.Any(e => e.Column(1) == "word"), StringComparer.Ordinal));

    // Given names that are no ordinary word in either case: the only ones a name written in lower case can be.
    private static readonly Lazy<HashSet<string>> LowerCaseFirstNameTable = new(() =>
        Lexicon.Load("lexicons/names/first-names.txt")
            .GroupBy(e => Tokenizer.Normalize(e.Term))
            .Where(g => g.All(e => string.IsNullOrEmpty(e.Column(1))))
            .Select(g => g.Key)
            .ToHashSet(StringComparer.Ordinal));

    private static readonly Lazy<HashSet<string>> SurnameTable = new(() =>
        Lexicon.Load("lexicons/names/surnames.txt").Select(e => Normalized(e.Term)).ToHashSet(StringComparer.Ordinal));

    // Dutch surnames: after a note's "pt" a lower-case word is a name only if it is one of these ("pt jansen"), for the
    // English surnames that are also words ("pt white cell count", "pt young and fit") would read as names.
    private static readonly Lazy<HashSet<string>> DutchSurnameTable = new(() =>
        Lexicon.Load("lexicons/names/surnames.txt").Where(e => e.Column(0) == "nl").Select(e => Normalized(e.Term)).ToHashSet(StringComparer.Ordinal));

    // Surnames as handles write them, run together: "deboer", "vanderlaan".
    private static readonly Lazy<HashSet<string>> RunTogetherSurnameTable = new(() =>
        SurnameTable.Value.Select(s => s.Replace(" ", string.Empty, StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal));

    private static readonly Lazy<Dictionary<string, string>> NotPersonTable = new(() =>
        Lexicon.Load("lexicons/names/not-persons.txt")
            .ToDictionary(e => Normalized(e.Term), e => e.Column(0) ?? "eponym", StringComparer.Ordinal));

    private static readonly Lazy<HashSet<string>> PublicFigureTable = new(() =>
        Lexicon.Load("lexicons/names/public-figures.txt").Select(e => Normalized(e.Term)).ToHashSet(StringComparer.Ordinal));

    // Surnames of the public figures ("Rutte" of "Mark Rutte", "van Dissel" of "Jaap van Dissel"): how they are addressed with a title.
    private static readonly Lazy<HashSet<string>> PublicSurnameTable = new(() =>
        PublicFigureTable.Value.Select(SurnameOf).Where(s => s.Length > 0 && !SurnameTable.Value.Contains(s) && !FirstNameTable.Value.ContainsKey(s)).ToHashSet(StringComparer.Ordinal));

    /// <summary>True when <paramref name="word"/> is a known given name; <paramref name="isAlsoWord"/> tells whether it is also an ordinary word.</summary>
    public static bool IsFirstName(string word, out bool isAlsoWord) => FirstNameTable.Value.TryGetValue(Tokenizer.Normalize(word), out isAlsoWord);

    /// <summary>
    /// True when <paramref name="normalized"/> (already <see cref="Tokenizer.Normalize"/>d) is a given name that is no ordinary
    /// word in any case: "john" and "kees" are names in lower case too, "will", "mark", "rose" and "toon" are not.
    /// </summary>
    public static bool IsLowerCaseFirstName(string normalized) => LowerCaseFirstNameTable.Value.Contains(normalized);

    /// <summary>True when the words (particles included, e.g. "de Vries") are a known surname.</summary>
    public static bool IsSurname(string name) => SurnameTable.Value.Contains(Normalized(name));

    /// <summary>True when the words are a known Dutch surname ("jansen", "de vries").</summary>
    public static bool IsDutchSurname(string name) => DutchSurnameTable.Value.Contains(Normalized(name));

    /// <summary>True when lower-case letters without spaces ("deboer", "vanderlaan", "janssen") spell a known surname.</summary>
    public static bool IsRunTogetherSurname(string letters) => RunTogetherSurnameTable.Value.Contains(letters);

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

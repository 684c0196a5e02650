using System.Collections.Frozen;
using PostLint.Text;

namespace PostLint.Recognizers.Identifiers;

/// <summary>
/// The Dutch and Belgian health bodies, hospitals and media of <c>rules/lexicons/names/health-bodies.tsv</c>: their names
/// and abbreviations as a <see cref="WordList"/> for the post index, and their accounts, so that a span naming one is read
/// as an organisation rather than a person, and a handle of one never as a patient's.
/// </summary>
internal static class HealthBodies
{
    private const string Path = "lexicons/names/health-bodies.tsv";

    private const int OtherNames = 0;
    private const int Handles = 1;
    private const int Kind = 2;
    private const int Flags = 4;

    // The columns each term of Names carries: whether it counts only as written, the organisation's name, and its kind.
    private const int ExactColumn = 0;
    private const int OrganisationColumn = 1;
    private const int KindColumn = 2;
    private const string Exact = "exact";

    private static readonly IReadOnlyList<LexiconEntry> Rows = WordList.Load(Path).Entries;

    /// <summary>Every name and abbreviation, each carrying whether it counts only as written, the organisation's name and its kind.</summary>
    public static WordList Names { get; } = new(Path, Rows.SelectMany(Terms));

    // Listed handles, and names and abbreviations run together ("GGDKennemerland", "UMCUtrecht"), in squashed form, with the
    // organisation's name and, for a form that counts only as written (an abbreviation, a word-like name), that form.
    private static readonly Lazy<FrozenDictionary<string, (string Name, string? Form)>> HandleTable = new(() => Rows
        .SelectMany(row => Values(row, Handles).Select(handle => (Form: handle, Exact: false))
            .Prepend((Form: row.Term, Exact: row.Column(Flags) == "cs"))
            .Concat(Values(row, OtherNames).Select(other => (Form: other, Exact: true)))
            .Select(form => (Key: Squashed(form.Form), Value: (row.Term, form.Exact ? form.Form : null))))
        .Where(pair => pair.Key.Length > 0)
        .DistinctBy(pair => pair.Key)
        .ToFrozenDictionary(pair => pair.Key, pair => ((string Name, string? Form))pair.Value, StringComparer.Ordinal));

    // Accounts often add their country to the name: "Lareb_nl", "RIVMnl", "hln_be".
    private static readonly string[] CountryEndings = ["nl", "be"];

    // Or a place or a department after a separator ("UZA_Antwerpen", "LUMC_Leiden"): the part before it, at least this long.
    private const int ShortestPrefix = 3;

    /// <summary>
    /// The organisations named in <paramref name="index"/>'s post: the matches of <see cref="Names"/>, without an
    /// abbreviation or word-like name written otherwise than listed ("ad", "trouw"). Worked out once per post: the name
    /// and place recognizers both ask.
    /// </summary>
    public static IReadOnlyList<TermMatch> In(PostIndex index) => index.Shared(Names, Find);

    private static List<TermMatch> Find(PostIndex index) =>
        [.. index.Matches(Names).Where(match => match.Term.Column(ExactColumn) != Exact || SameCapitals(index.Text.AsSpan(match.Span.Start, match.Span.Length), match.Term.Term))];

    /// <summary>The kind of organisation a match of <see cref="Names"/> names: agency, ggd, umc, hospital, media and so on.</summary>
    public static string? KindOf(TermMatch match) => match.Term.Column(KindColumn);

    /// <summary>
    /// The name of the organisation whose account <paramref name="handle"/> (without "@") is, or null: a listed handle, a
    /// listed name or abbreviation run together, either with a country ending, or a listed name or abbreviation before an
    /// underscore or dot, written as listed ("UZA_Antwerpen", but not "mind_over_matter" for MIND).
    /// </summary>
    public static string? OrganisationOfHandle(string handle)
    {
        var key = Squashed(handle);
        if (HandleTable.Value.TryGetValue(key, out var found))
        {
            return found.Name;
        }

        foreach (var ending in CountryEndings)
        {
            if (key.Length > ending.Length + 1 && key.EndsWith(ending, StringComparison.Ordinal) && HandleTable.Value.TryGetValue(key[..^ending.Length], out found))
            {
                return found.Name;
            }
        }

        var separator = handle.IndexOfAny(['_', '.']);
        return separator >= ShortestPrefix && HandleTable.Value.TryGetValue(Squashed(handle[..separator]), out found)
            && (found.Form is null || SameCapitals(handle.AsSpan(0, separator), found.Form))
            ? found.Name
            : null;
    }

    private static IEnumerable<LexiconEntry> Terms(LexiconEntry row)
    {
        var wordLike = row.Column(Flags) == "cs";
        var kind = row.Column(Kind) ?? string.Empty;
        yield return new LexiconEntry(row.Term, [wordLike ? Exact : string.Empty, row.Term, kind]);
        foreach (var other in Values(row, OtherNames))
        {
            yield return new LexiconEntry(other, [Exact, row.Term, kind]);
        }
    }

    private static string[] Values(LexiconEntry row, int column) =>
        (row.Column(column) ?? string.Empty).Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    // Lower case, accents folded, letters and digits only: "GGD Fryslân" and "@GGDFryslan" give "ggdfryslan".
    private static string Squashed(string form) => string.Concat(Tokenizer.Normalize(form).Where(char.IsLetterOrDigit));

    // The letters and digits of the text and the term, capitals in the same places: "AD" is the newspaper, "ad" is not;
    // accents may differ ("Maxima Centrum"), and so may the marks between words ("V & VN").
    private static bool SameCapitals(ReadOnlySpan<char> written, string term)
    {
        var t = 0;
        foreach (var c in written)
        {
            if (!char.IsLetterOrDigit(c))
            {
                continue;
            }

            while (t < term.Length && !char.IsLetterOrDigit(term[t]))
            {
                t++;
            }

            if (t == term.Length || char.IsUpper(c) != char.IsUpper(term[t]))
            {
                return false;
            }

            t++;
        }

        return true;
    }
}

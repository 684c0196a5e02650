namespace PostLint.Text;

/// <summary>How the post index matches a <see cref="WordList"/>.</summary>
[Flags]
public enum WordListOptions
{
    /// <summary>Whole words on all of the post's words.</summary>
    None = 0,

    /// <summary>
    /// Match on the post's words with filler words left out (<see cref="PostIndex.Words"/>), and leave fillers
    /// out of the entries too, so "ik ben er klaar mee" also finds "ik ben er echt helemaal klaar mee".
    /// </summary>
    IgnoreFillers = 1,

    /// <summary>Entries without letters or digits (emoji, symbols) are found as text rather than skipped.</summary>
    MatchSymbols = 2,
}

/// <summary>
/// A named list of words and phrases that analyzers and recognizers look up in a post through its
/// <see cref="PostIndex"/>. Entries match whole words, case- and diacritic-insensitively; an entry whose last
/// word ends in <c>*</c> matches any word starting with that stem (<c>kut*</c>). An analyzer declares the lists
/// it uses in <see cref="Analysis.DiagnosticAnalyzer.WordLists"/>; the engine compiles the lists of the enabled
/// rules into one word trie and finds all their matches in one pass over each post.
/// </summary>
/// <remarks>Immutable and thread-safe. The instance is the key: keep it in a static field and reuse it.</remarks>
/// <example>
/// <code>
/// static readonly WordList Extensions = WordList.FromTerms("hospital-extensions", "toestel", "tst", "ext*");
/// public override IEnumerable&lt;WordList&gt; WordLists => [Extensions];
/// public override void Analyze(AnalysisContext context)
/// {
///     foreach (var match in context.Index.Matches(Extensions)) { ... }
/// }
/// </code>
/// </example>
public sealed class WordList
{
    private WordTrie? _alone;
    private HashSet<string>? _words;

    /// <summary>Creates a list over <paramref name="entries"/>.</summary>
    /// <param name="name">A name for messages and diagnostics, e.g. the lexicon's path.</param>
    /// <param name="entries">The entries, in priority order: of two equally long matches the first listed wins.</param>
    /// <param name="options">How the list is matched.</param>
    public WordList(string name, IEnumerable<LexiconEntry> entries, WordListOptions options = WordListOptions.None)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(entries);
        Name = name;
        Entries = [.. entries];
        Options = options;
    }

    /// <summary>The list's name.</summary>
    public string Name { get; }

    /// <summary>The entries, in the order given.</summary>
    public IReadOnlyList<LexiconEntry> Entries { get; }

    /// <summary>How the list is matched.</summary>
    public WordListOptions Options { get; }

    /// <summary>A list of plain terms that carry no columns.</summary>
    public static WordList FromTerms(string name, params IEnumerable<string> terms) =>
        new(name, terms.Select(t => new LexiconEntry(t, [])));

    /// <summary>
    /// The embedded lexicon <c>rules/<paramref name="path"/></c> (see <see cref="LexiconCatalog"/>), optionally only
    /// the entries <paramref name="where"/> accepts.
    /// </summary>
    public static WordList Load(string path, Func<LexiconEntry, bool>? where = null, WordListOptions options = WordListOptions.None) =>
        new(path, where is null ? Lexicon.Load(path) : Lexicon.Load(path).Where(where), options);

    /// <summary>True when <paramref name="normalized"/> is a one-word entry of the list (a stem counts by its stem): for the second half of a compound ("kut|printer").</summary>
    public bool HasWord(string normalized) => (_words ??= OneWordEntries()).Contains(normalized);

    /// <inheritdoc />
    public override string ToString() => Name;

    // A plain set: it is built on first use in every run, and freezing it cost more than the lookups of a post.
    private HashSet<string> OneWordEntries() =>
        Entries.Select(e => Tokenizer.NormalizedWords(e.Term)).Where(t => t.Length == 1).Select(t => t[0]).ToHashSet(StringComparer.Ordinal);

    /// <summary>A trie over this list alone, for a post indexed by an engine that was not told about the list.</summary>
    internal WordTrie Alone => _alone ??= new WordTrie([this]);
}

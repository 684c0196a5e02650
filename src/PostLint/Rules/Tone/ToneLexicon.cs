using PostLint.Diagnostics;
using PostLint.Text;

namespace PostLint.Rules.Tone;

/// <summary>
/// One tone word list from <c>rules/lexicons/tone/</c>. Word entries are matched whole-word on the
/// post's words with filler words left out on both sides (<see cref="ToneText.Fillers"/>), so
/// "ik ben er echt helemaal klaar mee" matches the entry "ik ben er klaar mee". Entries without
/// letters (emoji) are matched as text.
/// </summary>
internal sealed class ToneLexicon
{
    private readonly TermMatcher _words;
    private readonly (string Symbol, LexiconEntry Entry)[] _symbols;
    private readonly Func<ToneText, IReadOnlyList<TermMatch>> _matches;
    private readonly HashSet<string> _singleWords;

    private ToneLexicon(IEnumerable<LexiconEntry> entries)
    {
        var list = entries.ToList();
        _symbols = list.Where(e => !e.Term.Any(Tokenizer.IsWordChar)).Select(e => (e.Term, e)).ToArray();
        _words = new TermMatcher(list.Where(e => e.Term.Any(Tokenizer.IsWordChar)).Select(WithoutFillers));
        _matches = Find;
        _singleWords = list.Select(e => Tokenizer.Tokenize(e.Term)).Where(t => t.Count == 1).Select(t => t[0].Normalized).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Loads <c>rules/lexicons/tone/<paramref name="file"/></c>, optionally only the entries whose column <paramref name="column"/> equals <paramref name="value"/>.</summary>
    public static ToneLexicon Load(string file, int column = -1, string? value = null) =>
        new(Lexicon.Load("lexicons/tone/" + file).Where(e => column < 0 || e.Column(column) == value));

    /// <summary>Every match in <paramref name="text"/>, words first, then symbols, each in text order.</summary>
    /// <remarks>Found once per post: several analyzers and every rejection check ask for the same list.</remarks>
    public IReadOnlyList<TermMatch> Matches(ToneText text) => text.Memo(_matches);

    /// <summary>True when <paramref name="normalized"/> (a normalised word) is a one-word entry: for the second half of a compound ("kut|printer").</summary>
    public bool HasWord(string normalized) => _singleWords.Contains(normalized);

    /// <summary>True when any entry occurs in <paramref name="text"/> inside <paramref name="within"/>.</summary>
    public bool OccursIn(ToneText text, TextSpan within)
    {
        foreach (var match in Matches(text))
        {
            if (match.Span.Start >= within.Start && match.Span.End <= within.End)
            {
                return true;
            }
        }

        return false;
    }

    private List<TermMatch> Find(ToneText text)
    {
        var matches = _words.Matches(text.Words).ToList();
        foreach (var (symbol, entry) in _symbols)
        {
            for (var at = text.Text.IndexOf(symbol, StringComparison.Ordinal); at >= 0; at = text.Text.IndexOf(symbol, at + symbol.Length, StringComparison.Ordinal))
            {
                matches.Add(new TermMatch(new TextSpan(at, at + symbol.Length), entry, -1, 0));
            }
        }

        return matches;
    }

    private static LexiconEntry WithoutFillers(LexiconEntry entry)
    {
        var prefix = entry.Term.EndsWith('*');
        var words = Tokenizer.Tokenize(prefix ? entry.Term[..^1] : entry.Term).Select(t => t.Normalized).Where(w => !ToneText.Fillers.Contains(w));
        return entry with { Term = string.Join(' ', words) + (prefix ? "*" : string.Empty) };
    }
}

using PostLint.Diagnostics;
using PostLint.Text;

namespace PostLint.Rules.Tone;

/// <summary>
/// One tone word list from <c>rules/lexicons/tone/</c>, found through the post index. Word entries are matched
/// whole-word on the post's words with filler words left out on both sides, so "ik ben er echt helemaal klaar mee"
/// matches the entry "ik ben er klaar mee". Entries without letters (emoji) are matched as text.
/// </summary>
internal sealed class ToneLexicon
{
    // Rules ask whether the lexicon occurs in the sentence of each of their matches: one lookup per post answers all.
    private readonly Func<ToneText, SpanLookup> _lookup;

    private ToneLexicon(WordList list)
    {
        List = list;
        _lookup = text => new SpanLookup(Matches(text).Select(m => m.Span));
    }

    /// <summary>The word list the post index matches.</summary>
    public WordList List { get; }


    /// <summary>Loads <c>rules/lexicons/tone/<paramref name="file"/></c>, optionally only the entries whose column <paramref name="column"/> equals <paramref name="value"/>.</summary>
    public static ToneLexicon Load(string file, int column = -1, string? value = null) =>
        new(WordList.Load("lexicons/tone/" + file, column < 0 ? null : e => e.Column(column) == value, WordListOptions.IgnoreFillers | WordListOptions.MatchSymbols));

    /// <summary>Every match in <paramref name="text"/>, words first, then symbols, each in text order.</summary>
    public IReadOnlyList<TermMatch> Matches(ToneText text) => text.Index.Matches(List);

    /// <summary>True when <paramref name="normalized"/> (a normalised word) is a one-word entry: for the second half of a compound ("kut|printer").</summary>
    public bool HasWord(string normalized) => List.HasWord(normalized);

    /// <summary>True when any entry occurs in <paramref name="text"/> inside <paramref name="within"/>.</summary>
    public bool OccursIn(ToneText text, TextSpan within) => text.Memo(_lookup).AnyWithin(within);
}

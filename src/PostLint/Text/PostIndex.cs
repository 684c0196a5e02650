using System.Collections.Frozen;
using PostLint.Diagnostics;

namespace PostLint.Text;

/// <summary>
/// What is known about a post's text before any rule runs, built once per post and shared by every recognizer
/// and analyzer (built-in or plugin): its words, a filler-free view of them, its sentences and clauses, negation,
/// quotation, and the matches of every <see cref="WordList"/> the enabled rules declared, found in one walk of one
/// word trie. Rules query the index; none tokenizes, splits or loads a word list on its own.
/// </summary>
/// <remarks>
/// The engine builds the index (see <see cref="PostIndexBuilder"/>). It is meant for one post analysed on one
/// thread: results of queries are remembered in the index, so it is not safe to query it from several threads at once.
/// </remarks>
public sealed class PostIndex
{
    private readonly WordTrie _trie;
    private readonly List<Candidate>?[] _candidates;
    private readonly IReadOnlyList<TermMatch>?[] _matches;
    private Dictionary<WordList, (List<Candidate>? Candidates, IReadOnlyList<TermMatch>? Matches)>? _undeclared;
    private IReadOnlyList<TextSpan>? _sentences;
    private IReadOnlyList<SentenceLanguage>? _languageBySentence;
    private int[]? _clauseBreaks;
    private int[]? _quoteMarks;
    private int[]? _lineBreaks;
    private Dictionary<object, object>? _shared;
    private IReadOnlyList<DisguisedWord>? _disguised;

    internal PostIndex(string text, PostLanguage language, WordTrie trie)
    {
        Text = text;
        Language = language;
        _trie = trie;
        var tokens = Tokenizer.Remembered(text);
        Tokens = tokens;
        Words = WithoutFillers(tokens);
        _candidates = trie.Walk(text, tokens, Words);
        _matches = new IReadOnlyList<TermMatch>?[_candidates.Length];
    }

    /// <summary>Indexes <paramref name="text"/> with no declared word lists: every list asked for is matched on its own.</summary>
    public static PostIndex Of(string text, PostLanguage language = PostLanguage.Auto) => new PostIndexBuilder([]).Build(text, language);

    /// <summary>The post's text.</summary>
    public string Text { get; }

    /// <summary>The post's language, as the engine decided it.</summary>
    public PostLanguage Language { get; }

    /// <summary>Every word of the post in order (<see cref="Token.Normalized"/> is the lower-cased, accent-folded form).</summary>
    public IReadOnlyList<Token> Tokens { get; }

    /// <summary>The post's words with filler words ("echt", "helemaal", "really", "just") left out.</summary>
    public IReadOnlyList<Token> Words { get; }

    /// <summary>
    /// The words written in disguise ("k4nker", "f*ck", "k l o o t z a k", "idioooot") with the plain spellings they may
    /// stand for, in text order; worked out on first use. Look the readings up in a list with <see cref="WordList.HasWord"/>.
    /// </summary>
    public IReadOnlyList<DisguisedWord> Disguised => _disguised ??= DisguisedWords.Find(Text, Tokens);

    /// <summary>The sentences, trimmed, in order: they end at a line break and at <c>. ! ? …</c> before a space, not after an abbreviation or inside a number.</summary>
    public IReadOnlyList<TextSpan> Sentences => _sentences ??= SentenceSplitter.Split(Text);

    /// <summary>
    /// The language of each stretch of sentences, covering the text: a mixed post (a Dutch comment on an
    /// English quote) has stretches in each language; a sentence too short to tell takes <see cref="Language"/>.
    /// Worked out on first use.
    /// </summary>
    public IReadOnlyList<SentenceLanguage> LanguageBySentence => _languageBySentence ??= LanguageDetector.BySentence(Text, Language);

    /// <summary>The language of the sentence at <paramref name="position"/>; messages stay in <see cref="Language"/>.</summary>
    public PostLanguage LanguageAt(int position) => SentenceLanguages.At(LanguageBySentence, position, Language);

    /// <summary>The sentence that contains <paramref name="position"/> (the last one when the position is past them all).</summary>
    public TextSpan SentenceContaining(int position)
    {
        // Rules ask this for every match: a binary search keeps a post of many sentences linear.
        var sentences = Sentences;
        var at = SortedOffsets.CountBefore(sentences, s => s.End, position + 1);
        return at < sentences.Count ? sentences[at] : sentences.Count > 0 ? sentences[^1] : default;
    }

    /// <summary>
    /// Where the context sentence around <paramref name="position"/> starts, as rules read the words around a match: a
    /// looser split than <see cref="Sentences"/> (a full stop ends one only before a capital), see <see cref="SentenceBounds"/>.
    /// </summary>
    public int ContextSentenceStart(int position) => SentenceBounds.StartOf(Text, position);

    /// <summary>One past where the context sentence around <paramref name="position"/> ends (see <see cref="ContextSentenceStart"/>).</summary>
    public int ContextSentenceEnd(int position) => SentenceBounds.EndOf(Text, position);

    /// <summary>True when clause punctuation (<c>, ; : ( ) — –</c> or a sentence end) stands between two offsets.</summary>
    public bool ClauseBreakBetween(int from, int to)
    {
        var breaks = _clauseBreaks ??= SentenceSplitter.ClauseBreaks(Text);
        var at = Array.BinarySearch(breaks, Math.Max(from, 0));
        if (at < 0)
        {
            at = ~at;
        }

        return at < breaks.Length && breaks[at] < Math.Min(to, Text.Length);
    }

    /// <summary>
    /// True when a negation stands in the same clause at most <paramref name="window"/> words before token <paramref name="index"/>
    /// (<see cref="Tokens"/>.Count for the end of the post, as <see cref="FirstTokenAtOrAfter"/> gives for a trailing emoji).
    /// </summary>
    public bool IsNegatedBefore(int index, int window = 6)
    {
        for (var k = index - 1; k >= 0 && index - k <= window; k--)
        {
            if (ClauseBreakBetween(Tokens[k].Span.End, k + 1 < Tokens.Count ? Tokens[k + 1].Span.Start : Text.Length))
            {
                return false;
            }

            if (IsNegator(k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when a negation directly follows the phrase that ends at token <paramref name="lastIndex"/> ("geneest niet", "works no better").</summary>
    public bool IsNegatedAfter(int lastIndex, int window = 2)
    {
        for (var k = lastIndex + 1; k < Tokens.Count && k - lastIndex <= window; k++)
        {
            if (ClauseBreakBetween(Tokens[k - 1].Span.End, Tokens[k].Span.Start))
            {
                return false;
            }

            if (IsNegator(k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when token <paramref name="k"/> negates: "niet", "geen", "never", or the "t" of an English "n't".</summary>
    public bool IsNegator(int k)
    {
        var word = Tokens[k].Normalized;
        if (Negators.Contains(word))
        {
            return true;
        }

        // English n't is tokenised as "doesn" + "t"; a Dutch "'t" (het) is not preceded by such a stem.
        return word == "t" && k > 0 && Tokens[k - 1].Normalized.EndsWith('n') && Tokens[k].Span.Start - Tokens[k - 1].Span.End == 1
            && Text[Tokens[k - 1].Span.End] is '\'' or '’';
    }

    /// <summary>
    /// The quotation marks around <paramref name="span"/> on its line, or null when it is not quoted: the nearest mark
    /// before it must open a quote (after a space, a bracket, a colon or the start) and the nearest after it must close one.
    /// Apostrophes inside a word ("collega's") are no quotation marks.
    /// </summary>
    public (int Open, int Close)? QuoteAround(TextSpan span) =>
        OpeningQuoteBefore(span.Start) is { } open && ClosingQuoteAfter(span.End) is { } close ? (open, close) : null;

    /// <summary>
    /// A view of the post that several rules build from the index (the tone rules' reading of it), computed on the first
    /// call with <paramref name="key"/> and handed out again for this post. Keep the key in a static field.
    /// </summary>
    public T Shared<T>(object key, Func<PostIndex, T> create)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(create);
        _shared ??= [];
        if (!_shared.TryGetValue(key, out var value))
        {
            _shared[key] = value = create(this);
        }

        return (T)value;
    }

    /// <summary>Index of the first token that starts at or after <paramref name="offset"/> (<see cref="Tokens"/>.Count when none).</summary>
    public int FirstTokenAtOrAfter(int offset) => FirstAtOrAfter(Tokens, offset);

    /// <summary>
    /// Every match of <paramref name="list"/> in the post, left to right, not overlapping: at each word the longest
    /// entry wins (of equally long ones the first listed), a one-word stem only when no phrase starts there.
    /// <see cref="TermMatch.FirstToken"/> indexes <see cref="Tokens"/>, or <see cref="Words"/> for a list that
    /// ignores fillers; symbol matches come last and have no token.
    /// </summary>
    public IReadOnlyList<TermMatch> Matches(WordList list)
    {
        ArgumentNullException.ThrowIfNull(list);
        var id = _trie.IdOf(list);
        if (id >= 0)
        {
            return _matches[id] ??= Choose(list, _candidates[id], 0, int.MaxValue);
        }

        var (candidates, matches) = Undeclared(list);
        if (matches is null)
        {
            matches = Choose(list, candidates, 0, int.MaxValue);
            _undeclared![list] = (candidates, matches);
        }

        return matches;
    }

    /// <summary>True when <paramref name="list"/> matches anywhere in the post.</summary>
    public bool Contains(WordList list) => Matches(list).Count > 0;

    /// <summary>
    /// The matches of <paramref name="list"/> among the words that lie wholly inside <paramref name="start"/>..<paramref name="end"/>,
    /// chosen as <see cref="Matches(WordList)"/> chooses them but starting at the window's first word (symbols: those inside the window).
    /// </summary>
    public IReadOnlyList<TermMatch> MatchesIn(WordList list, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(list);
        var id = _trie.IdOf(list);
        var candidates = id >= 0 ? _candidates[id] : Undeclared(list).Candidates;
        if (candidates is null)
        {
            return [];
        }

        var view = ViewOf(list);
        var from = FirstAtOrAfter(view, start);
        var to = Math.Max(from, SortedOffsets.CountBefore(view, t => t.Span.End, end + 1));

        return Choose(list, candidates, from, to, start, end);
    }

    /// <summary>The first match of <paramref name="list"/> inside the window, or null.</summary>
    public TermMatch? FirstIn(WordList list, int start, int end) => MatchesIn(list, start, end) is { Count: > 0 } found ? found[0] : null;

    /// <summary>The last match of <paramref name="list"/> inside the window, or null.</summary>
    public TermMatch? LastIn(WordList list, int start, int end) => MatchesIn(list, start, end) is { Count: > 0 } found ? found[^1] : null;

    /// <summary>True when <paramref name="list"/> matches inside the window.</summary>
    public bool ContainsIn(WordList list, int start, int end) => MatchesIn(list, start, end).Count > 0;

    private (List<Candidate>? Candidates, IReadOnlyList<TermMatch>? Matches) Undeclared(WordList list)
    {
        _undeclared ??= [];
        if (!_undeclared.TryGetValue(list, out var known))
        {
            known = (list.Alone.Walk(Text, Tokens, Words)[0], null);
            _undeclared[list] = known;
        }

        return known;
    }

    private IReadOnlyList<Token> ViewOf(WordList list) => list.Options.HasFlag(WordListOptions.IgnoreFillers) ? Words : Tokens;

    private static List<TermMatch> Choose(WordList list, List<Candidate>? candidates, int from, int to, int symbolsFrom = 0, int symbolsTo = int.MaxValue)
    {
        var matches = new List<TermMatch>();
        if (candidates is null)
        {
            return matches;
        }

        // Word candidates come in order of their start word, symbols after them: a window's words are found by binary
        // search, because rules ask for the matches around each of theirs and walking all candidates made that quadratic.
        var next = from;
        var c = from > 0 ? SortedOffsets.CountBefore(candidates, WordOrder, from) : 0;
        while (c < candidates.Count && candidates[c].Kind != CandidateKind.Symbol)
        {
            var start = candidates[c].Start;
            if (start >= to)
            {
                c = SortedOffsets.CountBefore(candidates, WordOrder, int.MaxValue);
                break;
            }

            var end = c;
            while (end < candidates.Count && candidates[end].Kind != CandidateKind.Symbol && candidates[end].Start == start)
            {
                end++;
            }

            if (start >= next && start < to && Best(candidates, c, end, to) is { } best)
            {
                matches.Add(new TermMatch(best.Span, list.Entries[best.Entry], best.Start, best.Count));
                next = start + best.Count;
            }

            c = end;
        }

        for (; c < candidates.Count; c++)
        {
            var symbol = candidates[c];
            if (symbol.Span.Start >= symbolsFrom && symbol.Span.End <= symbolsTo)
            {
                matches.Add(new TermMatch(symbol.Span, list.Entries[symbol.Entry], -1, 0));
            }
        }

        return matches;
    }

    private static readonly Func<Candidate, int> WordOrder = candidate => candidate.Kind == CandidateKind.Symbol ? int.MaxValue : candidate.Start;

    // The longest phrase that fits before the window's end, the first listed of equally long ones; else the first listed stem.
    private static Candidate? Best(List<Candidate> candidates, int from, int to, int window)
    {
        Candidate? phrase = null;
        Candidate? stem = null;
        for (var i = from; i < to; i++)
        {
            var candidate = candidates[i];
            if (candidate.Start + candidate.Count > window)
            {
                continue;
            }

            if (candidate.Kind == CandidateKind.Stem)
            {
                if (stem is null || candidate.Entry < stem.Value.Entry)
                {
                    stem = candidate;
                }
            }
            else if (phrase is null || candidate.Count > phrase.Value.Count || (candidate.Count == phrase.Value.Count && candidate.Entry < phrase.Value.Entry))
            {
                phrase = candidate;
            }
        }

        return phrase ?? stem;
    }

    private static int FirstAtOrAfter(IReadOnlyList<Token> tokens, int offset) => SortedOffsets.CountBefore(tokens, t => t.Span.Start, offset);

    private static IReadOnlyList<Token> WithoutFillers(Token[] tokens)
    {
        // Most posts have no filler word: their words are their tokens, with no copy.
        if (!tokens.Any(token => Fillers.Contains(token.Normalized)))
        {
            return tokens;
        }

        var words = new List<Token>(tokens.Length);
        foreach (var token in tokens)
        {
            if (!Fillers.Contains(token.Normalized))
            {
                words.Add(token);
            }
        }

        return words;
    }

    // The nearest quote mark before the position, when it opens a quote: the nearest one closing a
    // quote means the position is outside any quote. Quote marks and line breaks are found once per post and
    // searched, because rules ask this for every match and scanning from each made a long line cost its length squared.
    private int? OpeningQuoteBefore(int position)
    {
        var quote = SortedOffsets.LastBefore(QuoteMarks, position);
        return quote >= 0 && quote > SortedOffsets.LastBefore(LineBreaks, position) && Opens(quote) ? quote : null;
    }

    private int? ClosingQuoteAfter(int position)
    {
        var quote = SortedOffsets.FirstAtOrAfter(QuoteMarks, position);
        var lineBreak = SortedOffsets.FirstAtOrAfter(LineBreaks, position);
        return quote >= 0 && (lineBreak < 0 || quote < lineBreak) && !Opens(quote) ? quote : null;
    }

    private int[] QuoteMarks => _quoteMarks ??= [.. Enumerable.Range(0, Text.Length).Where(i => IsQuote(Text[i]) && !IsApostrophe(i))];

    private int[] LineBreaks => _lineBreaks ??= [.. Enumerable.Range(0, Text.Length).Where(i => Text[i] == '\n')];

    private bool IsApostrophe(int i) => i > 0 && i + 1 < Text.Length && Tokenizer.IsWordChar(Text[i - 1]) && Tokenizer.IsWordChar(Text[i + 1]);

    // A mark opens a quote after a space, a bracket, a colon or the start of the text.
    private bool Opens(int i) => i == 0 || char.IsWhiteSpace(Text[i - 1]) || Text[i - 1] is '(' or ':';

    private static bool IsQuote(char c) => c is '\'' or '"' or '‘' or '’' or '“' or '”' or '„';

    private static readonly FrozenSet<string> Negators =
        Lexicon.Load("lexicons/text/negators.txt").Select(e => e.Term).ToFrozenSet(StringComparer.Ordinal);
}

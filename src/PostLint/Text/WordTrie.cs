using PostLint.Diagnostics;

namespace PostLint.Text;

/// <summary>
/// Every entry of a set of <see cref="WordList"/>s in one trie over normalised words, so that one walk over a
/// post's words finds the candidates of all lists at once. A node's children are keyed by whole words; an
/// entry whose last word is a stem (<c>kut*</c>) hangs as a stem leaf on the node before that word and is
/// tried against the next word's prefixes. Walks start at every word and stop at the first word with no
/// child, so a post costs its word count times the longest phrase at most. Immutable and thread-safe.
/// </summary>
internal sealed class WordTrie
{
    private readonly Node _allWords = new();
    private readonly Node _withoutFillers = new();
    private readonly List<(int List, int Entry, string Symbol)> _symbols = [];
    private readonly Dictionary<WordList, int> _ids = [];

    public WordTrie(IEnumerable<WordList> lists)
    {
        foreach (var list in lists)
        {
            if (_ids.ContainsKey(list))
            {
                continue;
            }

            var id = _ids.Count;
            _ids[list] = id;
            Lists.Add(list);
            var ignoreFillers = list.Options.HasFlag(WordListOptions.IgnoreFillers);
            for (var e = 0; e < list.Entries.Count; e++)
            {
                var term = list.Entries[e].Term;
                if (list.Options.HasFlag(WordListOptions.MatchSymbols) && !term.Any(Tokenizer.IsWordChar))
                {
                    _symbols.Add((id, e, term));
                    continue;
                }

                Add(ignoreFillers ? _withoutFillers : _allWords, term, ignoreFillers, new Leaf(id, e));
            }
        }

        HasFillerFreeLists = _withoutFillers.HasChildren || _withoutFillers.Stems is not null;
    }

    /// <summary>The lists, in the order of their ids.</summary>
    public List<WordList> Lists { get; } = [];

    /// <summary>True when some list matches on the filler-free words.</summary>
    public bool HasFillerFreeLists { get; }

    /// <summary>The id of <paramref name="list"/> in this trie, or -1.</summary>
    public int IdOf(WordList list) => _ids.TryGetValue(list, out var id) ? id : -1;

    /// <summary>Every candidate match of every list in the post, per list id in order of start word.</summary>
    public List<Candidate>?[] Walk(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Token> words)
    {
        var found = new List<Candidate>?[Lists.Count];
        Walk(_allWords, tokens, found);
        if (HasFillerFreeLists)
        {
            Walk(_withoutFillers, words, found);
        }

        foreach (var (list, entry, symbol) in _symbols)
        {
            for (var at = text.IndexOf(symbol, StringComparison.Ordinal); at >= 0; at = text.IndexOf(symbol, at + symbol.Length, StringComparison.Ordinal))
            {
                (found[list] ??= []).Add(new Candidate(-1, 0, entry, CandidateKind.Symbol, new TextSpan(at, at + symbol.Length)));
            }
        }

        return found;
    }

    private static void Walk(Node root, IReadOnlyList<Token> tokens, List<Candidate>?[] found)
    {
        if (!root.HasChildren && root.Stems is null)
        {
            return;
        }

        for (var start = 0; start < tokens.Count; start++)
        {
            var node = root;
            for (var k = 0; start + k < tokens.Count; k++)
            {
                var word = tokens[start + k].Normalized;
                if (word.Length == 0)
                {
                    break;
                }

                if (node.Stems is { } stems && node.MayStartStem(word[0]))
                {
                    var lookup = stems.GetAlternateLookup<ReadOnlySpan<char>>();
                    for (var length = Math.Min(word.Length, node.LongestStem); length >= 1; length--)
                    {
                        if (node.HasStemOfLength(length) && lookup.TryGetValue(word.AsSpan(0, length), out var leaves))
                        {
                            foreach (var leaf in leaves)
                            {
                                Emit(found, leaf, start, k + 1, k == 0 ? CandidateKind.Stem : CandidateKind.Phrase, tokens);
                            }
                        }
                    }
                }

                if (node.ChildOf(word) is not { } child)
                {
                    break;
                }

                node = child;
                if (node.Leaves is { } ends)
                {
                    foreach (var leaf in ends)
                    {
                        Emit(found, leaf, start, k + 1, CandidateKind.Phrase, tokens);
                    }
                }
            }
        }
    }

    private static void Emit(List<Candidate>?[] found, Leaf leaf, int start, int count, CandidateKind kind, IReadOnlyList<Token> tokens) =>
        (found[leaf.List] ??= []).Add(new Candidate(start, count, leaf.Entry, kind, new TextSpan(tokens[start].Span.Start, tokens[start + count - 1].Span.End)));

    private static void Add(Node root, string term, bool ignoreFillers, Leaf leaf)
    {
        var stem = term.EndsWith('*');
        var text = stem ? term.AsSpan(0, term.Length - 1) : term.AsSpan();

        // The words are normalised into two buffers in turn, with no string for a word the trie already holds: a word
        // leads to a child node only once the next word shows it was not the last, so the one before must stay readable.
        Span<char> current = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        Span<char> previous = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        var previousLength = -1;
        var node = root;
        var position = 0;
        int length;
        while ((length = Tokenizer.NextNormalizedWord(text, ref position, current)) >= 0)
        {
            if (ignoreFillers && Fillers.Contains(current[..length]))
            {
                continue;
            }

            if (previousLength >= 0)
            {
                node = node.Child(previous[..previousLength]);
            }

            var filled = current;
            current = previous;
            previous = filled;
            previousLength = length;
        }

        if (previousLength < 0)
        {
            return;
        }

        if (stem)
        {
            node.AddStem(previous[..previousLength], leaf);
        }
        else
        {
            node.Child(previous[..previousLength]).AddLeaf(leaf);
        }
    }

    private readonly record struct Leaf(int List, int Entry);

    // Most nodes have one child at most and end one entry at most: a dictionary or an array for more comes only with the
    // second, since the trie holds every entry of every enabled list and is built at the start of every run.
    private sealed class Node
    {
        private string? _onlyWord;
        private Node? _onlyChild;
        private Dictionary<string, Node>? _children;

        public bool HasChildren => _onlyChild is not null || _children is not null;

        public Leaf[]? Leaves { get; private set; }

        public Dictionary<string, Leaf[]>? Stems { get; private set; }

        public int LongestStem { get; private set; }

        // Every word of a post is tried against the stems at the root, one lookup per prefix length: these say which
        // first letters and lengths can be a stem at all, so most words need no lookup.
        private UInt128 _asciiStemStarts;
        private bool _otherStemStarts;
        private ulong _stemLengths;

        public Node? ChildOf(string word) =>
            _children is { } children ? children.GetValueOrDefault(word)
            : _onlyChild is not null && string.Equals(word, _onlyWord, StringComparison.Ordinal) ? _onlyChild
            : null;

        public Node Child(ReadOnlySpan<char> word)
        {
            if (_children is { } children)
            {
                var lookup = children.GetAlternateLookup<ReadOnlySpan<char>>();
                if (!lookup.TryGetValue(word, out var found))
                {
                    lookup[word] = found = new Node();
                }

                return found;
            }

            if (_onlyChild is not null && word.SequenceEqual(_onlyWord))
            {
                return _onlyChild;
            }

            var child = new Node();
            if (_onlyChild is null)
            {
                (_onlyWord, _onlyChild) = (word.ToString(), child);
                return child;
            }

            _children = new Dictionary<string, Node>(StringComparer.Ordinal) { [_onlyWord!] = _onlyChild, [word.ToString()] = child };
            (_onlyWord, _onlyChild) = (null, null);
            return child;
        }

        public void AddLeaf(Leaf leaf) => Leaves = Leaves is null ? [leaf] : [.. Leaves, leaf];

        public void AddStem(ReadOnlySpan<char> stem, Leaf leaf)
        {
            var stems = (Stems ??= new Dictionary<string, Leaf[]>(StringComparer.Ordinal)).GetAlternateLookup<ReadOnlySpan<char>>();
            stems[stem] = stems.TryGetValue(stem, out var leaves) ? [.. leaves, leaf] : [leaf];
            LongestStem = Math.Max(LongestStem, stem.Length);
            if (stem[0] < 128)
            {
                _asciiStemStarts |= UInt128.One << stem[0];
            }
            else
            {
                _otherStemStarts = true;
            }

            if (stem.Length < 64)
            {
                _stemLengths |= 1UL << stem.Length;
            }
        }

        public bool MayStartStem(char first) => first < 128 ? ((_asciiStemStarts >> first) & UInt128.One) != UInt128.Zero : _otherStemStarts;

        // Stems of 64 characters or more are not in the mask: such lengths are always looked up.
        public bool HasStemOfLength(int length) => length >= 64 || (_stemLengths & (1UL << length)) != 0;
    }
}

/// <summary>How a candidate matched: a whole phrase (its last word possibly a stem), a one-word stem, or a symbol found as text.</summary>
internal enum CandidateKind
{
    Phrase,
    Stem,
    Symbol,
}

/// <summary>One match of one entry, before the longest-match choice.</summary>
/// <param name="Start">Index of the first word in the walked view (-1 for a symbol).</param>
/// <param name="Count">Number of words.</param>
/// <param name="Entry">Index of the entry in its list: of equal candidates the first listed wins.</param>
/// <param name="Kind">How it matched.</param>
/// <param name="Span">Where it is in the text.</param>
internal readonly record struct Candidate(int Start, int Count, int Entry, CandidateKind Kind, TextSpan Span);

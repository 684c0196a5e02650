using PostLint.Diagnostics;

namespace PostLint.Text;

/// <summary>A lexicon phrase found in a post.</summary>
/// <param name="Span">From the first to the last matched word.</param>
/// <param name="Term">The lexicon entry that matched.</param>
/// <param name="FirstToken">Index of the first matched word in the post's token list.</param>
/// <param name="TokenCount">Number of words matched.</param>
public readonly record struct TermMatch(TextSpan Span, LexiconEntry Term, int FirstToken, int TokenCount);

/// <summary>
/// Finds lexicon phrases in tokenised text, whole words only, case- and diacritic-insensitive.
/// An entry whose last word ends in <c>*</c> matches any word starting with that stem
/// (for Dutch inflection and compounds: <c>kut*</c>). Longest match wins; matches do not overlap.
/// Immutable and thread-safe once built.
/// </summary>
public sealed class TermMatcher
{
    // A plain dictionary rather than a frozen one: matchers are built on first use in every run, freezing cost more
    // than all the lookups of a post, and the word filters in front answer most lookups before the dictionary does.
    private readonly Dictionary<string, (string[] Words, bool Prefix, LexiconEntry Entry)[]> _byFirstWord;

    // Single-word stems ("kut*"), bucketed by their first two letters so a word is compared with a handful of
    // stems instead of all of them; when several fit, the one listed first in the lexicon wins.
    private readonly Dictionary<int, Stem[]> _stemsByStart;

    private readonly WordFilter _firstWords = new();
    private readonly WordFilter _stemStarts = new();

    /// <summary>Builds a matcher over <paramref name="entries"/>.</summary>
    public TermMatcher(IEnumerable<LexiconEntry> entries)
    {
        var byFirstWord = new Dictionary<string, List<(string[] Words, bool Prefix, LexiconEntry Entry)>>(StringComparer.Ordinal);
        var stemsByStart = new Dictionary<int, List<Stem>>();
        var stemCount = 0;
        foreach (var entry in entries)
        {
            var prefix = entry.Term.EndsWith('*');
            var words = Tokenizer.NormalizedWords(prefix ? entry.Term.AsSpan(0, entry.Term.Length - 1) : entry.Term);
            if (words.Length == 0)
            {
                continue;
            }

            if (prefix && words.Length == 1)
            {
                var key = StemKey(words[0], words[0].Length);
                if (!stemsByStart.TryGetValue(key, out var stems))
                {
                    stemsByStart[key] = stems = [];
                }

                stems.Add(new Stem(words[0], entry, stemCount++));
                _stemStarts.Add(key);
                continue;
            }

            if (!byFirstWord.TryGetValue(words[0], out var list))
            {
                byFirstWord[words[0]] = list = [];
            }

            list.Add((words, prefix, entry));
            _firstWords.Add(WordFilter.KeyOf(words[0]));
        }

        foreach (var list in byFirstWord.Values)
        {
            list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
        }

        _byFirstWord = byFirstWord.ToDictionary(pair => pair.Key, pair => pair.Value.ToArray(), StringComparer.Ordinal);
        _stemsByStart = stemsByStart.ToDictionary(pair => pair.Key, pair => pair.Value.ToArray());
    }

    /// <summary>Builds a matcher over plain terms that carry no columns.</summary>
    public static TermMatcher FromTerms(IEnumerable<string> terms) => new(terms.Select(t => new LexiconEntry(t, [])));

    /// <summary>Every non-overlapping match in <paramref name="tokens"/>, left to right.</summary>
    public IReadOnlyList<TermMatch> Matches(IReadOnlyList<Token> tokens) => Matches(tokens, 0, tokens.Count);

    /// <summary>Every non-overlapping match that lies within tokens <paramref name="from"/> to <paramref name="to"/> (exclusive).</summary>
    public IReadOnlyList<TermMatch> Matches(IReadOnlyList<Token> tokens, int from, int to)
    {
        var matches = new List<TermMatch>();
        var i = from;
        while (i < to)
        {
            var match = LongestAt(tokens, i, to);
            if (match is { } found)
            {
                matches.Add(found);
                i += found.TokenCount;
            }
            else
            {
                i++;
            }
        }

        return matches;
    }

    /// <summary>Every match in <paramref name="text"/>.</summary>
    public IReadOnlyList<TermMatch> Matches(string text) => Matches(Tokenizer.Tokenize(text));

    private TermMatch? LongestAt(IReadOnlyList<Token> tokens, int i, int to)
    {
        var word = tokens[i].Normalized;
        if (word.Length == 0)
        {
            return null;
        }

        if (_firstWords.MayContain(WordFilter.KeyOf(word)) && _byFirstWord.TryGetValue(word, out var candidates))
        {
            foreach (var (words, prefix, entry) in candidates)
            {
                if (i + words.Length <= to && Fits(tokens, i, words, prefix))
                {
                    return new TermMatch(new TextSpan(tokens[i].Span.Start, tokens[i + words.Length - 1].Span.End), entry, i, words.Length);
                }
            }
        }

        if (_stemsByStart.Count == 0)
        {
            return null;
        }

        var stem = FirstStem(word, StemKey(word, 1));
        if (word.Length >= 2 && FirstStem(word, StemKey(word, 2)) is { } longer && (stem is null || longer.Order < stem.Order))
        {
            stem = longer;
        }

        return stem is null ? null : new TermMatch(tokens[i].Span, stem.Entry, i, 1);
    }

    private Stem? FirstStem(string word, int key)
    {
        if (_stemStarts.MayContain(key) && _stemsByStart.TryGetValue(key, out var stems))
        {
            foreach (var stem in stems)
            {
                if (word.StartsWith(stem.Text, StringComparison.Ordinal))
                {
                    return stem;
                }
            }
        }

        return null;
    }

    // Stems of one letter share a bucket keyed by that letter alone; longer stems are keyed by their first two.
    private static int StemKey(string word, int length) => length >= 2 ? (word[0] << 16) | word[1] : (word[0] << 16) | 0xFFFF;

    private static bool Fits(IReadOnlyList<Token> tokens, int start, string[] words, bool lastIsPrefix)
    {
        if (start + words.Length > tokens.Count)
        {
            return false;
        }

        for (var k = 0; k < words.Length; k++)
        {
            var token = tokens[start + k].Normalized;
            var isLast = k == words.Length - 1;
            var ok = isLast && lastIsPrefix ? token.StartsWith(words[k], StringComparison.Ordinal) : token == words[k];
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    private sealed record Stem(string Text, LexiconEntry Entry, int Order);
}

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
    private readonly Dictionary<string, List<(string[] Words, bool Prefix, LexiconEntry Entry)>> _byFirstWord = new(StringComparer.Ordinal);
    private readonly List<(string Stem, string[] Words, LexiconEntry Entry)> _prefixFirst = [];

    /// <summary>Builds a matcher over <paramref name="entries"/>.</summary>
    public TermMatcher(IEnumerable<LexiconEntry> entries)
    {
        foreach (var entry in entries)
        {
            var prefix = entry.Term.EndsWith('*');
            var words = Tokenizer.Tokenize(prefix ? entry.Term[..^1] : entry.Term).Select(t => t.Normalized).ToArray();
            if (words.Length == 0)
            {
                continue;
            }

            if (prefix && words.Length == 1)
            {
                _prefixFirst.Add((words[0], words, entry));
                continue;
            }

            if (!_byFirstWord.TryGetValue(words[0], out var list))
            {
                _byFirstWord[words[0]] = list = [];
            }

            list.Add((words, prefix, entry));
        }

        foreach (var list in _byFirstWord.Values)
        {
            list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
        }
    }

    /// <summary>Builds a matcher over plain terms that carry no columns.</summary>
    public static TermMatcher FromTerms(IEnumerable<string> terms) => new(terms.Select(t => new LexiconEntry(t, [])));

    /// <summary>Every non-overlapping match in <paramref name="tokens"/>, left to right.</summary>
    public IReadOnlyList<TermMatch> Matches(IReadOnlyList<Token> tokens)
    {
        var matches = new List<TermMatch>();
        var i = 0;
        while (i < tokens.Count)
        {
            var match = LongestAt(tokens, i);
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

    private TermMatch? LongestAt(IReadOnlyList<Token> tokens, int i)
    {
        TermMatch? best = null;
        if (_byFirstWord.TryGetValue(tokens[i].Normalized, out var candidates))
        {
            foreach (var (words, prefix, entry) in candidates)
            {
                if (Fits(tokens, i, words, prefix))
                {
                    best = new TermMatch(new TextSpan(tokens[i].Span.Start, tokens[i + words.Length - 1].Span.End), entry, i, words.Length);
                    break;
                }
            }
        }

        if (best is null)
        {
            foreach (var (stem, words, entry) in _prefixFirst)
            {
                if (tokens[i].Normalized.StartsWith(stem, StringComparison.Ordinal))
                {
                    return new TermMatch(tokens[i].Span, entry, i, words.Length);
                }
            }
        }

        return best;
    }

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
}

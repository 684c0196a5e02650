namespace PostLint.Text;

/// <summary>
/// Builds <see cref="PostIndex"/>es over one set of word lists, compiled once into one word trie. The engine keeps
/// one builder per linter, made from the lists of the enabled rules; hosts and tests that index text outside the
/// engine make their own. Immutable and thread-safe.
/// </summary>
public sealed class PostIndexBuilder
{
    private readonly WordTrie _trie;

    /// <summary>Compiles <paramref name="lists"/> (duplicates are compiled once).</summary>
    public PostIndexBuilder(IEnumerable<WordList> lists)
    {
        ArgumentNullException.ThrowIfNull(lists);
        _trie = new WordTrie(lists);
    }

    /// <summary>The word lists this builder matches in one pass.</summary>
    public IReadOnlyList<WordList> WordLists => _trie.Lists;

    /// <summary>Indexes one post's text.</summary>
    public PostIndex Build(string text, PostLanguage language)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new PostIndex(text, language, _trie);
    }
}

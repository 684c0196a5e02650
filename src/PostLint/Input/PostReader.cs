namespace PostLint.Input;

/// <summary>
/// Reads posts from files the way the CLI does: plain text, Markdown with YAML front matter, JSON Lines.
/// Every post remembers its source path and a <see cref="SourceMap"/> back into the file.
/// </summary>
public sealed class PostReader
{
    /// <summary>The source name of a post read from standard input; reporters give it no file location.</summary>
    public const string StandardInputName = "<stdin>";

    /// <summary>Longest post accepted by default, in UTF-16 code units: far above any platform's limit.</summary>
    public const int DefaultMaxPostLength = 100_000;

    private readonly IReadOnlySet<string> _knownRuleIds;

    /// <summary>Creates a reader.</summary>
    /// <param name="knownRuleIds">Rule IDs a suppression in front matter may name (the linter's <see cref="PostLinter.SupportedDiagnostics"/>).</param>
    /// <param name="maxPostLength">Longest post accepted; longer ones are an input error, not a slow run.</param>
    public PostReader(IEnumerable<string> knownRuleIds, int maxPostLength = DefaultMaxPostLength)
    {
        ArgumentNullException.ThrowIfNull(knownRuleIds);
        _knownRuleIds = knownRuleIds.ToHashSet(StringComparer.Ordinal);
        MaxPostLength = maxPostLength;
    }

    /// <summary>Longest post accepted, in UTF-16 code units.</summary>
    public int MaxPostLength { get; }

    /// <summary>Reads the file at <paramref name="path"/>; <paramref name="displayPath"/> is how messages and output name it.</summary>
    /// <exception cref="InputException">The file is missing, unreadable, empty, not UTF-8 text, or malformed.</exception>
    public IReadOnlyList<Post> ReadFile(string path, string displayPath, PostFormat format)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new InputException(displayPath, null, null, "no such file");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InputException(displayPath, null, null, "cannot read: " + ex.Message);
        }

        return Read(SourceDecoder.Decode(bytes, displayPath), displayPath, format);
    }

    /// <summary>
    /// Reads the posts of the file at <paramref name="path"/> as they are needed: a JSON Lines file
    /// line by line (an error surfaces when the enumeration reaches its line), any other file whole.
    /// </summary>
    /// <exception cref="InputException">The file is missing, unreadable, empty, not UTF-8 text, or malformed.</exception>
    public IEnumerable<Post> ReadPosts(string path, string displayPath, PostFormat format)
    {
        if (format != PostFormat.JsonLines)
        {
            foreach (var post in ReadFile(path, displayPath, format))
            {
                yield return post;
            }

            yield break;
        }

        using var stream = Open(path, displayPath);
        foreach (var post in JsonLinesPostReader.Read(stream, displayPath, MaxLineBytes))
        {
            yield return CheckLength(post, displayPath);
        }
    }

    /// <summary>Reads posts from <paramref name="content"/>, which came from <paramref name="displayPath"/>.</summary>
    /// <exception cref="InputException">The content is empty or malformed.</exception>
    public IReadOnlyList<Post> Read(string content, string displayPath, PostFormat format)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (string.IsNullOrWhiteSpace(content))
        {
            throw new InputException(displayPath, null, null, "empty file: there is no post to check");
        }

        IReadOnlyList<Post> posts = format switch
        {
            PostFormat.Markdown => [MarkdownPostReader.Read(content, displayPath, _knownRuleIds)],
            PostFormat.JsonLines => JsonLinesPostReader.Read(content, displayPath),
            _ => [TextPost(content, displayPath)],
        };

        foreach (var post in posts)
        {
            CheckLength(post, displayPath);
        }

        return posts;
    }

    // A JSON line may spell every character of a maximal post as a six-byte escape, next to its other members.
    private int MaxLineBytes => (MaxPostLength * 6) + (64 * 1024);

    private static FileStream Open(string path, string displayPath)
    {
        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new InputException(displayPath, null, null, "no such file");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InputException(displayPath, null, null, "cannot read: " + ex.Message);
        }
    }

    private Post CheckLength(Post post, string displayPath)
    {
        if (post.Text.Length > MaxPostLength)
        {
            var line = post.SourceMap?.GetPosition(0).Line;
            throw new InputException(displayPath, line, null, $"post of {post.Text.Length:N0} characters is longer than the {MaxPostLength:N0} PostLint checks; split it or check a draft of normal length");
        }

        return post;
    }

    private static Post TextPost(string content, string displayPath)
    {
        var text = content.TrimEnd();
        return new Post(text) { SourcePath = displayPath, SourceMap = new SourceMap(text) };
    }
}

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

    /// <summary>Longest JSON Lines file read, in UTF-16 code units: thousands of posts, yet bounded memory.</summary>
    public const int MaxJsonLinesLength = 64 * 1024 * 1024;

    // Front matter (or trailing blank lines) a one-post file may hold besides the post itself.
    private const int FrontMatterAllowance = 64 * 1024;

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
    /// <exception cref="InputException">The file is missing, unreadable, empty, too long, not UTF-8 text, or malformed.</exception>
    public IReadOnlyList<Post> ReadFile(string path, string displayPath, PostFormat format)
    {
        using var file = Open(path, displayPath);
        return ReadStream(file, displayPath, format);
    }

    /// <summary>
    /// Reads posts from <paramref name="stream"/> (a file, standard input), which came from
    /// <paramref name="displayPath"/>. Reading stops as soon as the text is longer than any file of
    /// <paramref name="format"/> within the limits can be, so memory stays bounded whatever the stream holds.
    /// </summary>
    /// <exception cref="InputException">The stream cannot be read, or its content is empty, too long, not UTF-8 text, or malformed.</exception>
    public IReadOnlyList<Post> ReadStream(Stream stream, string displayPath, PostFormat format)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var maxLength = MaxFileLength(format);
        string content;
        try
        {
            content = SourceDecoder.Read(stream, displayPath, maxLength, $"longer than the {maxLength:N0} characters PostLint reads from one {Describe(format)}; stopped reading there");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InputException(displayPath, null, null, "cannot read: " + ex.Message);
        }

        return Read(content, displayPath, format);
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
        foreach (var post in JsonLinesPostReader.Read(stream, displayPath, MaxLineBytes, _knownRuleIds))
        {
            yield return CheckPost(post, displayPath, format);
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
            PostFormat.JsonLines => JsonLinesPostReader.Read(content, displayPath, _knownRuleIds),
            _ => [TextPost(content, displayPath)],
        };

        foreach (var post in posts)
        {
            CheckPost(post, displayPath, format);
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

    private Post CheckPost(Post post, string displayPath, PostFormat format)
    {
        // An empty post is refused like an empty file: whether the post is a file, a body after
        // front matter or a JSON Lines record, nothing to check is a mistake in the input, not a pass.
        if (string.IsNullOrWhiteSpace(post.Text))
        {
            var line = format == PostFormat.JsonLines ? post.SourceMap?.GetPosition(0).Line : null;
            throw new InputException(displayPath, line, null, "empty post: there is no text to check");
        }

        if (post.Text.Length > MaxPostLength)
        {
            var line = post.SourceMap?.GetPosition(0).Line;
            throw new InputException(displayPath, line, null, $"post of {post.Text.Length:N0} characters is longer than the {MaxPostLength:N0} PostLint checks; split it or check a draft of normal length");
        }

        return post;
    }

    private int MaxFileLength(PostFormat format) =>
        format == PostFormat.JsonLines ? MaxJsonLinesLength : MaxPostLength + FrontMatterAllowance;

    private static string Describe(PostFormat format) => format == PostFormat.JsonLines ? "JSON Lines file" : "post file";

    private static Post TextPost(string content, string displayPath)
    {
        var text = content.TrimEnd();
        return new Post(text) { SourcePath = displayPath, SourceMap = new SourceMap(text) };
    }
}

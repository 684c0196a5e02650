using System.Text.Json;

namespace PostLint.Benchmarks;

/// <summary>
/// The labelled dev corpus (JSON Lines) read as posts. Only the input fields are used (text, id, lang,
/// platform, author); the labels are irrelevant for timing.
/// </summary>
public static class DevCorpus
{
    /// <summary>Environment variable naming the corpus file; also how the path reaches BenchmarkDotNet's child processes.</summary>
    public const string PathVariable = "POSTLINT_CORPUS";

    // Inside the repository, so a fresh clone can run every benchmark; the labelled dev corpus, which lives
    // outside it, is the better workload and is passed with --corpus or POSTLINT_CORPUS.
    private const string DefaultRelativePath = "samples/posts.jsonl";

    /// <summary>
    /// The corpus path: <paramref name="argument"/> when given, else <see cref="PathVariable"/>, else
    /// <c>samples/posts.jsonl</c> under the repository root (the folder holding PostLint.sln).
    /// </summary>
    public static string Resolve(string? argument = null)
    {
        var path = argument ?? Environment.GetEnvironmentVariable(PathVariable);
        if (!string.IsNullOrEmpty(path))
        {
            return Path.GetFullPath(path);
        }

        var root = FindRepositoryRoot(AppContext.BaseDirectory) ?? FindRepositoryRoot(Environment.CurrentDirectory)
            ?? throw new InvalidOperationException($"Cannot find PostLint.sln above {AppContext.BaseDirectory}; pass --corpus PATH or set {PathVariable}.");
        return Path.GetFullPath(Path.Combine(root, DefaultRelativePath));
    }

    /// <summary>Reads every line of the corpus at <paramref name="path"/> as a post.</summary>
    public static IReadOnlyList<Post> Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Corpus not found: {path} (pass --corpus PATH or set {PathVariable}).", path);
        }

        return File.ReadLines(path).Where(line => !string.IsNullOrWhiteSpace(line)).Select(ToPost).ToArray();
    }

    private static Post ToPost(string line)
    {
        using var document = JsonDocument.Parse(line);
        var root = document.RootElement;
        return new Post(String(root, "text") ?? string.Empty)
        {
            Id = String(root, "id"),
            Language = PostLanguageNames.TryParse(String(root, "lang"), out var language) ? language : PostLanguage.Auto,
            Platform = String(root, "platform"),
            Author = root.TryGetProperty("author", out var author) && author.ValueKind == JsonValueKind.Object
                ? new AuthorProfile(String(author, "role"), String(author, "specialty"), Account(String(author, "account")))
                : AuthorProfile.Unknown,
        };
    }

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static AccountKind Account(string? name) => name switch
    {
        "professional" => AccountKind.Professional,
        "private" => AccountKind.Private,
        _ => AccountKind.Unknown,
    };

    private static string? FindRepositoryRoot(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "PostLint.sln")))
            {
                return directory.FullName;
            }
        }

        return null;
    }
}

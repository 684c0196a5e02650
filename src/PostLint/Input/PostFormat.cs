namespace PostLint.Input;

/// <summary>How a file holds posts.</summary>
public enum PostFormat
{
    /// <summary>The whole file is one post.</summary>
    Text,

    /// <summary>Markdown: optional YAML front matter with metadata, then the post.</summary>
    Markdown,

    /// <summary>JSON Lines: one JSON object per line, each one post.</summary>
    JsonLines,
}

/// <summary>Recognises post formats by file extension.</summary>
public static class PostFormats
{
    /// <summary>The format of <paramref name="path"/>, or null when PostLint does not read such files.</summary>
    public static PostFormat? FromPath(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".txt" or ".text" => PostFormat.Text,
        ".md" or ".markdown" => PostFormat.Markdown,
        ".jsonl" or ".ndjson" => PostFormat.JsonLines,
        _ => null,
    };
}

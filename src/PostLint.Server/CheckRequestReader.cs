using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using PostLint.Configuration;

namespace PostLint.Server;

/// <summary>
/// Reads a <c>POST /v1/check</c> body: one post <c>{text, id?, lang?, platform?, author?, attachments?,
/// includeEntities?}</c> or a batch <c>{posts: [...], includeEntities?}</c>. Post members mean what they
/// mean in the CLI's JSON Lines input; other members are ignored, as there. Walks a
/// <see cref="JsonDocument"/>, so it needs no reflection.
/// </summary>
internal static class CheckRequestReader
{
    /// <summary>Parses <paramref name="body"/> (UTF-8 JSON).</summary>
    /// <exception cref="RequestException">400 for malformed JSON or members; 413 for a post or batch over <paramref name="limits"/>.</exception>
    public static CheckRequest Read(ReadOnlyMemory<byte> body, ServerLimits limits)
    {
        // System.Text.Json passes invalid UTF-8 inside a string and fails only when the string is read.
        if (!Utf8.IsValid(body.Span))
        {
            throw RequestException.BadRequest($"the body is not UTF-8: invalid byte sequence at byte offset {InvalidUtf8Offset(body.Span)}");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException ex)
        {
            throw RequestException.BadRequest("the body is not valid JSON: " + Readable(ex.Message));
        }

        using (document)
        {
            var root = document.RootElement;
            RejectBrokenMemberNames(root, string.Empty);
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw RequestException.BadRequest("the body must be a JSON object: {\"text\": \"...\"} for one post or {\"posts\": [...]} for a batch");
            }

            var includeEntities = ReadBoolean(root, "includeEntities");
            if (!root.TryGetProperty("posts", out var batch))
            {
                return WithinCharacterLimit(new CheckRequest([ReadPost(root, string.Empty, limits)], includeEntities), limits);
            }

            if (root.TryGetProperty("text", out _))
            {
                throw RequestException.BadRequest("send either \"text\" (one post) or \"posts\" (a batch), not both");
            }

            if (batch.ValueKind != JsonValueKind.Array || batch.GetArrayLength() == 0)
            {
                throw RequestException.BadRequest("\"posts\" must be a non-empty array of post objects {\"text\": \"...\"}");
            }

            if (batch.GetArrayLength() > limits.MaxBatchPosts)
            {
                throw RequestException.TooLarge($"a batch holds at most {limits.MaxBatchPosts} posts; this one has {batch.GetArrayLength()}");
            }

            return WithinCharacterLimit(new CheckRequest([.. batch.EnumerateArray().Select((post, index) => ReadPost(post, $"posts[{index}].", limits))], includeEntities), limits);
        }
    }

    // The engine's work grows with the text it reads, so the text of all posts together is what a request may not exceed.
    private static CheckRequest WithinCharacterLimit(CheckRequest request, ServerLimits limits)
    {
        var characters = request.Posts.Sum(post => (long)post.Text.Length);
        return characters <= limits.MaxRequestCharacters
            ? request
            : throw RequestException.TooLarge($"a request holds at most {limits.MaxRequestCharacters} characters of post text; this one has {characters}");
    }

    private static Post ReadPost(JsonElement element, string prefix, ServerLimits limits)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw RequestException.BadRequest($"\"{prefix.TrimEnd('.')}\" must be a post object {{\"text\": \"...\"}}");
        }

        if (!element.TryGetProperty("text", out var textElement) || textElement.ValueKind != JsonValueKind.String)
        {
            throw RequestException.BadRequest($"\"{prefix}text\" is required and must be a string: the post to check");
        }

        var text = ReadText(textElement, prefix + "text");
        if (string.IsNullOrWhiteSpace(text))
        {
            throw RequestException.BadRequest($"\"{prefix}text\" is empty: there is no post to check");
        }

        if (text.Length > limits.MaxPostLength)
        {
            throw RequestException.TooLarge($"\"{prefix}text\" has {text.Length} characters; the limit is {limits.MaxPostLength}");
        }

        return new Post(text)
        {
            Id = ReadId(element, prefix),
            Language = ReadLanguage(element, prefix),
            Platform = ReadString(element, "platform", prefix)?.Trim().ToLowerInvariant(),
            Author = ReadAuthor(element, prefix),
            Attachments = ReadAttachments(element, prefix),
        };
    }

    private static string? ReadId(JsonElement post, string prefix) => Member(post, "id") switch
    {
        null => null,
        { ValueKind: JsonValueKind.String } id => ReadText(id, prefix + "id"),
        { ValueKind: JsonValueKind.Number } id => id.GetRawText(),
        _ => throw RequestException.BadRequest($"\"{prefix}id\" must be a string or a number"),
    };

    private static PostLanguage ReadLanguage(JsonElement post, string prefix)
    {
        var name = post.TryGetProperty("lang", out _) ? "lang" : "language";
        var code = ReadString(post, name, prefix);
        return PostLanguageNames.TryParse(code, out var language)
            ? language
            : throw RequestException.BadRequest($"\"{prefix}{name}\" must be \"nl\", \"en\" or \"auto\", not \"{code}\"");
    }

    private static AuthorProfile ReadAuthor(JsonElement post, string prefix)
    {
        if (Member(post, "author") is not { } author)
        {
            return AuthorProfile.Unknown;
        }

        if (author.ValueKind != JsonValueKind.Object)
        {
            throw RequestException.BadRequest($"\"{prefix}author\" must be an object {{\"role\", \"specialty\", \"account\"}}");
        }

        var where = prefix + "author.";
        var account = ReadString(author, "account", where);
        return AuthorProfileYaml.TryParseAccount(account, out var kind)
            ? new AuthorProfile(ReadString(author, "role", where), ReadString(author, "specialty", where), kind)
            : throw RequestException.BadRequest($"\"{where}account\" must be \"professional\" or \"private\", not \"{account}\"");
    }

    private static Attachment[] ReadAttachments(JsonElement post, string prefix)
    {
        if (Member(post, "attachments") is not { } attachments)
        {
            return [];
        }

        if (attachments.ValueKind != JsonValueKind.Array)
        {
            throw RequestException.BadRequest($"\"{prefix}attachments\" must be an array of {{\"file\", \"alt\"}} objects");
        }

        return [.. attachments.EnumerateArray().Select((attachment, index) => attachment.ValueKind switch
        {
            JsonValueKind.String => new Attachment(ReadText(attachment, $"{prefix}attachments[{index}]")),
            JsonValueKind.Object => new Attachment(
                ReadString(attachment, "file", $"{prefix}attachments[{index}]."),
                ReadString(attachment, "alt", $"{prefix}attachments[{index}].")),
            _ => throw RequestException.BadRequest($"\"{prefix}attachments[{index}]\" must be an object {{\"file\", \"alt\"}}"),
        })];
    }

    private static bool ReadBoolean(JsonElement element, string name) => Member(element, name) switch
    {
        null => false,
        { ValueKind: JsonValueKind.True } => true,
        { ValueKind: JsonValueKind.False } => false,
        _ => throw RequestException.BadRequest($"\"{name}\" must be true or false"),
    };

    private static string? ReadString(JsonElement element, string name, string prefix) => Member(element, name) switch
    {
        null => null,
        { ValueKind: JsonValueKind.String } value => ReadText(value, prefix + name),
        _ => throw RequestException.BadRequest($"\"{prefix}{name}\" must be a string"),
    };

    // A string escape may spell half a surrogate pair ("\ud800"), which the parser accepts and GetString refuses.
    private static string ReadText(JsonElement value, string member)
    {
        try
        {
            return value.GetString()!;
        }
        catch (InvalidOperationException)
        {
            throw RequestException.BadRequest($"\"{member}\" holds an unpaired surrogate escape (\\ud800-\\udfff); it is not text");
        }
    }

    // Looking a member up decodes every name it passes, so a name spelling half a surrogate pair would
    // fail there; one walk over the document finds it first, and says where.
    private static void RejectBrokenMemberNames(JsonElement element, string path)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var member in element.EnumerateObject())
                {
                    string name;
                    try
                    {
                        name = member.Name;
                    }
                    catch (InvalidOperationException)
                    {
                        var where = path.Length == 0 ? "the body" : $"\"{path}\"";
                        throw RequestException.BadRequest($"a member name in {where} holds an unpaired surrogate escape (\\ud800-\\udfff); it is not text");
                    }

                    RejectBrokenMemberNames(member.Value, path.Length == 0 ? name : $"{path}.{name}");
                }

                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    RejectBrokenMemberNames(item, $"{path}[{index++}]");
                }

                break;
        }
    }

    private static int InvalidUtf8Offset(ReadOnlySpan<byte> bytes)
    {
        var offset = 0;
        while (Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed) == OperationStatus.Done)
        {
            offset += consumed;
        }

        return offset;
    }

    /// <summary>The member's value; null when it is absent or JSON <c>null</c> (both mean "not given").</summary>
    private static JsonElement? Member(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    // System.Text.Json ends its messages with "LineNumber: 0 | BytePositionInLine: 9."; keep the position, drop the pipes.
    private static string Readable(string message) => message.Replace(" | ", ", ", StringComparison.Ordinal).TrimEnd('.');
}

using System.Text;
using System.Text.Json;
using PostLint.Configuration;
using PostLint.Suppressions;

namespace PostLint.Input;

/// <summary>
/// JSON Lines: every non-blank line is an object with <c>text</c> and optional <c>id</c>, <c>lang</c>,
/// <c>platform</c>, <c>author</c> {role, specialty, account}, <c>attachments</c> [{file, alt}] and
/// <c>postlint</c> {disable: [IDs], reason}, which suppresses rules for the post as front matter does.
/// Other members (labels, notes) are ignored. Read with <see cref="Utf8JsonReader"/>: no reflection.
/// </summary>
internal static class JsonLinesPostReader
{
    public static IReadOnlyList<Post> Read(string content, string path, IReadOnlySet<string> knownRuleIds)
    {
        var posts = new List<Post>();
        var lineStart = 0;
        for (var number = 1; lineStart < content.Length; number++)
        {
            var newline = content.IndexOf('\n', lineStart);
            var lineEnd = newline < 0 ? content.Length : newline;
            var line = content[lineStart..lineEnd].TrimEnd('\r');
            if (!string.IsNullOrWhiteSpace(line))
            {
                posts.Add(ReadLine(line, number, lineStart, path, knownRuleIds));
            }

            lineStart = lineEnd + 1;
        }

        return posts;
    }

    /// <summary>
    /// Reads the posts of a JSON Lines stream one line at a time, so a file of any length is read
    /// in the memory of its longest line. Errors surface when the enumeration reaches them.
    /// </summary>
    /// <exception cref="InputException">A line is not UTF-8, too long, or not a post; or the stream holds no post.</exception>
    public static IEnumerable<Post> Read(Stream stream, string path, int maxLineBytes, IReadOnlySet<string> knownRuleIds)
    {
        var lines = new Utf8LineReader(stream, path, maxLineBytes);
        var any = false;
        while (lines.Next() is { } line)
        {
            var text = line.Text.TrimEnd('\r');
            if (!string.IsNullOrWhiteSpace(text))
            {
                any = true;
                yield return ReadLine(text, line.Number, line.CharOffset, path, knownRuleIds);
            }
        }

        if (!any)
        {
            throw new InputException(path, null, null, "empty file: there is no post to check");
        }
    }

    private static Post ReadLine(string line, int number, int lineFileOffset, string path, IReadOnlySet<string> knownRuleIds)
    {
        var bytes = Encoding.UTF8.GetBytes(line);
        var reader = new Utf8JsonReader(bytes);
        var record = new Record(knownRuleIds);
        try
        {
            Expect(ref reader, JsonTokenType.StartObject, "a JSON object per line");
            while (Read(ref reader) != JsonTokenType.EndObject)
            {
                var name = ReadString(ref reader, "a member name");
                Read(ref reader);
                ReadMember(ref reader, name, record);
            }

            // Anything but whitespace after the object (a second object, stray text) makes the reader throw.
            _ = reader.Read();
        }
        catch (JsonException ex)
        {
            var column = ex.BytePositionInLine is { } position ? CharColumn(bytes, (int)position) : (int?)null;
            throw new InputException(path, number, column, "invalid JSON: " + FirstSentence(ex.Message));
        }
        catch (RecordException ex)
        {
            throw new InputException(path, number, CharColumn(bytes, ex.ByteIndex), ex.Message);
        }

        if (record.TextStart is not { } textStart)
        {
            throw new InputException(path, number, null, "missing \"text\": every line needs the post's text");
        }

        var (map, text) = SourceMap.ForJsonString(line, CharColumn(bytes, textStart) - 1, number, lineFileOffset);
        return new Post(text)
        {
            Id = record.Id,
            Language = record.Language,
            Platform = record.Platform,
            Author = record.Author,
            Attachments = record.Attachments,
            Suppressions = record.Suppressions,
            SourcePath = path,
            SourceMap = map,
        };
    }

    private static void ReadMember(ref Utf8JsonReader reader, string? name, Record record)
    {
        switch (name)
        {
            case "text":
                RequireString(ref reader, "text");

                // Decoded here only to refuse a lone surrogate; the source map decodes it again with its columns.
                _ = ReadString(ref reader, "\"text\"");
                record.TextStart = (int)reader.TokenStartIndex;
                break;
            case "id":
                record.Id = reader.TokenType switch
                {
                    JsonTokenType.String => ReadString(ref reader, "\"id\""),
                    JsonTokenType.Number => Encoding.UTF8.GetString(reader.ValueSpan),
                    JsonTokenType.Null => null,
                    _ => throw new RecordException("\"id\" must be a string or a number", reader.TokenStartIndex),
                };
                break;
            case "lang" or "language":
                RequireString(ref reader, name);
                record.Language = PostLanguageNames.TryParse(ReadString(ref reader, $"\"{name}\""), out var language)
                    ? language
                    : throw new RecordException($"\"{name}\" must be \"nl\", \"en\" or \"auto\"", reader.TokenStartIndex);
                break;
            case "platform":
                RequireString(ref reader, name);
                record.Platform = ReadString(ref reader, $"\"{name}\"").Trim().ToLowerInvariant();
                break;
            case "author":
                record.Author = ReadAuthor(ref reader);
                break;
            case "attachments":
                record.Attachments = ReadAttachments(ref reader);
                break;
            case "postlint":
                record.Suppressions = ReadSuppressions(ref reader, record.KnownRuleIds);
                break;
            default:
                reader.Skip();
                break;
        }

    }

    private static AuthorProfile ReadAuthor(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return AuthorProfile.Unknown;
        }

        Require(ref reader, JsonTokenType.StartObject, "\"author\" must be an object {role, specialty, account}");
        var author = AuthorProfile.Unknown;
        while (Read(ref reader) != JsonTokenType.EndObject)
        {
            var name = ReadString(ref reader, "a member name");
            Read(ref reader);
            if (reader.TokenType == JsonTokenType.Null)
            {
                continue;
            }

            RequireString(ref reader, "author." + name);
            var value = ReadString(ref reader, $"\"author.{name}\"");
            author = name switch
            {
                "role" => author with { Role = value },
                "specialty" => author with { Specialty = value },
                "account" => AuthorProfileYaml.TryParseAccount(value, out var account)
                    ? author with { Account = account }
                    : throw new RecordException("\"author.account\" must be \"professional\" or \"private\"", reader.TokenStartIndex),
                _ => author,
            };
        }

        return author;
    }

    // Same contract as front matter: {"disable": ["PL1003"], "reason": "..."}; IDs exactly as `postlint rules` lists them.
    private static Suppression[] ReadSuppressions(ref Utf8JsonReader reader, IReadOnlySet<string> knownRuleIds)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return [];
        }

        var start = reader.TokenStartIndex;
        Require(ref reader, JsonTokenType.StartObject, "\"postlint\" must be an object {\"disable\": [rule IDs], \"reason\": \"...\"}");
        var ids = new List<string>();
        string? reason = null;
        while (Read(ref reader) != JsonTokenType.EndObject)
        {
            var name = reader.GetString();
            Read(ref reader);
            switch (name)
            {
                case "disable":
                    Require(ref reader, JsonTokenType.StartArray, "\"postlint.disable\" must be an array of rule IDs");
                    while (Read(ref reader) != JsonTokenType.EndArray)
                    {
                        RequireString(ref reader, "postlint.disable[]");
                        var id = reader.GetString()!.Trim();
                        ids.Add(RuleIdCheck.Problem(id, knownRuleIds, "in \"postlint.disable\"") is { } problem
                            ? throw new RecordException(problem, reader.TokenStartIndex)
                            : id);
                    }

                    break;
                case "reason":
                    RequireString(ref reader, "postlint.reason");
                    reason = reader.GetString()?.Trim();
                    break;
                default:
                    throw new RecordException($"unknown member \"{name}\" in \"postlint\"; expected \"disable\" and \"reason\"", reader.TokenStartIndex);
            }
        }

        if (ids.Count > 0 && string.IsNullOrEmpty(reason))
        {
            throw new RecordException("\"postlint.disable\" needs a reason: add \"reason\": \"why this rule does not apply here\"", start);
        }

        return ids.Distinct().Select(id => new Suppression(id, reason!)).ToArray();
    }

    private static Attachment[] ReadAttachments(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return [];
        }

        Require(ref reader, JsonTokenType.StartArray, "\"attachments\" must be an array of {file, alt}");
        var attachments = new List<Attachment>();
        while (Read(ref reader) != JsonTokenType.EndArray)
        {
            if (reader.TokenType == JsonTokenType.String)
            {
                attachments.Add(new Attachment(ReadString(ref reader, "\"attachments[]\"")));
                continue;
            }

            Require(ref reader, JsonTokenType.StartObject, "an attachment must be an object {file, alt}");
            var attachment = new Attachment(null);
            while (Read(ref reader) != JsonTokenType.EndObject)
            {
                var name = ReadString(ref reader, "a member name");
                Read(ref reader);
                if (reader.TokenType != JsonTokenType.String)
                {
                    reader.Skip();
                    continue;
                }

                attachment = name switch
                {
                    "file" => attachment with { FileName = ReadString(ref reader, "\"attachments[].file\"") },
                    "alt" => attachment with { AltText = ReadString(ref reader, "\"attachments[].alt\"") },
                    _ => attachment,
                };
            }

            attachments.Add(attachment);
        }

        return [.. attachments];
    }

    private static JsonTokenType Read(ref Utf8JsonReader reader) =>
        reader.Read() ? reader.TokenType : throw new RecordException("the JSON object is not closed", reader.BytesConsumed);

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType type, string what)
    {
        Read(ref reader);
        Require(ref reader, type, "expected " + what);
    }

    private static void Require(ref Utf8JsonReader reader, JsonTokenType type, string message)
    {
        if (reader.TokenType != type)
        {
            throw new RecordException(message, reader.TokenStartIndex);
        }
    }

    // Utf8JsonReader accepts "\ud800" while reading and refuses it only when the string is decoded:
    // an escaped half of a surrogate pair is no text, so it is an input error, not a crash.
    private static string ReadString(ref Utf8JsonReader reader, string what)
    {
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            throw new RecordException($"{what} holds an unpaired surrogate escape (\\ud800-\\udfff); it is not text", reader.TokenStartIndex);
        }
    }

    private static void RequireString(ref Utf8JsonReader reader, string name) =>
        Require(ref reader, JsonTokenType.String, $"\"{name}\" must be a string");

    // Columns are reported in UTF-16 code units, like every other position PostLint prints.
    private static int CharColumn(byte[] bytes, int byteIndex) => Encoding.UTF8.GetCharCount(bytes, 0, Math.Clamp(byteIndex, 0, bytes.Length)) + 1;

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).TrimEnd(' ', '.', '|');
    }

    private sealed class Record(IReadOnlySet<string> knownRuleIds)
    {
        public IReadOnlySet<string> KnownRuleIds { get; } = knownRuleIds;

        public Suppression[] Suppressions { get; set; } = [];

        public int? TextStart { get; set; }

        public string? Id { get; set; }

        public PostLanguage Language { get; set; } = PostLanguage.Auto;

        public string? Platform { get; set; }

        public AuthorProfile Author { get; set; } = AuthorProfile.Unknown;

        public Attachment[] Attachments { get; set; } = [];
    }

    private sealed class RecordException(string message, long byteIndex) : Exception(message)
    {
        public int ByteIndex { get; } = (int)byteIndex;
    }
}

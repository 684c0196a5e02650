using PostLint.Configuration;
using PostLint.Suppressions;
using YamlDotNet.RepresentationModel;

namespace PostLint.Input;

/// <summary>
/// A Markdown post: optional YAML front matter between <c>---</c> lines, then the body, which is the post.
/// Front matter keys PostLint reads: <c>id</c>, <c>lang</c> (or <c>language</c>), <c>platform</c>,
/// <c>author</c> {role, specialty, account}, <c>attachments</c> [{file, alt}] and
/// <c>postlint</c> {disable: [IDs], reason}. Other keys (title, date, tags...) belong to the site
/// generator and are left alone.
/// </summary>
internal static class MarkdownPostReader
{
    private static readonly string[] SuppressionKeys = ["disable", "reason"];
    private static readonly string[] AttachmentKeys = ["file", "alt"];

    public static Post Read(string content, string path, IReadOnlySet<string> knownRuleIds)
    {
        var lines = new LineCursor(content);
        var post = new Post(string.Empty);
        if (lines.Current.TrimEnd() == "---")
        {
            var yamlStart = lines.NextStart;
            lines.Advance();
            while (!lines.AtEnd && lines.Current.TrimEnd() is not ("---" or "..."))
            {
                lines.Advance();
            }

            if (lines.AtEnd)
            {
                throw new InputException(path, 1, null, "front matter opened with '---' is never closed; end it with a line '---'");
            }

            var yaml = content[yamlStart..lines.Start];
            post = ReadFrontMatter(YamlSource.Parse(yaml, path, 1, (p, l, c, r) => new InputException(p, l, c, r)), knownRuleIds);
            lines.Advance();
        }

        while (!lines.AtEnd && string.IsNullOrWhiteSpace(lines.Current))
        {
            lines.Advance();
        }

        var text = content[lines.Start..].TrimEnd();
        return new Post(text)
        {
            Id = post.Id,
            Language = post.Language,
            Platform = post.Platform,
            Author = post.Author,
            Attachments = post.Attachments,
            Suppressions = post.Suppressions,
            SourcePath = path,
            SourceMap = new SourceMap(text, lines.Number, 1, lines.Start),
        };
    }

    private static Post ReadFrontMatter(YamlSource document, IReadOnlySet<string> knownRuleIds)
    {
        var post = new Post(string.Empty);
        if (document.Root is null)
        {
            return post;
        }

        foreach (var (key, _, value) in document.Entries(document.Mapping(document.Root, "front matter")))
        {
            post = key switch
            {
                "id" => post with { Id = document.Scalar(value, "id") },
                "lang" or "language" => post with { Language = ReadLanguage(document, value, key) },
                "platform" => post with { Platform = document.Scalar(value, "platform").Trim().ToLowerInvariant() },
                "author" => post with { Author = AuthorProfileYaml.Read(document, value, "author") },
                "attachments" => post with { Attachments = ReadAttachments(document, value) },
                "postlint" => post with { Suppressions = ReadSuppressions(document, value, knownRuleIds) },
                _ => post,
            };
        }

        return post;
    }

    private static PostLanguage ReadLanguage(YamlSource document, YamlNode node, string key) =>
        PostLanguageNames.TryParse(document.Scalar(node, key), out var language)
            ? language
            : throw document.Error(node, $"{key} must be 'nl', 'en' or 'auto'");

    private static Attachment[] ReadAttachments(YamlSource document, YamlNode node) =>
        document.Sequence(node, "attachments").Select(item =>
        {
            if (item is YamlScalarNode scalar)
            {
                return new Attachment(scalar.Value);
            }

            var attachment = new Attachment(null);
            foreach (var (key, keyNode, value) in document.Entries(document.Mapping(item, "an attachment")))
            {
                attachment = key switch
                {
                    "file" => attachment with { FileName = document.Scalar(value, "attachments[].file") },
                    "alt" => attachment with { AltText = document.Scalar(value, "attachments[].alt") },
                    _ => throw document.UnknownKey(keyNode, key, "an attachment", AttachmentKeys),
                };
            }

            return attachment;
        }).ToArray();

    private static Suppression[] ReadSuppressions(YamlSource document, YamlNode node, IReadOnlySet<string> knownRuleIds)
    {
        var ids = new List<string>();
        string? reason = null;
        foreach (var (key, keyNode, value) in document.Entries(document.Mapping(node, "postlint")))
        {
            switch (key)
            {
                case "disable":
                    foreach (var item in document.Sequence(value, "postlint.disable"))
                    {
                        var id = document.Scalar(item, "a rule ID").Trim();
                        if (RuleIdCheck.Problem(id, knownRuleIds, "in postlint.disable") is { } problem)
                        {
                            throw document.Error(item, problem);
                        }

                        ids.Add(id);
                    }

                    break;
                case "reason":
                    reason = document.Scalar(value, "postlint.reason").Trim();
                    break;
                default:
                    throw document.UnknownKey(keyNode, key, "postlint", SuppressionKeys);
            }
        }

        if (ids.Count > 0 && string.IsNullOrEmpty(reason))
        {
            throw document.Error(node, "postlint.disable needs a reason: add reason: \"why this rule does not apply here\"");
        }

        return ids.Distinct().Select(id => new Suppression(id, reason!)).ToArray();
    }

    /// <summary>Walks a text line by line, keeping the offset and 1-based number of the current line.</summary>
    private sealed class LineCursor(string text)
    {
        public int Start { get; private set; }

        public int Number { get; private set; } = 1;

        public bool AtEnd => Start >= text.Length;

        public int NextStart
        {
            get
            {
                var newline = text.IndexOf('\n', Start);
                return newline < 0 ? text.Length : newline + 1;
            }
        }

        public string Current => AtEnd ? string.Empty : text[Start..NextStart].TrimEnd('\n', '\r');

        public void Advance()
        {
            Start = NextStart;
            Number++;
        }
    }
}

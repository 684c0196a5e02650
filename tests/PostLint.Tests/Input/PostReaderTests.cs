using System.Text;
using PostLint.Input;

namespace PostLint.Tests.Input;

public class PostReaderTests
{
    private static readonly PostReader Reader = new(new PostLinter().SupportedDiagnostics.Select(d => d.Id));

    [Fact]
    public void Markdown_front_matter_becomes_post_metadata()
    {
        var post = ReadMarkdown(
            """
            ---
            title: Not read by PostLint
            id: week-47
            lang: en
            platform: LinkedIn
            author:
              role: gp
              specialty: dermatology
              account: private
            attachments:
              - file: ward-photo.jpg
                alt: Nurses at the station
              - screenshot.png
            ---

            Body of the post.
            """);

        post.Id.Should().Be("week-47");
        post.Language.Should().Be(PostLanguage.English);
        post.Platform.Should().Be("linkedin");
        post.Author.Should().Be(new AuthorProfile("gp", "dermatology", AccountKind.Private));
        post.Attachments.Should().Equal(new Attachment("ward-photo.jpg", "Nurses at the station"), new Attachment("screenshot.png"));
        post.Text.Should().Be("Body of the post.");
        post.SourcePath.Should().Be("post.md");
    }

    [Fact]
    public void Markdown_body_positions_map_to_file_lines_after_the_front_matter()
    {
        var content = "---\nlang: nl\n---\n\nEerste regel.\nTweede regel met fout.\n";
        var post = ReadMarkdown(content);

        var offset = post.Text.IndexOf("fout", StringComparison.Ordinal);
        post.SourceMap!.GetPosition(offset).Should().Be(new LinePosition(6, 18));
        content.Substring(post.SourceMap.GetFileOffset(offset), 4).Should().Be("fout");
    }

    [Fact]
    public void Markdown_without_front_matter_is_all_body()
    {
        var post = ReadMarkdown("Just text, --- not a fence.\n");

        post.Text.Should().Be("Just text, --- not a fence.");
        post.SourceMap!.GetPosition(0).Should().Be(new LinePosition(1, 1));
    }

    [Fact]
    public void Suppression_with_a_reason_is_kept()
    {
        var post = ReadMarkdown("---\npostlint:\n  disable: [PL1003, PL1002]\n  reason: functional mailbox of the research team\n---\nText\n");

        post.Suppressions.Should().Equal(
            new Suppression("PL1003", "functional mailbox of the research team"),
            new Suppression("PL1002", "functional mailbox of the research team"));
    }

    [Fact]
    public void Suppression_without_a_reason_is_an_error_at_its_line()
    {
        var act = () => ReadMarkdown("---\nid: x\npostlint:\n  disable: [PL1003]\n---\nText\n");

        act.Should().Throw<InputException>()
            .Which.Message.Should().StartWith("post.md:4:").And.Contain("needs a reason");
    }

    [Fact]
    public void Suppression_of_an_unknown_rule_is_an_error()
    {
        var act = () => ReadMarkdown("---\npostlint:\n  disable: [PL9999]\n  reason: because\n---\nText\n");

        act.Should().Throw<InputException>().Which.Message.Should().Contain("post.md:3:").And.Contain("unknown rule ID 'PL9999'");
    }

    [Fact]
    public void Suppression_ids_are_matched_exactly_with_a_suggestion()
    {
        var act = () => ReadMarkdown("---\npostlint:\n  disable: [PL1003, pl1002]\n  reason: mailbox\n---\nText\n");

        act.Should().Throw<InputException>().Which.Message.Should()
            .StartWith("post.md:3:").And.Contain("rule ID 'pl1002' in postlint.disable must be written in capitals (did you mean PL1002?)");
    }

    [Fact]
    public void A_tab_in_front_matter_indentation_is_reported_at_the_tab()
    {
        var act = () => ReadMarkdown("---\nid: x\npostlint:\n\tdisable: [PL1003]\n---\nText\n");

        var error = act.Should().Throw<InputException>().Which;
        (error.Line, error.Column).Should().Be((4, 1));
        error.Message.Should().Contain("tab");
    }

    [Fact]
    public void Json_lines_postlint_member_suppresses_like_front_matter()
    {
        var post = Reader.Read(
            "{\"text\": \"Mail info@praktijk.nl\", \"postlint\": {\"disable\": [\"PL1003\"], \"reason\": \"practice mailbox\"}}\n",
            "posts.jsonl",
            PostFormat.JsonLines).Single();

        post.Suppressions.Should().Equal(new Suppression("PL1003", "practice mailbox"));
    }

    [Theory]
    [InlineData("{\"text\": \"x\", \"postlint\": {\"disable\": [\"PL1003\"]}}", "needs a reason")]
    [InlineData("{\"text\": \"x\", \"postlint\": {\"disable\": [\"pl1003\"], \"reason\": \"mailbox\"}}", "did you mean PL1003?")]
    [InlineData("{\"text\": \"x\", \"postlint\": {\"disable\": [\"PL9999\"], \"reason\": \"mailbox\"}}", "unknown rule ID 'PL9999'")]
    [InlineData("{\"text\": \"x\", \"postlint\": {\"disabled\": [\"PL1003\"], \"reason\": \"mailbox\"}}", "unknown member \"disabled\"")]
    [InlineData("{\"text\": \"x\", \"postlint\": [\"PL1003\"]}", "must be an object")]
    public void Json_lines_postlint_member_is_checked_like_front_matter(string line, string message)
    {
        var act = () => Reader.Read(line + "\n", "posts.jsonl", PostFormat.JsonLines);

        act.Should().Throw<InputException>().Which.Message.Should().StartWith("posts.jsonl:1:").And.Contain(message);
    }

    [Fact]
    public void Unclosed_front_matter_is_an_error()
    {
        var act = () => ReadMarkdown("---\nid: x\nText without a closing fence\n");

        act.Should().Throw<InputException>().WithMessage("post.md:1: front matter opened with '---' is never closed*");
    }

    [Fact]
    public void Json_lines_records_carry_id_author_and_attachments()
    {
        var posts = Reader.Read(
            """
            {"id": "r1", "lang": "nl", "platform": "x", "author": {"role": "nurse", "specialty": "oncology", "account": "professional"}, "attachments": [{"file": "a.png", "alt": "scan"}], "labels": ["ignored"], "text": "Hallo"}
            {"id": 7, "text": "Second"}
            """,
            "posts.jsonl",
            PostFormat.JsonLines);

        posts.Should().HaveCount(2);
        posts[0].Id.Should().Be("r1");
        posts[0].Language.Should().Be(PostLanguage.Dutch);
        posts[0].Author.Should().Be(new AuthorProfile("nurse", "oncology", AccountKind.Professional));
        posts[0].Attachments.Should().Equal(new Attachment("a.png", "scan"));
        posts[1].Id.Should().Be("7");
        posts[1].SourceMap!.GetPosition(0).Line.Should().Be(2);
    }

    [Theory]
    [InlineData("{\"text\": \"a\"}\n{\"text\": }\n", "posts.jsonl:2:10: invalid JSON")]
    [InlineData("{\"id\": \"x\"}\n", "posts.jsonl:1: missing \"text\"")]
    [InlineData("[\"text\"]\n", "posts.jsonl:1:1: expected a JSON object per line")]
    [InlineData("{\"text\": 5}\n", "posts.jsonl:1:10: \"text\" must be a string")]
    [InlineData("{\"text\": \"a\", \"author\": {\"account\": \"secret\"}}\n", "posts.jsonl:1:37: \"author.account\" must be")]
    [InlineData("{\"text\": \"a\"} {\"text\": \"b\"}\n", "posts.jsonl:1:15: invalid JSON")]
    public void Broken_json_lines_name_file_line_and_column(string content, string expected)
    {
        var act = () => Reader.Read(content, "posts.jsonl", PostFormat.JsonLines);

        act.Should().Throw<InputException>().Which.Message.Should().StartWith(expected);
    }

    [Fact]
    public void Empty_input_is_an_error()
    {
        var act = () => Reader.Read(" \n\n", "empty.txt", PostFormat.Text);

        act.Should().Throw<InputException>().WithMessage("empty.txt: empty file*");
    }

    [Fact]
    public void Overlong_post_is_refused_with_its_length()
    {
        var reader = new PostReader([], maxPostLength: 10);

        var act = () => reader.Read("this post is too long", "long.txt", PostFormat.Text);

        act.Should().Throw<InputException>().Which.Message.Should().Contain("long.txt").And.Contain("21 characters").And.Contain("10");
    }

    [Fact]
    public void Text_files_are_one_post_with_trailing_whitespace_trimmed()
    {
        var posts = Reader.Read("Line one\r\nLine two\r\n\r\n", "a.txt", PostFormat.Text);

        posts.Should().ContainSingle().Which.Text.Should().Be("Line one\r\nLine two");
    }

    private static Post ReadMarkdown(string content) => Reader.Read(content, "post.md", PostFormat.Markdown).Single();
}

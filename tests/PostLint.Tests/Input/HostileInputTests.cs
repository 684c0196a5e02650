using System.Text;
using PostLint.Configuration;
using PostLint.Input;

namespace PostLint.Tests.Input;

/// <summary>Input built to break the readers: each is refused with one line naming where, never a crash.</summary>
public class HostileInputTests
{
    private static readonly string[] KnownRuleIds = [.. new PostLinter().SupportedDiagnostics.Select(d => d.Id)];
    private static readonly PostReader Reader = new(KnownRuleIds);

    [Theory]
    [InlineData("{\"text\": \"a\", \"id\": \"\\ud800\"}", "posts.jsonl:1:21: \"id\" holds an unpaired surrogate escape")]
    [InlineData("{\"text\": \"half \\udc00 a pair\"}", "posts.jsonl:1:10: \"text\" holds an unpaired surrogate escape")]
    [InlineData("{\"text\": \"a\", \"lang\": \"\\ud800\"}", "posts.jsonl:1:23: \"lang\" holds")]
    [InlineData("{\"text\": \"a\", \"platform\": \"x\\ud800\"}", "posts.jsonl:1:27: \"platform\" holds")]
    [InlineData("{\"text\": \"a\", \"author\": {\"role\": \"\\udfff\"}}", "posts.jsonl:1:34: \"author.role\" holds")]
    [InlineData("{\"text\": \"a\", \"attachments\": [\"\\ud800.png\"]}", "posts.jsonl:1:31: \"attachments[]\" holds")]
    [InlineData("{\"text\": \"a\", \"attachments\": [{\"alt\": \"\\ud800\"}]}", "posts.jsonl:1:39: \"attachments[].alt\" holds")]
    [InlineData("{\"\\ud800\": 1, \"text\": \"a\"}", "posts.jsonl:1:2: a member name holds")]
    public void A_lone_surrogate_escape_in_any_member_names_line_and_column(string line, string expected)
    {
        var act = () => Reader.Read(line + "\n", "posts.jsonl", PostFormat.JsonLines);

        act.Should().Throw<InputException>().Which.Message.Should().StartWith(expected).And.NotContain("\n");
    }

    [Fact]
    public void A_surrogate_pair_spelled_as_two_escapes_is_text()
    {
        var post = Reader.Read("{\"text\": \"smile \\ud83d\\ude00\"}\n", "posts.jsonl", PostFormat.JsonLines).Single();

        post.Text.Should().Be("smile 😀");
    }

    [Theory]
    [InlineData("{\"text\": \"\"}\n{\"text\": \"a\"}\n", PostFormat.JsonLines, "drafts:1: empty post")]
    [InlineData("{\"text\": \"a\"}\n{\"text\": \" \\n \"}\n", PostFormat.JsonLines, "drafts:2: empty post")]
    [InlineData("---\nid: draft\n---\n\n", PostFormat.Markdown, "drafts: empty post")]
    public void An_empty_post_is_refused_like_an_empty_file(string content, PostFormat format, string expected)
    {
        var act = () => Reader.Read(content, "drafts", format);

        act.Should().Throw<InputException>().Which.Message.Should().StartWith(expected);
    }

    [Theory]
    [InlineData("---\na: {0}x{1}\n---\nPost.\n", "post.md:2:")]
    [InlineData("---\na:\n  {2}x\n---\nPost.\n", "post.md:3:")]
    public void Front_matter_nested_50000_deep_is_refused_before_it_is_loaded(string template, string location)
    {
        var markdown = string.Format(
            System.Globalization.CultureInfo.InvariantCulture,
            template,
            string.Concat(Enumerable.Repeat("[", 50_000)),
            string.Concat(Enumerable.Repeat("]", 50_000)),
            string.Concat(Enumerable.Repeat("- ", 50_000)));

        var act = () => Reader.Read(markdown, "post.md", PostFormat.Markdown);

        act.Should().Throw<InputException>().Which.Message.Should().StartWith(location).And.Contain($"nested deeper than {YamlSource.MaxDepth} levels");
    }

    [Fact]
    public void Front_matter_indented_hundreds_deep_is_refused()
    {
        var yaml = string.Concat(Enumerable.Range(0, 300).Select(depth => new string(' ', depth) + "k:\n"));

        var act = () => Reader.Read($"---\n{yaml}---\nPost.\n", "post.md", PostFormat.Markdown);

        act.Should().Throw<InputException>().WithMessage($"post.md:*: YAML nested deeper than {YamlSource.MaxDepth} levels*");
    }

    [Fact]
    public void A_stream_of_zero_bytes_is_refused_at_its_first_byte()
    {
        using var zeros = new EndlessStream(0);

        var act = () => Reader.ReadStream(zeros, "/dev/zero", PostFormat.Text);

        act.Should().Throw<InputException>().WithMessage("/dev/zero: binary file (NUL byte at offset 0)*");
        zeros.BytesRead.Should().BeLessThanOrEqualTo(64 * 1024);
    }

    [Theory]
    [InlineData(PostFormat.Text)]
    [InlineData(PostFormat.Markdown)]
    public void An_endless_stream_of_text_stops_being_read_past_the_limit(PostFormat format)
    {
        var reader = new PostReader(KnownRuleIds, maxPostLength: 1_000);
        using var letters = new EndlessStream((byte)'a');

        var act = () => reader.ReadStream(letters, "<stdin>", format);

        act.Should().Throw<InputException>().WithMessage("<stdin>: longer than the * characters PostLint reads from one post file; stopped reading there");
        letters.BytesRead.Should().BeLessThan(256 * 1024, "the limit is checked while reading, not after");
    }

    [Fact]
    public void A_post_at_the_limit_with_multibyte_characters_split_over_chunks_is_read_whole()
    {
        var text = string.Concat(Enumerable.Repeat("zoë 😀 ", 20_000)).TrimEnd();
        using var stream = new MemoryStream([.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(text)]);

        var post = new PostReader(KnownRuleIds, maxPostLength: text.Length).ReadStream(stream, "long.txt", PostFormat.Text).Single();

        post.Text.Should().Be(text);
    }

    [Fact]
    public void Invalid_utf8_after_the_first_chunk_is_refused_with_its_file_offset()
    {
        using var stream = new MemoryStream([.. Encoding.UTF8.GetBytes(new string('a', 70_000)), 0xC3, 0x28]);

        var act = () => Reader.ReadStream(stream, "a.txt", PostFormat.Text);

        act.Should().Throw<InputException>().WithMessage("a.txt: invalid UTF-8 at byte offset 70000*");
    }

    [Theory]
    [InlineData("catchment: Infinity", "catchment must be a whole number of people from 1 to 10,000,000,000, not 'Infinity'")]
    [InlineData("catchment: NaN", "catchment must be a whole number")]
    [InlineData("catchment: 0", "catchment must be a whole number")]
    [InlineData("catchment: -5000", "catchment must be a whole number")]
    [InlineData("catchment: 1e400", "catchment must be a whole number")]
    [InlineData("catchment: 99999999999999999999", "catchment must be a whole number")]
    [InlineData("warningBelow: Infinity", "warningBelow must be a number of people (0 or more), not 'Infinity'")]
    [InlineData("errorBelow: 1e400", "errorBelow must be a number of people")]
    [InlineData("errorBelow: NaN", "errorBelow must be a number of people")]
    public void Numbers_that_would_switch_pl2001_off_are_configuration_errors(string setting, string expected)
    {
        var loader = new ConfigurationLoader(KnownRuleIds);

        var act = () => loader.Parse($"reidentification:\n  {setting}\n", ".postlint.yml");

        act.Should().Throw<ConfigurationException>().Which.Message.Should().StartWith(".postlint.yml:2:").And.Contain(expected);
    }

    [Fact]
    public void A_configuration_nested_50000_deep_is_refused()
    {
        var yaml = "rules: " + string.Concat(Enumerable.Repeat("{a: ", 50_000)) + "1" + new string('}', 50_000) + "\n";

        var act = () => new ConfigurationLoader(KnownRuleIds).Parse(yaml, ".postlint.yml");

        act.Should().Throw<ConfigurationException>().WithMessage($".postlint.yml:1:*: YAML nested deeper than {YamlSource.MaxDepth} levels*");
    }

    // Found by fuzzing: YamlDotNet's scanner and loader throw InvalidOperationException or ArgumentException
    // on these instead of a YamlException.
    [Theory]
    [InlineData("\t  : nr")]
    [InlineData(" : nl\nauk")]
    public void Yaml_that_trips_the_parsers_own_checks_is_invalid_configuration(string yaml)
    {
        var act = () => new ConfigurationLoader(KnownRuleIds).Parse(yaml, ".postlint.yml");

        act.Should().Throw<ConfigurationException>().WithMessage(".postlint.yml:*: invalid YAML*");
    }

    [Fact]
    public void Front_matter_that_trips_the_parsers_own_checks_is_invalid_yaml()
    {
        var act = () => Reader.Read("---\nid: [ost:1\nlang: en\nptftt\" * *sant\"ol\nats:\n 01]\ne\n---\n\tx", "post.md", PostFormat.Markdown);

        act.Should().Throw<InputException>().WithMessage("post.md:*: invalid YAML*");
    }

    /// <summary>A stream that never ends, like a device or a producer that does not stop, counting what was read.</summary>
    private sealed class EndlessStream(byte fill) : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            buffer.AsSpan(offset, count).Fill(fill);
            BytesRead += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}

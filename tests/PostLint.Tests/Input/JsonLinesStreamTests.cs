using System.Text;
using PostLint.Input;

namespace PostLint.Tests.Input;

/// <summary>A JSON Lines file read line by line gives the same posts and positions as one read whole.</summary>
public sealed class JsonLinesStreamTests : IDisposable
{
    private static readonly PostReader Reader = new(new PostLinter().SupportedDiagnostics.Select(d => d.Id));

    private readonly string _path = Path.Combine(Path.GetTempPath(), $"postlint-{Guid.NewGuid():N}.jsonl");

    public void Dispose() => File.Delete(_path);

    [Fact]
    public void Posts_and_positions_match_a_whole_read()
    {
        var content = "\uFEFF{\"id\": \"a\", \"text\": \"Café open, mail els@gmail.com\"}\r\n\r\n{\"id\": \"b\", \"text\": \"Tweede \\u00e9 post\"}\n{\"text\": \"x\"}";
        File.WriteAllText(_path, content, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));

        var streamed = Reader.ReadPosts(_path, "p.jsonl", PostFormat.JsonLines).ToList();
        var whole = Reader.Read(content[1..], "p.jsonl", PostFormat.JsonLines);

        streamed.Select(p => (p.Id, p.Text)).Should().Equal(whole.Select(p => (p.Id, p.Text)));
        for (var i = 0; i < whole.Count; i++)
        {
            var end = whole[i].Text.Length;
            streamed[i].SourceMap!.GetPosition(end).Should().Be(whole[i].SourceMap!.GetPosition(end));
            streamed[i].SourceMap!.GetFileOffset(end).Should().Be(whole[i].SourceMap!.GetFileOffset(end));
        }
    }

    [Fact]
    public void Invalid_utf8_names_its_byte_offset_in_the_file_after_the_posts_before_it()
    {
        File.WriteAllBytes(_path, [.. Encoding.UTF8.GetBytes("{\"text\": \"ok\"}\n{\"text\": \"Caf"), 0xE9, .. Encoding.UTF8.GetBytes("\"}\n")]);

        using var posts = Reader.ReadPosts(_path, "p.jsonl", PostFormat.JsonLines).GetEnumerator();

        posts.MoveNext().Should().BeTrue();
        posts.Current.Text.Should().Be("ok");
        posts.Invoking(p => p.MoveNext()).Should().Throw<InputException>().WithMessage("p.jsonl: invalid UTF-8 at byte offset 28*");
    }

    [Fact]
    public void A_line_without_end_is_refused_at_the_cap_not_read_whole()
    {
        File.WriteAllText(_path, "{\"text\": \"ok\"}\n{\"text\": \"" + new string('a', (Reader.MaxPostLength * 6) + (128 * 1024)));

        var read = () => Reader.ReadPosts(_path, "p.jsonl", PostFormat.JsonLines).ToList();

        read.Should().Throw<InputException>().WithMessage("p.jsonl:2: line longer than *");
    }

    [Fact]
    public void A_file_of_blank_lines_is_empty()
    {
        File.WriteAllText(_path, "\n  \n");

        var read = () => Reader.ReadPosts(_path, "p.jsonl", PostFormat.JsonLines).ToList();

        read.Should().Throw<InputException>().WithMessage("p.jsonl: empty file: there is no post to check");
    }
}

namespace PostLint.Tests;

public class SourceMapTests
{
    [Fact]
    public void Text_map_counts_lines_from_the_first_line_it_was_given()
    {
        var map = new SourceMap("one\ntwo\nthree", firstLine: 5, firstColumn: 1, fileOffset: 40);

        map.GetPosition(0).Should().Be(new LinePosition(5, 1));
        map.GetPosition(6).Should().Be(new LinePosition(6, 3));
        map.GetFileOffset(6).Should().Be(46);
    }

    [Fact]
    public void Json_string_map_points_past_escapes_to_the_raw_column()
    {
        const string line = """{"id":1,"text":"a\"b\nc\u00ebd"}""";
        var (map, text) = SourceMap.ForJsonString(line, line.IndexOf("\"a", StringComparison.Ordinal), line: 3, lineFileOffset: 100);

        text.Should().Be("a\"b\ncëd");
        var d = text.IndexOf('d', StringComparison.Ordinal);
        line[map.GetPosition(d).Column - 1].Should().Be('d');
        map.GetPosition(d).Line.Should().Be(3, "an escaped newline does not start a new line in the file");
        map.GetFileOffset(d).Should().Be(100 + line.LastIndexOf('d'));
        map.GetPosition(text.Length).Column.Should().Be(line.LastIndexOf('"') + 1, "the end maps to the closing quote");
    }

    [Theory]
    [InlineData("\"abc")]
    [InlineData("\"a\\x\"")]
    [InlineData("\"a\\u12\"")]
    public void Malformed_json_strings_are_refused(string literal)
    {
        var act = () => SourceMap.ForJsonString(literal, 0, 1, 0);

        act.Should().Throw<FormatException>();
    }
}

using PostLint.Cli.Tests.Infrastructure;

namespace PostLint.Cli.Tests.Check;

/// <summary>`postlint check --format json`: the contract in DESIGN.md, on JSON Lines input.</summary>
public sealed class JsonOutputTests : IDisposable
{
    private readonly Workspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void Reports_one_post_per_line_with_its_id_category_and_offsets()
    {
        _workspace.Write("posts.jsonl",
            """
            {"id": "a-1", "lang": "en", "text": "Thanks to the night shift for a calm night."}

            {"id": 42, "lang": "nl", "text": "Mail de dochter via els.jansen1962@gmail.com voor het bezoek."}
            """);

        var run = _workspace.Run("check", "--format", "json", "--fail-on", "none", "posts.jsonl");

        run.ExitCode.Should().Be(0, run.Stderr);
        var json = run.Json;
        json.GetProperty("version").GetString().Should().Be("1");
        var posts = json.GetProperty("posts").EnumerateArray().ToList();
        posts.Select(p => p.GetProperty("id").GetString()).Should().Equal("a-1", "42");
        posts[0].GetProperty("diagnostics").GetArrayLength().Should().Be(0);
        posts[0].GetProperty("language").GetString().Should().Be("en");

        var diagnostic = posts[1].GetProperty("diagnostics")[0];
        diagnostic.GetProperty("id").GetString().Should().Be("PL1003");
        diagnostic.GetProperty("category").GetString().Should().Be("Privacy");
        diagnostic.GetProperty("severity").GetString().Should().Be("warning");
        diagnostic.GetProperty("start").GetInt32().Should().Be(20);
        diagnostic.GetProperty("end").GetInt32().Should().Be(44);
        diagnostic.GetProperty("text").GetString().Should().Be("els.jansen1962@gmail.com");
        diagnostic.GetProperty("line").GetInt32().Should().Be(3, "the record is on the third line of the file");
        (diagnostic.TryGetProperty("helpUri", out var help) ? help.GetString() : null).Should().Be(Diagnostics.DiagnosticDescriptor.HelpBase is { } helpBase ? $"{helpBase}/PL1003.md" : null);
        diagnostic.GetProperty("fixes")[0].GetProperty("edits")[0].GetProperty("start").GetInt32().Should().Be(20);
        posts[1].GetProperty("countToTen").GetProperty("advised").GetBoolean().Should().BeFalse();

        var summary = json.GetProperty("summary");
        summary.GetProperty("posts").GetInt32().Should().Be(2);
        summary.GetProperty("warnings").GetInt32().Should().Be(1);
        summary.GetProperty("errors").GetInt32().Should().Be(0);
        summary.GetProperty("infos").GetInt32().Should().Be(0);
    }

    [Fact]
    public void Column_of_a_json_lines_finding_points_into_the_raw_json_string_past_escapes()
    {
        // Two escapes (\" and \u00eb) before the address make the raw text 7 characters longer than the post.
        var line = """{"id":"e","text":"Zeg \"hoi\" aan Zo\u00eb: els.jansen1962@gmail.com"}""";
        _workspace.Write("escaped.jsonl", line);

        var run = _workspace.Run("check", "--format", "json", "escaped.jsonl");

        // The name the address is written after draws PL1001 as well; the address's own finding is the one to locate.
        var diagnostic = run.Json.GetProperty("posts")[0].GetProperty("diagnostics").EnumerateArray().Single(d => d.GetProperty("id").GetString() == "PL1003");
        var column = diagnostic.GetProperty("column").GetInt32();
        line.Substring(column - 1).Should().StartWith("els.jansen1962@gmail.com");
        diagnostic.GetProperty("start").GetInt32().Should().Be("Zeg \"hoi\" aan Zoë: ".Length);
    }

    [Fact]
    public void Many_posts_are_reported_in_input_order()
    {
        var ids = Enumerable.Range(1, 60).Select(i => $"post-{i}").ToList();
        _workspace.Write("many.jsonl", string.Join('\n', ids.Select((id, i) =>
            $"{{\"id\": \"{id}\", \"text\": \"{(i % 3 == 0 ? "Mail els.jansen1962@gmail.com even." : "Fijne dag!")}\"}}")));

        var run = _workspace.Run("check", "--format", "json", "many.jsonl");

        var posts = run.Json.GetProperty("posts").EnumerateArray().ToList();
        posts.Select(p => p.GetProperty("id").GetString()).Should().Equal(ids);
        posts.Select(p => p.GetProperty("diagnostics").GetArrayLength()).Should().Equal(ids.Select((_, i) => i % 3 == 0 ? 1 : 0));
    }

    [Fact]
    public void Include_entities_lists_what_the_recognizers_found()
    {
        _workspace.Write("post.txt", "Mail els.jansen1962@gmail.com even.");

        var run = _workspace.Run("check", "--format", "json", "--include-entities", "post.txt");

        var entity = run.Json.GetProperty("posts")[0].GetProperty("entities")[0];
        entity.GetProperty("type").GetString().Should().Be("EMAIL");
        entity.GetProperty("start").GetInt32().Should().Be(5);
        entity.GetProperty("end").GetInt32().Should().Be(29);
        entity.GetProperty("text").GetString().Should().Be("els.jansen1962@gmail.com");
        entity.GetProperty("attributes").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Object);
    }

    [Fact]
    public void Without_include_entities_posts_have_no_entities_member()
    {
        _workspace.Write("post.txt", "Mail els.jansen1962@gmail.com even.");

        var run = _workspace.Run("check", "--format", "json", "post.txt");

        run.Json.GetProperty("posts")[0].TryGetProperty("entities", out _).Should().BeFalse();
    }
}

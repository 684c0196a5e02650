using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using PostLint.Output;

namespace PostLint.Server.Tests;

public sealed class CheckEndpointTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    private const string DutchWithEmail = "Vragen over je vader? Mail me op j.devries@gmail.com, dan bel ik terug.";

    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task One_post_is_answered_with_the_json_contract()
    {
        var reply = await _client.PostJsonAsync("/v1/check", $$"""{"text": "{{DutchWithEmail}}", "id": "p1", "lang": "nl"}""");

        reply.Status.Should().Be(HttpStatusCode.OK);
        reply.ContentType.Should().Be("application/json");
        var json = reply.Json;
        json.GetProperty("version").GetString().Should().Be("1");
        var post = json.GetProperty("posts").EnumerateArray().Should().ContainSingle().Subject;
        post.GetProperty("id").GetString().Should().Be("p1");
        post.GetProperty("language").GetString().Should().Be("nl");
        var diagnostic = post.GetProperty("diagnostics").EnumerateArray().Should().ContainSingle(d => d.GetProperty("id").GetString() == "PL1003").Subject;
        diagnostic.GetProperty("category").GetString().Should().Be("Privacy");
        diagnostic.GetProperty("severity").GetString().Should().Be("warning");
        var start = DutchWithEmail.IndexOf("j.devries", StringComparison.Ordinal);
        diagnostic.GetProperty("start").GetInt32().Should().Be(start);
        diagnostic.GetProperty("end").GetInt32().Should().Be(start + "j.devries@gmail.com".Length);
        diagnostic.GetProperty("fixes").GetArrayLength().Should().BeGreaterThan(0);
        post.GetProperty("countToTen").GetProperty("reasons").ValueKind.Should().Be(JsonValueKind.Array);
        json.GetProperty("summary").GetProperty("posts").GetInt32().Should().Be(1);
        json.GetProperty("summary").GetProperty("warnings").GetInt32().Should().BeGreaterThan(0);
    }

    [Fact]
    public async Task The_body_is_byte_for_byte_the_report_the_cli_writes_for_the_same_post()
    {
        var reply = await _client.PostJsonAsync("/v1/check", $$"""{"text": "{{DutchWithEmail}}", "id": "p1", "lang": "nl", "includeEntities": true}""");

        var post = new Post(DutchWithEmail) { Id = "p1", Language = PostLanguage.Dutch };
        var expected = JsonReportWriter.ToJson([new PostLinter().Analyze(post)], new JsonReportOptions { IncludeEntities = true }) + "\n";
        reply.Body.Should().Be(expected);
    }

    [Fact]
    public async Task A_batch_gets_one_entry_per_post_in_request_order()
    {
        var reply = await _client.PostJsonAsync("/v1/check", """
            {"posts": [
              {"id": "a", "text": "Mail kate.smith@outlook.com for the results"},
              {"id": 2, "text": "Fijne feestdagen allemaal!"},
              {"id": "c", "text": "Schrijf naar piet@example.nl", "lang": "nl"}
            ]}
            """);

        reply.Status.Should().Be(HttpStatusCode.OK);
        var posts = reply.Json.GetProperty("posts").EnumerateArray().ToArray();
        posts.Select(p => p.GetProperty("id").GetString()).Should().Equal("a", "2", "c");
        posts.Select(p => p.GetProperty("diagnostics").EnumerateArray().Any(d => d.GetProperty("id").GetString() == "PL1003"))
            .Should().Equal(true, false, true);
        reply.Json.GetProperty("summary").GetProperty("posts").GetInt32().Should().Be(3);
    }

    [Fact]
    public async Task Entities_are_listed_only_when_asked_for()
    {
        const string Text = """{"text": "Mail kate.smith@outlook.com"{0}}""";

        var without = await _client.PostJsonAsync("/v1/check", Text.Replace("{0}", string.Empty, StringComparison.Ordinal));
        var with = await _client.PostJsonAsync("/v1/check", Text.Replace("{0}", ", \"includeEntities\": true", StringComparison.Ordinal));

        without.Json.GetProperty("posts")[0].TryGetProperty("entities", out _).Should().BeFalse();
        var entity = with.Json.GetProperty("posts")[0].GetProperty("entities").EnumerateArray()
            .Should().ContainSingle(e => e.GetProperty("type").GetString() == "EMAIL").Subject;
        entity.GetProperty("start").GetInt32().Should().Be(5);
        entity.GetProperty("text").GetString().Should().Be("kate.smith@outlook.com");
    }

    [Fact]
    public async Task Language_is_detected_when_the_request_does_not_give_it()
    {
        var reply = await _client.PostJsonAsync("/v1/check", """{"text": "Great to see so many colleagues at the symposium today. Slides follow next week."}""");

        reply.Json.GetProperty("posts")[0].GetProperty("language").GetString().Should().Be("en");
    }

    [Fact]
    public async Task Author_platform_and_attachments_are_accepted()
    {
        var reply = await _client.PostJsonAsync("/v1/check", """
            {"text": "Nieuwe wondzorgkamer geopend", "platform": "LinkedIn",
             "author": {"role": "nurse", "specialty": "wound care", "account": "private"},
             "attachments": [{"file": "kamer.jpg", "alt": "De nieuwe kamer"}, "plattegrond.png"]}
            """);

        reply.Status.Should().Be(HttpStatusCode.OK);
        reply.Json.GetProperty("summary").GetProperty("posts").GetInt32().Should().Be(1);
    }

    [Fact]
    public async Task Members_the_service_does_not_know_are_ignored_like_in_json_lines_input()
    {
        var reply = await _client.PostJsonAsync("/v1/check", """{"text": "Fijne dag", "labels": ["benign"], "note": "from the corpus"}""");

        reply.Status.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Get_is_not_allowed_on_check()
    {
        using var response = await _client.GetAsync(new Uri("/v1/check", UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.MethodNotAllowed);
    }
}

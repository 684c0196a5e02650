using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace PostLint.Server.Tests;

/// <summary>A request's work is bounded: by the text it carries, by its time budget, and by its client staying.</summary>
public sealed class RequestBudgetTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    [Fact]
    public async Task A_request_over_the_character_limit_gets_413_with_a_one_line_json_error()
    {
        var client = WithSetting("max-request-chars", 100).CreateClient();

        var reply = await client.PostJsonAsync("/v1/check", $$"""{"posts": [{"text": "{{new string('a', 60)}}"}, {"text": "{{new string('b', 41)}}"}]}""");

        reply.Status.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        reply.ContentType.Should().Be("application/json");
        reply.Json.GetProperty("error").GetString().Should().Be("a request holds at most 100 characters of post text; this one has 101");
        reply.Body.TrimEnd('\n').Should().NotContain("\n");
    }

    [Fact]
    public async Task A_request_at_the_character_limit_is_checked()
    {
        var client = WithSetting("max-request-chars", 100).CreateClient();

        var reply = await client.PostJsonAsync("/v1/check", $$"""{"posts": [{"text": "{{new string('a', 60)}}"}, {"text": "{{new string('b', 40)}}"}]}""");

        reply.Status.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_request_that_runs_out_of_time_gets_413_instead_of_running_on()
    {
        var client = WithSetting("max-request-milliseconds", 1).CreateClient();

        var reply = await client.PostJsonAsync("/v1/check", Batch(posts: 50, length: 5_000));

        reply.Status.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        reply.Json.GetProperty("error").GetString().Should().Be("checking this request took longer than its budget of 1 ms; send fewer or shorter posts");
    }

    [Fact]
    public async Task A_client_that_goes_away_stops_the_check_and_gets_no_answer()
    {
        using var client = new CancellationTokenSource();
        var leaving = new ClientLeavesDuringTheCheck(client);
        var endpoint = new CheckEndpoint(new PostLinter(new PostLinterOptions { AdditionalRecognizers = [leaving] }), PostLanguage.Auto, new ServerLimits(), NullLogger<CheckEndpoint>.Instance);
        var context = new DefaultHttpContext { RequestAborted = client.Token };
        context.Request.Method = "POST";
        context.Request.ContentType = "application/json";
        context.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(Batch(posts: 3, length: 100)));
        context.Response.Body = new MemoryStream();

        await endpoint.HandleAsync(context);

        leaving.PostsSeen.Should().Be(1, "the check stops at the first post after the client has gone");
        context.Response.Body.Length.Should().Be(0, "nobody is left to read an answer");
    }

    // Stands for a client that disconnects while its first post is being checked.
    private sealed class ClientLeavesDuringTheCheck(CancellationTokenSource client) : PostLint.Analysis.Recognizer
    {
        public int PostsSeen { get; private set; }

        public override IReadOnlyList<PostLint.Analysis.EntityType> Produces { get; } = [];

        public override void Recognize(PostLint.Analysis.RecognitionContext context)
        {
            PostsSeen++;
            client.Cancel();
        }
    }

    // Ordinary sentences with identifiers in them, repeated: work for every recognizer.
    private static string Batch(int posts, int length)
    {
        const string sentence = "Mevrouw Jansen (87) uit Urk lag op kamer 12; bel haar dochter op 06-12345678. ";
        var text = string.Concat(Enumerable.Repeat(sentence, (length / sentence.Length) + 1))[..length];
        return "{\"posts\": [" + string.Join(", ", Enumerable.Repeat($"{{\"text\": \"{text}\"}}", posts)) + "]}";
    }

    private WebApplicationFactory<Program> WithSetting(string key, int value) =>
        factory.WithWebHostBuilder(host => host.UseSetting(key, value.ToString(CultureInfo.InvariantCulture)));
}

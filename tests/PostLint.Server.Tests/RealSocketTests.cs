using System.Net;
using Microsoft.AspNetCore.Builder;

namespace PostLint.Server.Tests;

/// <summary>The real Kestrel server, on loopback only, with every wait bounded.</summary>
public sealed class RealSocketTests
{
    [Fact]
    public void Without_urls_the_service_listens_on_loopback_only()
    {
        var app = PostLintServer.Create([]);

        app.Configuration["urls"].Should().Be(PostLintServer.DefaultUrl).And.StartWith("http://127.0.0.1:");
    }

    [Fact]
    public async Task The_service_answers_over_a_loopback_socket()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await using var app = PostLintServer.Create(["--urls", "http://127.0.0.1:0"]);
        await app.StartAsync(timeout.Token);
        try
        {
            var address = app.Urls.Should().ContainSingle().Subject;
            address.Should().StartWith("http://127.0.0.1:");
            using var client = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromSeconds(10) };

            var health = await client.GetJsonAsync("/health");
            var check = await client.PostJsonAsync("/v1/check", """{"text": "Mail kate.smith@outlook.com"}""");

            health.Status.Should().Be(HttpStatusCode.OK);
            check.Status.Should().Be(HttpStatusCode.OK);
            check.Json.GetProperty("posts")[0].GetProperty("diagnostics").EnumerateArray()
                .Should().Contain(d => d.GetProperty("id").GetString() == "PL1003");
        }
        finally
        {
            await app.StopAsync(timeout.Token);
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)] // chunked: only Kestrel's own limit or the counting reader can stop it
    public async Task Over_a_real_socket_a_body_over_the_limit_gets_413(bool withContentLength)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await using var app = PostLintServer.Create(["--urls", "http://127.0.0.1:0", "--max-body-bytes", "100"]);
        await app.StartAsync(timeout.Token);
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri(app.Urls.Single()), Timeout = TimeSpan.FromSeconds(10) };
            using var body = new MemoryStream(System.Text.Encoding.UTF8.GetBytes($$"""{"text": "{{new string('a', 5000)}}"}"""));
            using var content = new StreamContent(body);
            content.Headers.ContentLength = withContentLength ? body.Length : null;
            content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");

            using var response = await client.PostAsync(new Uri("/v1/check", UriKind.Relative), content, timeout.Token);
            var reply = await Reply.ReadAsync(response);

            reply.Status.Should().Be(HttpStatusCode.RequestEntityTooLarge);
            reply.Json.GetProperty("error").GetString().Should().Contain("larger than 100 bytes");
        }
        finally
        {
            await app.StopAsync(timeout.Token);
        }
    }
}

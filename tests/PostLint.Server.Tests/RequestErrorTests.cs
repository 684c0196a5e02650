using System.Net;
using System.Text;
using Microsoft.AspNetCore.Mvc.Testing;

namespace PostLint.Server.Tests;

public sealed class RequestErrorTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    [Theory]
    [InlineData("{\"text\": \"half", "the body is not valid JSON")]
    [InlineData("", "the body is not valid JSON")]
    [InlineData("[\"a post\"]", "the body must be a JSON object")]
    [InlineData("{}", "\"text\" is required and must be a string")]
    [InlineData("{\"text\": 42}", "\"text\" is required and must be a string")]
    [InlineData("{\"text\": \"x\", \"lang\": \"fr\"}", "\"lang\" must be \"nl\", \"en\" or \"auto\", not \"fr\"")]
    [InlineData("{\"text\": \"x\", \"language\": \"de\"}", "\"language\" must be \"nl\", \"en\" or \"auto\", not \"de\"")]
    [InlineData("{\"text\": \"x\", \"id\": [1]}", "\"id\" must be a string or a number")]
    [InlineData("{\"text\": \"x\", \"author\": \"dr. Jansen\"}", "\"author\" must be an object")]
    [InlineData("{\"text\": \"x\", \"author\": {\"account\": \"secret\"}}", "\"author.account\" must be \"professional\" or \"private\", not \"secret\"")]
    [InlineData("{\"text\": \"x\", \"attachments\": \"foto.jpg\"}", "\"attachments\" must be an array")]
    [InlineData("{\"text\": \"x\", \"attachments\": [3]}", "\"attachments[0]\" must be an object")]
    [InlineData("{\"text\": \"x\", \"includeEntities\": \"yes\"}", "\"includeEntities\" must be true or false")]
    [InlineData("{\"text\": \"x\", \"posts\": [{\"text\": \"y\"}]}", "send either \"text\" (one post) or \"posts\" (a batch), not both")]
    [InlineData("{\"posts\": []}", "\"posts\" must be a non-empty array")]
    [InlineData("{\"posts\": {\"text\": \"x\"}}", "\"posts\" must be a non-empty array")]
    [InlineData("{\"posts\": [{\"text\": \"a\"}, {\"lang\": \"nl\"}]}", "\"posts[1].text\" is required")]
    [InlineData("{\"posts\": [{\"text\": \"a\"}, \"b\"]}", "\"posts[1]\" must be a post object")]
    [InlineData("{\"posts\": [{\"text\": \"a\", \"lang\": \"xx\"}]}", "\"posts[0].lang\" must be \"nl\", \"en\" or \"auto\"")]
    public async Task A_malformed_request_gets_400_with_a_json_error(string body, string expected)
    {
        var reply = await factory.CreateClient().PostJsonAsync("/v1/check", body);

        reply.Status.Should().Be(HttpStatusCode.BadRequest);
        reply.ContentType.Should().Be("application/json");
        reply.Json.GetProperty("error").GetString().Should().Contain(expected);
    }

    [Fact]
    public async Task A_body_over_the_size_limit_gets_413()
    {
        var client = WithLimits(maxBodyBytes: 200).CreateClient();

        var reply = await client.PostJsonAsync("/v1/check", $$"""{"text": "{{new string('a', 300)}}"}""");

        reply.Status.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        reply.Json.GetProperty("error").GetString().Should().Contain("larger than 200 bytes");
    }

    [Fact]
    public async Task A_body_over_the_size_limit_without_content_length_gets_413()
    {
        var client = WithLimits(maxBodyBytes: 200).CreateClient();
        using var body = new MemoryStream(Encoding.UTF8.GetBytes($$"""{"text": "{{new string('a', 70_000)}}"}"""));
        using var content = new StreamContent(body);
        content.Headers.ContentLength = null;
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");

        using var response = await client.PostAsync(new Uri("/v1/check", UriKind.Relative), content);

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task A_post_over_the_length_limit_gets_413()
    {
        var client = WithLimits(maxPostLength: 50).CreateClient();

        var reply = await client.PostJsonAsync("/v1/check", $$"""{"posts": [{"text": "kort"}, {"text": "{{new string('a', 51)}}"}]}""");

        reply.Status.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        reply.Json.GetProperty("error").GetString().Should().Be("\"posts[1].text\" has 51 characters; the limit is 50");
    }

    [Fact]
    public async Task A_post_at_the_length_limit_is_analysed()
    {
        var client = WithLimits(maxPostLength: 50).CreateClient();

        var reply = await client.PostJsonAsync("/v1/check", $$"""{"text": "{{new string('a', 50)}}"}""");

        reply.Status.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_batch_over_the_post_limit_gets_413()
    {
        var client = WithLimits(maxBatchPosts: 2).CreateClient();

        var reply = await client.PostJsonAsync("/v1/check", """{"posts": [{"text": "a"}, {"text": "b"}, {"text": "c"}]}""");

        reply.Status.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        reply.Json.GetProperty("error").GetString().Should().Contain("at most 2 posts");
    }

    private WebApplicationFactory<Program> WithLimits(int? maxBodyBytes = null, int? maxPostLength = null, int? maxBatchPosts = null) =>
        factory.WithWebHostBuilder(host =>
        {
            Set("max-body-bytes", maxBodyBytes);
            Set("max-post-length", maxPostLength);
            Set("max-batch-posts", maxBatchPosts);

            void Set(string key, int? value)
            {
                if (value is { } limit)
                {
                    host.UseSetting(key, limit.ToString(System.Globalization.CultureInfo.InvariantCulture));
                }
            }
        });
}

using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace PostLint.Server.Tests;

/// <summary>Requests built to break the service: each gets a 4xx with one line of JSON, never a 500 or a stack trace.</summary>
public sealed class HostileRequestTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    [Theory]
    [InlineData("{\"text\": \"half a \\ud800 pair\"}", "\"text\" holds an unpaired surrogate escape")]
    [InlineData("{\"text\": \"x\", \"id\": \"\\udc00\"}", "\"id\" holds an unpaired surrogate escape")]
    [InlineData("{\"text\": \"x\", \"platform\": \"\\ud800\"}", "\"platform\" holds")]
    [InlineData("{\"text\": \"x\", \"author\": {\"role\": \"\\ud800\"}}", "\"author.role\" holds")]
    [InlineData("{\"text\": \"x\", \"attachments\": [\"\\ud800\"]}", "\"attachments[0]\" holds")]
    [InlineData("{\"posts\": [{\"text\": \"x\"}, {\"text\": \"\\udfff\"}]}", "\"posts[1].text\" holds")]
    [InlineData("{\"text\": \"\"}", "\"text\" is empty: there is no post to check")]
    [InlineData("{\"posts\": [{\"text\": \"x\"}, {\"text\": \"  \"}]}", "\"posts[1].text\" is empty")]
    public async Task A_member_that_is_no_text_gets_400_naming_it(string body, string expected)
    {
        var reply = await factory.CreateClient().PostJsonAsync("/v1/check", body);

        reply.Status.Should().Be(HttpStatusCode.BadRequest);
        reply.Json.GetProperty("error").GetString().Should().StartWith(expected);
    }

    [Theory]
    [InlineData("{\"\\ud800\": 1, \"text\": \"x\"}", "a member name in the body holds an unpaired surrogate escape")]
    [InlineData("{\"posts\": [{\"text\": \"x\"}, {\"text\": \"y\", \"\\udc00\": 2}]}", "a member name in \"posts[1]\" holds")]
    public async Task A_lone_surrogate_in_a_member_name_gets_400_not_500(string body, string expected)
    {
        var reply = await factory.CreateClient().PostJsonAsync("/v1/check", body);

        reply.Status.Should().Be(HttpStatusCode.BadRequest);
        reply.Json.GetProperty("error").GetString().Should().StartWith(expected);
    }

    [Fact]
    public async Task Invalid_utf8_inside_a_json_string_gets_400_naming_the_byte()
    {
        byte[] body = [.. "{\"text\": \"caf"u8, 0xE9, .. " au lait\"}"u8];
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        using var response = await factory.CreateClient().PostAsync(new Uri("/v1/check", UriKind.Relative), content);
        var reply = await Reply.ReadAsync(response);

        reply.Status.Should().Be(HttpStatusCode.BadRequest);
        reply.Json.GetProperty("error").GetString().Should().Be("the body is not UTF-8: invalid byte sequence at byte offset 13");
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("multipart/form-data; boundary=x")]
    [InlineData(null)]
    public async Task A_body_that_is_not_declared_json_gets_415(string? contentType)
    {
        // The first three are what a page on another origin may POST without a CORS preflight.
        using var content = new ByteArrayContent("{\"text\": \"Mail kate.smith@outlook.com\"}"u8.ToArray());
        content.Headers.ContentType = contentType is null ? null : MediaTypeHeaderValue.Parse(contentType);

        using var response = await factory.CreateClient().PostAsync(new Uri("/v1/check", UriKind.Relative), content);
        var reply = await Reply.ReadAsync(response);

        reply.Status.Should().Be(HttpStatusCode.UnsupportedMediaType);
        reply.Json.GetProperty("error").GetString().Should().Be("send the body as JSON with Content-Type: application/json");
    }

    [Fact]
    public async Task Json_with_a_charset_is_accepted()
    {
        using var content = new StringContent("{\"text\": \"Fijne dag\"}", Encoding.UTF8, "application/json");

        using var response = await factory.CreateClient().PostAsync(new Uri("/v1/check", UriKind.Relative), content);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_body_that_stalls_gets_408_and_no_stack_trace_in_the_log()
    {
        await using var server = await LoggedServer.StartAsync("--body-timeout-seconds", "1");
        using var socket = await server.ConnectAsync();

        await socket.SendAsync("POST /v1/check HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"text\": \"Ma"u8.ToArray());
        var response = await ReadResponseAsync(socket);

        response.Should().StartWith("HTTP/1.1 408 ").And.Contain("{\"error\":\"the request body did not arrive within 1 seconds; send it in one go\"}");
        server.Log.Should().NotContain(e => e.Level >= LogLevel.Warning || e.Exception != null);
    }

    [Fact]
    public async Task A_client_that_hangs_up_mid_body_is_logged_at_debug_without_its_text()
    {
        await using var server = await LoggedServer.StartAsync();
        using (var socket = await server.ConnectAsync())
        {
            await socket.SendAsync("POST /v1/check HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"text\": \"Mevrouw Jansen"u8.ToArray());
            await Task.Delay(200);
            socket.Close(0); // a reset, as when the client process dies
        }

        var gone = await server.WaitForAsync(e => e.Message.Contains("closed the connection", StringComparison.Ordinal));

        gone.Level.Should().Be(LogLevel.Debug);
        gone.Exception.Should().BeNull();
        server.Log.Should().NotContain(e => e.Level >= LogLevel.Warning || e.Exception != null || e.Message.Contains("Jansen", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_internal_error_answers_500_with_a_generic_message_only()
    {
        await using var server = await LoggedServer.StartAsync(app =>
            app.MapGet("/v1/failing", (HttpContext _) => throw new InvalidOperationException("Mevrouw Jansen, kamer 12")));
        using var client = new HttpClient { BaseAddress = server.Address, Timeout = TimeSpan.FromSeconds(10) };

        var reply = await client.GetJsonAsync("/v1/failing");

        reply.Status.Should().Be(HttpStatusCode.InternalServerError);
        reply.Json.GetProperty("error").GetString().Should().MatchRegex("^internal error \\(request [^)]+\\); the service log has the details$");
        reply.Body.Should().NotContain("Jansen");
        server.Log.Should().ContainSingle(e => e.Level == LogLevel.Error).Which.Exception.Should().BeOfType<InvalidOperationException>();
    }

    private static async Task<string> ReadResponseAsync(Socket socket)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var buffer = new byte[4096];
        var response = new StringBuilder();
        int read;
        while ((read = await socket.ReceiveAsync(buffer, SocketFlags.None, timeout.Token)) > 0)
        {
            response.Append(Encoding.UTF8.GetString(buffer, 0, read));
            if (response.ToString().Contains("\r\n\r\n{", StringComparison.Ordinal) && response.ToString().EndsWith('}'))
            {
                break;
            }
        }

        return response.ToString();
    }

    /// <summary>A real Kestrel server on a loopback port whose log entries are kept, debug level included.</summary>
    private sealed class LoggedServer : IAsyncDisposable
    {
        private readonly WebApplication _app;
        private readonly RecordingLoggerProvider _log = new();

        private LoggedServer(WebApplication app)
        {
            _app = app;
            app.Services.GetRequiredService<ILoggerFactory>().AddProvider(_log);
        }

        public Uri Address => new(_app.Urls.Single());

        public IReadOnlyCollection<LogEntry> Log => _log.Entries;

        public static Task<LoggedServer> StartAsync(params string[] args) => StartAsync(_ => { }, args);

        public static async Task<LoggedServer> StartAsync(Action<WebApplication> map, params string[] args)
        {
            var app = PostLintServer.Create(["--urls", "http://127.0.0.1:0", "--Logging:LogLevel:PostLint", "Debug", .. args]);
            map(app);
            var server = new LoggedServer(app);
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await app.StartAsync(timeout.Token);
            return server;
        }

        public async Task<Socket> ConnectAsync()
        {
            var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            await socket.ConnectAsync(IPAddress.Loopback, Address.Port);
            return socket;
        }

        public async Task<LogEntry> WaitForAsync(Func<LogEntry, bool> match)
        {
            for (var waited = 0; waited < 20_000; waited += 50)
            {
                if (_log.Entries.FirstOrDefault(match) is { } entry)
                {
                    return entry;
                }

                await Task.Delay(50);
            }

            throw new TimeoutException("the expected log entry never came");
        }

        public async ValueTask DisposeAsync()
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await _app.StopAsync(timeout.Token);
            await _app.DisposeAsync();
        }
    }
}

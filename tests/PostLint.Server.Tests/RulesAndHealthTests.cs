using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using PostLint.Diagnostics;

namespace PostLint.Server.Tests;

public sealed class RulesAndHealthTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Rules_lists_every_rule_the_linter_knows_with_its_metadata()
    {
        var reply = await _client.GetJsonAsync("/v1/rules");

        reply.Status.Should().Be(HttpStatusCode.OK);
        reply.ContentType.Should().Be("application/json");
        var rules = reply.Json.GetProperty("rules").EnumerateArray().ToArray();
        var known = new PostLinter().SupportedDiagnostics;
        rules.Select(r => r.GetProperty("id").GetString()).Should().Equal(known.Select(d => d.Id));

        var email = rules.Single(r => r.GetProperty("id").GetString() == "PL1003");
        email.GetProperty("category").GetString().Should().Be("Privacy");
        email.GetProperty("defaultSeverity").GetString().Should().Be("warning");
        email.GetProperty("severity").GetString().Should().Be("warning");
        var descriptor = known.Single(d => d.Id == "PL1003");
        email.GetProperty("title").GetString().Should().Be(descriptor.Title);
        email.GetProperty("description").GetString().Should().Be(descriptor.Description);
        email.GetProperty("guideline").GetString().Should().Be(descriptor.Guideline);
        (email.TryGetProperty("helpUri", out var help) ? help.GetString() : null).Should().Be(descriptor.HelpUri);
    }

    [Fact]
    public async Task Health_answers_ok()
    {
        var reply = await _client.GetJsonAsync("/health");

        reply.Status.Should().Be(HttpStatusCode.OK);
        reply.Json.GetProperty("status").GetString().Should().Be("ok");
    }
}

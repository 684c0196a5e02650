using Microsoft.AspNetCore.Mvc.Testing;
using PostLint.Configuration;

namespace PostLint.Server.Tests;

public sealed class ConfigurationTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>, IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("postlint-server-").FullName;

    [Fact]
    public async Task A_config_file_sets_severities_and_the_default_language()
    {
        var client = WithConfig("language: nl\nrules:\n  PL1003: error\n").CreateClient();

        var check = await client.PostJsonAsync("/v1/check", """{"text": "Mail kate.smith@outlook.com"}""");
        var rules = await client.GetJsonAsync("/v1/rules");

        var post = check.Json.GetProperty("posts")[0];
        post.GetProperty("language").GetString().Should().Be("nl");
        post.GetProperty("diagnostics").EnumerateArray().Single(d => d.GetProperty("id").GetString() == "PL1003")
            .GetProperty("severity").GetString().Should().Be("error");
        var email = rules.Json.GetProperty("rules").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "PL1003");
        email.GetProperty("defaultSeverity").GetString().Should().Be("warning");
        email.GetProperty("severity").GetString().Should().Be("error");
    }

    [Fact]
    public async Task A_rule_switched_off_in_the_config_reports_nothing()
    {
        var client = WithConfig("rules:\n  PL1003: none\n").CreateClient();

        var check = await client.PostJsonAsync("/v1/check", """{"text": "Mail kate.smith@outlook.com"}""");

        check.Json.GetProperty("posts")[0].GetProperty("diagnostics").EnumerateArray()
            .Should().NotContain(d => d.GetProperty("id").GetString() == "PL1003");
    }

    [Fact]
    public void A_broken_config_file_stops_the_service_from_starting()
    {
        var path = WriteConfig("rules:\n  PL9999: error\n");

        var create = () => PostLintServer.Create(["--config", path]);

        create.Should().Throw<ConfigurationException>().WithMessage("*PL9999*");
    }

    [Fact]
    public void The_config_file_can_come_from_the_environment_variable_instead()
    {
        var path = WriteConfig("rules:\n  PL9999: error\n");
        Environment.SetEnvironmentVariable(PostLintServer.ConfigVariable, path);
        try
        {
            var create = () => PostLintServer.Create([]);

            create.Should().Throw<ConfigurationException>().WithMessage("*PL9999*");
        }
        finally
        {
            Environment.SetEnvironmentVariable(PostLintServer.ConfigVariable, null);
        }
    }

    [Fact]
    public void A_missing_config_file_is_named_in_the_error()
    {
        var create = () => PostLintServer.Create(["--config", Path.Combine(_directory, "absent.yml")]);

        create.Should().Throw<ConfigurationException>().WithMessage("*absent.yml*not found*");
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private WebApplicationFactory<Program> WithConfig(string yaml)
    {
        var path = WriteConfig(yaml);
        return factory.WithWebHostBuilder(host => host.UseSetting("config", path));
    }

    private string WriteConfig(string yaml)
    {
        var path = Path.Combine(_directory, $"{Guid.NewGuid():N}.postlint.yml");
        File.WriteAllText(path, yaml);
        return path;
    }
}

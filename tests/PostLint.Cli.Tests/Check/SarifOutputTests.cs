using System.Text.Json;
using PostLint.Cli.Tests.Infrastructure;

namespace PostLint.Cli.Tests.Check;

/// <summary>`--format sarif`: valid SARIF 2.1.0 whose regions point at the right text of the file.</summary>
public sealed class SarifOutputTests : IDisposable
{
    private readonly Workspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void Log_has_schema_version_one_run_and_the_reported_rules()
    {
        _workspace.Write("post.txt", "Mail els.jansen1962@gmail.com of bel 06-12345678.");

        var run = _workspace.Run("check", "--format", "sarif", "post.txt");

        var log = run.Json;
        log.GetProperty("$schema").GetString().Should().Contain("sarif-2.1.0");
        log.GetProperty("version").GetString().Should().Be("2.1.0");
        var sarifRun = log.GetProperty("runs").EnumerateArray().Should().ContainSingle().Subject;
        var driver = sarifRun.GetProperty("tool").GetProperty("driver");
        driver.GetProperty("name").GetString().Should().Be("PostLint");
        (driver.TryGetProperty("informationUri", out var information) ? information.GetString() : null).Should().Be(Diagnostics.HelpLinks.Repository);
        var rules = driver.GetProperty("rules").EnumerateArray().ToList();
        var results = sarifRun.GetProperty("results").EnumerateArray().ToList();
        rules.Select(r => r.GetProperty("id").GetString()).Should().BeEquivalentTo(results.Select(r => r.GetProperty("ruleId").GetString()).Distinct());

        var rule = rules.Single(r => r.GetProperty("id").GetString() == "PL1003");
        rule.GetProperty("name").GetString().Should().Be("PersonalEMailAddress");
        rule.GetProperty("shortDescription").GetProperty("text").GetString().Should().Be("Personal e-mail address");
        rule.GetProperty("fullDescription").GetProperty("text").GetString().Should().NotBeNullOrWhiteSpace();
        (rule.TryGetProperty("helpUri", out var help) ? help.GetString() : null).Should().Be(Diagnostics.DiagnosticDescriptor.HelpBase is { } helpBase ? $"{helpBase}/PL1003.md" : null);
        rule.GetProperty("defaultConfiguration").GetProperty("level").GetString().Should().Be("warning");
        rule.GetProperty("properties").GetProperty("category").GetString().Should().Be("Privacy");

        foreach (var result in results)
        {
            var index = result.GetProperty("ruleIndex").GetInt32();
            rules[index].GetProperty("id").GetString().Should().Be(result.GetProperty("ruleId").GetString());
            result.GetProperty("level").GetString().Should().BeOneOf("error", "warning", "note");
            result.GetProperty("message").GetProperty("text").GetString().Should().NotBeNullOrWhiteSpace();
        }
    }

    [Fact]
    public void Region_points_at_the_flagged_text_in_a_markdown_file()
    {
        const string content = "---\nid: m1\nlang: nl\n---\n\nHoi allemaal,\nmail de dochter op els.jansen1962@gmail.com vandaag.\n";
        _workspace.Write("drafts/post.md", content);

        var run = _workspace.Run("check", "--format", "sarif", "drafts");

        var result = Result(run, "PL1003");
        var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
        location.GetProperty("artifactLocation").GetProperty("uri").GetString().Should().Be("drafts/post.md");
        var region = location.GetProperty("region");
        region.GetProperty("startLine").GetInt32().Should().Be(7);
        region.GetProperty("startColumn").GetInt32().Should().Be(20);
        region.GetProperty("endLine").GetInt32().Should().Be(7);
        region.GetProperty("endColumn").GetInt32().Should().Be(44);
        var offset = region.GetProperty("charOffset").GetInt32();
        var length = region.GetProperty("charLength").GetInt32();
        content.Substring(offset, length).Should().Be("els.jansen1962@gmail.com");
        region.GetProperty("snippet").GetProperty("text").GetString().Should().Be("els.jansen1962@gmail.com");
        LineOf(content, 7).Substring(19, 24).Should().Be("els.jansen1962@gmail.com");
    }

    [Fact]
    public void Region_of_a_json_lines_post_covers_the_raw_escaped_text()
    {
        const string content = "{\"id\": \"a\", \"text\": \"Clean.\"}\n{\"id\": \"b\", \"text\": \"Zo\\u00eb: els.jansen1962@gmail.com\"}\n";
        _workspace.Write("posts.jsonl", content);

        var run = _workspace.Run("check", "--format", "sarif", "posts.jsonl");

        var result = Result(run, "PL1003");
        var region = result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
        region.GetProperty("startLine").GetInt32().Should().Be(2);
        content.Substring(region.GetProperty("charOffset").GetInt32(), region.GetProperty("charLength").GetInt32()).Should().Be("els.jansen1962@gmail.com");
        LineOf(content, 2)[region.GetProperty("startColumn").GetInt32() - 1].Should().Be('e');
        result.GetProperty("properties").GetProperty("postId").GetString().Should().Be("b");
    }

    [Fact]
    public void Fixes_replace_the_region_in_the_file()
    {
        const string content = "Mail els.jansen1962@gmail.com even.";
        _workspace.Write("post.txt", content);

        var run = _workspace.Run("check", "--format", "sarif", "post.txt");

        var fix = Result(run, "PL1003").GetProperty("fixes")[0];
        fix.GetProperty("description").GetProperty("text").GetString().Should().NotBeNullOrWhiteSpace();
        var change = fix.GetProperty("artifactChanges")[0];
        change.GetProperty("artifactLocation").GetProperty("uri").GetString().Should().Be("post.txt");
        var replacement = change.GetProperty("replacements")[0];
        var deleted = replacement.GetProperty("deletedRegion");
        content.Substring(deleted.GetProperty("charOffset").GetInt32(), deleted.GetProperty("charLength").GetInt32()).Should().Be("els.jansen1962@gmail.com");
        replacement.GetProperty("insertedContent").GetProperty("text").GetString().Should().NotBeNullOrEmpty();
    }

    [Fact]
    public void Run_properties_carry_the_count_to_ten_verdict_of_each_advised_post()
    {
        _workspace.Write("posts.jsonl",
            "{\"id\": \"calm\", \"lang\": \"en\", \"text\": \"Her son can email the ward at ward7@nhs.net.\"}\n" +
            "{\"id\": \"bsn\", \"lang\": \"nl\", \"text\": \"Het gaat om BSN 135119741, de verzekeraar weigert.\"}\n");

        var run = _workspace.Run("check", "--format", "sarif", "posts.jsonl");

        var verdict = run.Json.GetProperty("runs")[0].GetProperty("properties").GetProperty("countToTen");
        verdict.GetProperty("ruleId").GetString().Should().Be("PL0001");
        var advised = verdict.GetProperty("advised").EnumerateArray().Should().ContainSingle().Subject;
        advised.GetProperty("postId").GetString().Should().Be("bsn");
        advised.GetProperty("artifactLocation").GetProperty("uri").GetString().Should().Be("posts.jsonl");
        advised.GetProperty("startLine").GetInt32().Should().Be(2);
        advised.GetProperty("language").GetString().Should().Be("nl");
        advised.GetProperty("reasons")[0].GetString().Should().StartWith("Tel tot tien: '135119741' (PL1004)");
    }

    [Fact]
    public void Clean_input_gives_an_empty_run()
    {
        _workspace.Write("post.txt", "Fijne feestdagen allemaal!");

        var run = _workspace.Run("check", "--format", "sarif", "post.txt");

        run.ExitCode.Should().Be(0);
        var sarifRun = run.Json.GetProperty("runs")[0];
        sarifRun.GetProperty("results").GetArrayLength().Should().Be(0);
        sarifRun.GetProperty("tool").GetProperty("driver").GetProperty("rules").GetArrayLength().Should().Be(0);
        sarifRun.GetProperty("properties").GetProperty("countToTen").GetProperty("advised").GetArrayLength().Should().Be(0);
    }

    private static JsonElement Result(CliRun run, string ruleId) =>
        run.Json.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Single(r => r.GetProperty("ruleId").GetString() == ruleId);

    private static string LineOf(string content, int line) => content.Split('\n')[line - 1];
}

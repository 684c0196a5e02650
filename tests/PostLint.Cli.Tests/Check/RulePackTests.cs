using PostLint.Cli.Tests.Infrastructure;

namespace PostLint.Cli.Tests.Check;

/// <summary>Declarative rule packs listed under <c>packs:</c>: their rules run, report, configure and break like built-in ones.</summary>
public sealed class RulePackTests : IDisposable
{
    // A hospital's own pack: its nickname for the crisis room (Dutch only, not when quoted or negated) and its
    // service-desk ticket numbers.
    private const string Pack = """
        rules:
          - id: ZKH0001
            category: Confidentiality
            severity: warning
            title: Internal nickname of the crisis room
            words: [de bunker, crisiskamer*]
            lang: nl
            unless: [quoted, negated]
            message:
              nl: "'{0}' is onze interne naam voor de crisisruimte; buiten het huis zegt hij niemand iets."
              en: "'{0}' is our internal name for the crisis room."
          - id: ZKH0002
            category: Confidentiality
            severity: info
            title: Service desk ticket number
            pattern: '\bINC[0-9]{7}\b'
            help: https://intranet.example.org/postlint/ZKH0002
            message: "'{0}' is an internal ticket number."
            replace: "[ticket]"
        """;

    private readonly Workspace _workspace = new();

    public RulePackTests()
    {
        _workspace.Write("config/hospital-rules.yml", Pack);
        _workspace.Write(".postlint.yml", "packs:\n  - config/hospital-rules.yml\n");
    }

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void A_words_rule_reports_the_matched_words_in_the_posts_language()
    {
        _workspace.Write("post.txt", "Vannacht zaten we tot vier uur in de bunker met de crisiskamerleden.");

        var diagnostics = Diagnostics(_workspace.Run("check", "--format", "json", "post.txt"));

        diagnostics.Select(d => (d.Id, d.Text)).Should().Equal(("ZKH0001", "de bunker"), ("ZKH0001", "crisiskamerleden"));
        diagnostics[0].Message.Should().Be("'de bunker' is onze interne naam voor de crisisruimte; buiten het huis zegt hij niemand iets.");
    }

    [Theory]
    [InlineData("Een collega noemde het \"de bunker\" en dat is blijven hangen.")]
    [InlineData("Het is geen crisiskamer maar een gewone vergaderzaal.")]
    [InlineData("We spent the night in de bunker, as the Dutch team calls it.")]
    [InlineData("De bunkers uit de oorlog liggen nog in de duinen.")]
    public void A_words_rule_is_silent_where_the_pack_says(string text)
    {
        _workspace.Write("post.txt", text);

        Diagnostics(_workspace.Run("check", "--format", "json", "post.txt")).Should().NotContain(d => d.Id == "ZKH0001");
    }

    [Fact]
    public void A_pattern_rule_reports_with_its_fix_and_help_link()
    {
        _workspace.Write("post.txt", "Storing gemeld onder INC0012345, wordt aan gewerkt. Niet INC12345.");

        var run = _workspace.Run("check", "--format", "sarif", "post.txt");

        var result = run.Json.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Single(r => r.GetProperty("ruleId").GetString() == "ZKH0002");
        result.GetProperty("level").GetString().Should().Be("note");
        result.GetProperty("message").GetProperty("text").GetString().Should().Be("'INC0012345' is an internal ticket number.");
        var rule = run.Json.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "ZKH0002");
        rule.GetProperty("helpUri").GetString().Should().Be("https://intranet.example.org/postlint/ZKH0002");
        rule.GetProperty("shortDescription").GetProperty("text").GetString().Should().Be("Service desk ticket number");

        _workspace.Run("fix", "post.txt").ExitCode.Should().Be(0);
        File.ReadAllText(Path.Combine(_workspace.Root, "post.txt")).Should().Be("Storing gemeld onder [ticket], wordt aan gewerkt. Niet INC12345.");
    }

    [Fact]
    public void A_severity_override_applies_to_a_pack_rule_wherever_the_file_lists_it()
    {
        _workspace.Write(".postlint.yml", "rules:\n  ZKH0002: error\npacks:\n  - config/hospital-rules.yml\n");
        _workspace.Write("post.txt", "Storing gemeld onder INC0012345.");

        var run = _workspace.Run("check", "--format", "json", "--fail-on", "error", "post.txt");

        run.ExitCode.Should().Be(ExitCodes.Findings);
        Diagnostics(run).Single().Severity.Should().Be("error");
    }

    [Theory]
    [InlineData("rules:\n  - id: ZKH0003\n    category: Tone\n    severity: warning\n    title: x\n    message: x\n    words: [a\n", "config/hospital-rules.yml:8:", "invalid YAML")]
    [InlineData("rules:\n  - id: PL9001\n    category: Tone\n    severity: warning\n    title: x\n    message: x\n    words: [a]\n", "config/hospital-rules.yml:2:9:", "rule ID 'PL9001' starts with PL, which is reserved for PostLint's own rules")]
    [InlineData("rules:\n  - id: ZKH0003\n    category: Tone\n    severity: warning\n    title: x\n    message: x\n    pattern: '(unclosed'\n", "config/hospital-rules.yml:7:14:", "pattern is not a valid .NET regular expression")]
    [InlineData("rules:\n  - id: ZKH0003\n    category: Mood\n    severity: warning\n    title: x\n    message: x\n    words: [a]\n", "config/hospital-rules.yml:3:15:", "category must be one of Privacy, Reidentification, Confidentiality, Tone, Claims, Professionalism, not 'Mood'")]
    public void A_broken_pack_stops_the_run_with_one_line_naming_file_and_line(string pack, string location, string problem)
    {
        _workspace.Write("config/hospital-rules.yml", pack);
        _workspace.Write("post.txt", "Een gewoon bericht.");

        var run = _workspace.Run("check", "post.txt");

        run.ExitCode.Should().Be(ExitCodes.UsageError);
        run.Stderr.Should().StartWith("postlint: " + location).And.Contain(problem);
        run.Stderr.Trim().Split('\n').Should().ContainSingle("one line, no stack trace");
    }

    [Fact]
    public void An_id_defined_in_two_packs_stops_the_run()
    {
        _workspace.Write("config/copy.yml", Pack);
        _workspace.Write(".postlint.yml", "packs:\n  - config/hospital-rules.yml\n  - config/copy.yml\n");
        _workspace.Write("post.txt", "Een gewoon bericht.");

        var run = _workspace.Run("check", "post.txt");

        run.ExitCode.Should().Be(ExitCodes.UsageError);
        run.Stderr.Trim().Should().Be("postlint: .postlint.yml:3:5: rule ID 'ZKH0001' in config/copy.yml is already defined in config/hospital-rules.yml");
    }

    [Fact]
    public void A_missing_pack_stops_the_run()
    {
        _workspace.Write(".postlint.yml", "packs: [config/nope.yml]\n");
        _workspace.Write("post.txt", "Een gewoon bericht.");

        var run = _workspace.Run("check", "post.txt");

        run.ExitCode.Should().Be(ExitCodes.UsageError);
        run.Stderr.Trim().Should().Be("postlint: .postlint.yml:1:9: rule pack not found: 'config/nope.yml'");
    }

    private static List<(string Id, string Text, string Message, string Severity)> Diagnostics(CliRun run) =>
        [.. run.Json.GetProperty("posts")[0].GetProperty("diagnostics").EnumerateArray()
            .Select(d => (d.GetProperty("id").GetString()!, d.GetProperty("text").GetString()!, d.GetProperty("message").GetString()!, d.GetProperty("severity").GetString()!))];
}

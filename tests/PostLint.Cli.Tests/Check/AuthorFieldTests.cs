using PostLint.Cli.Tests.Infrastructure;

namespace PostLint.Cli.Tests.Check;

/// <summary>
/// PL5004 (a claim outside the author's field) needs the author's specialty; each input route must
/// deliver it: front matter, a JSON Lines record's author, and .postlint.yml.
/// </summary>
public sealed class AuthorFieldTests : IDisposable
{
    private const string StatinClaim = "Statins do more harm than good for everyone over 70.";

    private readonly Workspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void Specialty_from_front_matter()
    {
        _workspace.Write("claim.md", $"---\nlang: en\nauthor:\n  role: doctor\n  specialty: dermatology\n---\n{StatinClaim}\n");

        RuleIds("claim.md").Should().Contain("PL5004");
    }

    [Fact]
    public void Specialty_from_a_json_lines_author()
    {
        _workspace.Write("claims.jsonl", $"{{\"id\": \"j1\", \"lang\": \"en\", \"author\": {{\"specialty\": \"dermatology\"}}, \"text\": \"{StatinClaim}\"}}\n");

        RuleIds("claims.jsonl").Should().Contain("PL5004");
    }

    [Fact]
    public void Specialty_from_the_configuration()
    {
        _workspace.Write("derm/.postlint.yml", "author:\n  specialty: dermatology\n");
        _workspace.Write("derm/claim.txt", StatinClaim);

        RuleIds("derm/claim.txt").Should().Contain("PL5004");
    }

    [Fact]
    public void Without_a_specialty_the_rule_has_no_field_to_compare_with()
    {
        _workspace.Write("claim.txt", StatinClaim);

        RuleIds("claim.txt").Should().NotContain("PL5004");
    }

    private List<string?> RuleIds(string path) =>
        _workspace.Run("check", "--format", "json", path).Json.GetProperty("posts")[0].GetProperty("diagnostics")
            .EnumerateArray().Select(d => d.GetProperty("id").GetString()).ToList();
}

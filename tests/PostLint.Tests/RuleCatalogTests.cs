using PostLint.Diagnostics;

namespace PostLint.Tests;

/// <summary>Every rule is documented: a page under rules/docs and a row in the README's rule table.</summary>
public class RuleCatalogTests
{
    private static readonly string RepoRoot = FindRepoRoot();

    public static TheoryData<string> RuleIds()
    {
        var data = new TheoryData<string>();
        foreach (var descriptor in new PostLinter().SupportedDiagnostics)
        {
            data.Add(descriptor.Id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Every_rule_has_a_page(string id)
    {
        var page = Path.Combine(RepoRoot, "rules", "docs", id + ".md");
        File.Exists(page).Should().BeTrue($"{id} needs a rule page at rules/docs/{id}.md");
        File.ReadAllText(page).Should().StartWith($"# {id}: ");
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Every_rule_is_in_the_readme_table(string id) =>
        File.ReadAllText(Path.Combine(RepoRoot, "README.md")).Should().Contain($"| [{id}](rules/docs/{id}.md) |");

    [Fact]
    public void Every_page_belongs_to_a_rule()
    {
        var known = new PostLinter().SupportedDiagnostics.Select(d => d.Id).ToHashSet();
        var pages = Directory.GetFiles(Path.Combine(RepoRoot, "rules", "docs"), "PL*.md").Select(Path.GetFileNameWithoutExtension);
        pages.Should().OnlyContain(id => known.Contains(id!), "a rule page without a rule is stale");
    }

    [Fact]
    public void Ids_sit_in_their_category_range()
    {
        foreach (var d in new PostLinter().SupportedDiagnostics.Where(d => d.Id[2] != '0'))
        {
            var expected = (DiagnosticCategory)(d.Id[2] - '1');
            d.Category.Should().Be(expected, $"{d.Id} is in the range of {expected}");
        }
    }

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "PostLint.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("PostLint.sln not found above the test directory.");
    }
}

using PostLint.Configuration;
using PostLint.Input;

namespace PostLint.Tests.Rules.Claims;

/// <summary>
/// The author profile reaches the Claims and Professionalism rules by every route a post can carry it:
/// Markdown front matter, a JSON Lines <c>author</c> object and <c>.postlint.yml</c>.
/// </summary>
public class AuthorProfileRoutesTests
{
    private const string OutsideDermatology = "The MMR vaccine causes more harm than good.";
    private const string Hangover = "Zondagochtend dienst met een flinke kater 🙈";

    private static readonly string[] KnownRules = new PostLinter().SupportedDiagnostics.Select(d => d.Id).ToArray();

    [Fact]
    public void Front_matter_author_reaches_the_rules()
    {
        var posts = new PostReader(KnownRules).Read($"---\nauthor:\n  role: consultant\n  specialty: dermatology\n---\n{OutsideDermatology}\n", "post.md", PostFormat.Markdown);

        Ids(posts).Should().Contain("PL5004");
    }

    [Fact]
    public void Json_lines_author_reaches_the_rules()
    {
        var posts = new PostReader(KnownRules).Read(
            "{\"id\":\"a\",\"author\":{\"role\":\"dermatologist\",\"account\":\"professional\"},\"text\":\"" + OutsideDermatology + "\"}\n"
            + "{\"id\":\"b\",\"author\":{\"role\":\"nurse\",\"account\":\"professional\"},\"text\":\"" + Hangover + "\"}\n",
            "posts.jsonl",
            PostFormat.JsonLines);

        Ids(posts).Should().Contain(["PL5004", "PL6002"]);
    }

    [Fact]
    public void Json_lines_attachments_reach_the_photo_rule()
    {
        var posts = new PostReader(KnownRules).Read(
            "{\"id\":\"c\",\"attachments\":[{\"file\":\"IMG_2041.jpg\",\"alt\":\"patiënt in bed\"}],\"text\":\"Goedemorgen!\"}\n",
            "posts.jsonl",
            PostFormat.JsonLines);

        Ids(posts).Should().Contain("PL6004");
    }

    [Fact]
    public void Configuration_author_reaches_the_rules()
    {
        var configuration = new ConfigurationLoader(KnownRules).Parse("author:\n  specialty: dermatology\n  account: professional\n", ".postlint.yml");
        var linter = new PostLinter(configuration.Options);

        linter.Analyze(OutsideDermatology).Diagnostics.Select(d => d.Id).Should().Contain("PL5004");
        linter.Analyze(Hangover).Diagnostics.Select(d => d.Id).Should().Contain("PL6002");
    }

    [Fact]
    public void Without_any_profile_the_profile_rules_are_silent()
    {
        var posts = new PostReader(KnownRules).Read($"{OutsideDermatology}\n{Hangover}\n", "post.txt", PostFormat.Text);

        Ids(posts).Should().NotContain(["PL5004", "PL6002"]);
    }

    private static IEnumerable<string> Ids(IReadOnlyList<Post> posts)
    {
        var linter = new PostLinter();
        return posts.SelectMany(p => linter.Analyze(p).Diagnostics).Select(d => d.Id);
    }
}

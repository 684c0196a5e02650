using PostLint.Cli.Commands;
using PostLint.Cli.Inputs;
using PostLint.Cli.Tests.Infrastructure;

namespace PostLint.Cli.Tests.Commands;

/// <summary>The author profile reaches the analysed post from front matter, JSON Lines and .postlint.yml.</summary>
public sealed class PostCollectorTests : IDisposable
{
    private readonly Workspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void Front_matter_author_is_completed_from_the_configuration()
    {
        _workspace.Write(".postlint.yml", "author:\n  role: nurse\n  specialty: cardiology\n  account: professional\n");
        _workspace.Write("p.md", "---\nauthor:\n  specialty: dermatology\n  account: private\n---\nTekst\n");

        var analysed = AnalysedPosts("p.md").Single();

        analysed.Author.Should().Be(new AuthorProfile("nurse", "dermatology", AccountKind.Private), "the post's own fields win, the rest comes from configuration");
    }

    [Fact]
    public void Json_lines_author_reaches_the_post()
    {
        _workspace.Write("posts.jsonl", "{\"author\": {\"role\": \"gp\", \"specialty\": \"general practice\", \"account\": \"professional\"}, \"text\": \"Tekst\"}\n{\"text\": \"Zonder auteur\"}\n");

        var posts = AnalysedPosts("posts.jsonl");

        posts[0].Author.Should().Be(new AuthorProfile("gp", "general practice", AccountKind.Professional));
        posts[1].Author.Should().Be(AuthorProfile.Unknown);
    }

    [Fact]
    public void Configuration_author_applies_to_plain_text()
    {
        _workspace.Write("team/.postlint.yml", "author:\n  role: institution\n  account: professional\n");
        _workspace.Write("team/post.txt", "Tekst");

        AnalysedPosts("team/post.txt").Single().Author.Should().Be(new AuthorProfile("institution", null, AccountKind.Professional));
    }

    [Fact]
    public void Posts_under_different_configurations_get_different_linters()
    {
        _workspace.Write("a/.postlint.yml", "rules:\n  PL1003: error\n");
        _workspace.Write("a/x.txt", "Tekst");
        _workspace.Write("a/y.txt", "Tekst");
        _workspace.Write("b/z.txt", "Tekst");

        var posts = Collect("a", "b");

        posts[0].Linter.Should().BeSameAs(posts[1].Linter, "one linter per configuration file");
        posts[2].Linter.Should().NotBeSameAs(posts[0].Linter);
    }

    private List<Post> AnalysedPosts(params string[] paths) =>
        Collect(paths).Select(p => p.Linter.Analyze(p.Post).Post).ToList();

    private List<PostToCheck> Collect(params string[] paths)
    {
        var console = _workspace.Console();
        var items = new PostCollector(console, null, null).Collect(InputExpander.Expand(paths, console.CurrentDirectory)).ToList();
        items.Should().AllBeOfType<PostToCheck>();
        return items.Cast<PostToCheck>().ToList();
    }
}

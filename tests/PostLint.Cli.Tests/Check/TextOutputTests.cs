using PostLint.Cli.Tests.Infrastructure;

namespace PostLint.Cli.Tests.Check;

/// <summary>The default text report: compiler-style lines, the span underlined, a summary.</summary>
public sealed class TextOutputTests : IDisposable
{
    private readonly Workspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void Finding_is_located_quoted_underlined_and_summarised()
    {
        _workspace.Write("post.md", "---\nlang: nl\n---\nHoi,\nmail els.jansen1962@gmail.com even.\n");

        var run = _workspace.Run("check", "post.md");

        var lines = run.Stdout.Split('\n');
        lines[0].Should().StartWith("post.md:5:6: warning PL1003: E-mailadres 'els.jansen1962@gmail.com'");
        lines[1].Should().Be(" 5 | mail els.jansen1962@gmail.com even.");
        lines[2].Should().Be("   |      ^" + new string('~', 23), "the caret line covers the 24 characters of the address");
        lines[3].Should().StartWith("   = fix: ");
        run.Stdout.TrimEnd().Split('\n')[^1].Should().Be("1 post checked: 0 errors, 1 warning, 0 infos");
    }

    [Fact]
    public void Count_to_ten_reasons_are_printed()
    {
        _workspace.Write(".postlint.yml", "rules:\n  PL1003: error\n");
        _workspace.Write("post.txt", "Mail els.jansen1962@gmail.com even, dan weet de familie het.");

        var run = _workspace.Run("check", "post.txt");

        run.Stdout.Should().Contain("post.txt:1: tel tot tien (PL0001)")
            .And.Contain("Tel tot tien: 'els.jansen1962@gmail.com' (PL1003)");
    }

    [Fact]
    public void Summary_counts_an_advised_count_to_ten_as_an_info()
    {
        _workspace.Write("angry.txt", "Ik word er gek van, die klootzak van de apotheek weer.");
        _workspace.Write("calm.txt", "Fijne feestdagen allemaal, en dank aan het nachtteam!");

        var run = _workspace.Run("check", "angry.txt", "calm.txt");

        var verdicts = run.Stdout.Split('\n').Count(l => l.Contains("(PL0001)", StringComparison.Ordinal));
        verdicts.Should().Be(1, "only the angry post is advised to pause");
        var infos = run.Stdout.Split('\n').Count(l => l.Contains(": info PL", StringComparison.Ordinal));
        run.Stdout.TrimEnd().Split('\n')[^1].Should().EndWith($", {infos + verdicts} info" + (infos + verdicts == 1 ? string.Empty : "s"));
    }

    [Fact]
    public void Json_lines_posts_keep_a_clean_location_and_show_their_id_after_the_message()
    {
        _workspace.Write("posts.jsonl", "{\"id\": \"p1\", \"text\": \"Fijne dag!\"}\n{\"id\": \"p2\", \"lang\": \"en\", \"text\": \"Mail tom_r@outlook.co.uk\"}\n");

        var first = _workspace.Run("check", "posts.jsonl").Stdout.Split('\n')[0];

        first.Should().MatchRegex(@"^posts\.jsonl:2:\d+: warning PL1003: E-mail address .* \[p2\]$");
    }

    [Fact]
    public void Clean_run_says_so()
    {
        _workspace.Write("a.txt", "Fijne feestdagen allemaal!");
        _workspace.Write("b.txt", "Happy holidays, everyone!");

        _workspace.Run("check", ".").Stdout.Trim().Should().Be("2 posts checked: no findings");
    }

    [Fact]
    public void Colour_only_on_a_terminal()
    {
        _workspace.Write("post.txt", "Mail els.jansen1962@gmail.com even.");

        _workspace.Run("check", "post.txt").Stdout.Should().NotContain("\e[");
        _workspace.Run(_workspace.Console().AsTerminal(), "check", "post.txt").Stdout.Should().Contain("\e[");
    }

    [Fact]
    public void No_color_option_and_NO_COLOR_switch_colour_off()
    {
        _workspace.Write("post.txt", "Mail els.jansen1962@gmail.com even.");
        var noColorEnv = _workspace.Console().AsTerminal();
        noColorEnv.Environment["NO_COLOR"] = "1";

        _workspace.Run(_workspace.Console().AsTerminal(), "check", "--no-color", "post.txt").Stdout.Should().NotContain("\e[");
        _workspace.Run(noColorEnv, "check", "post.txt").Stdout.Should().NotContain("\e[");
    }
}

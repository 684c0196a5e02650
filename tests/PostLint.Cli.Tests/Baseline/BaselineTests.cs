using System.Text.Json;
using PostLint.Cli.Tests.Infrastructure;

namespace PostLint.Cli.Tests.Baseline;

/// <summary>`postlint baseline` records today's findings; `check --baseline` reports only new ones.</summary>
public sealed class BaselineTests : IDisposable
{
    private const string FrontMatter = "---\nid: week-47\nlang: nl\n---\n";
    private const string Known = "Mail de dochter via els.jansen1962@gmail.com voor het bezoek.";
    private const string Other = "Of bel de zoon, zijn adres is piet.devries77@hotmail.com zoals altijd.";

    private readonly Workspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void Baseline_writes_the_default_file_and_exits_0()
    {
        _workspace.Write("posts/week-47.md", FrontMatter + Known + "\n");

        var run = _workspace.Run("baseline", "posts");

        run.ExitCode.Should().Be(ExitCodes.Clean, run.Stderr);
        run.Stdout.Should().Contain(".postlint-baseline.json: recorded 1 findings in 1 of 1 files");
        var baseline = File.ReadAllText(Path.Combine(_workspace.Root, ".postlint-baseline.json"));
        using var json = JsonDocument.Parse(baseline);
        json.RootElement.GetProperty("kind").GetString().Should().Be("postlint-baseline");
        var finding = json.RootElement.GetProperty("findings").EnumerateArray().Should().ContainSingle().Subject;
        finding.GetProperty("ruleId").GetString().Should().Be("PL1003");
        finding.GetProperty("file").GetString().Should().Be("posts/week-47.md");
        baseline.Should().NotContain("els.jansen1962", "the baseline is committed and must not publish what the posts say");
    }

    [Fact]
    public void Known_finding_survives_lines_inserted_above_it()
    {
        _workspace.Write("post.md", FrontMatter + Known + "\n");
        _workspace.Run("baseline", "post.md").ExitCode.Should().Be(ExitCodes.Clean);
        _workspace.Write("post.md", FrontMatter + "Goedemorgen allemaal.\n\nEen nieuwe alinea bovenaan,\nover twee regels.\n\n" + Known + "\n");

        var run = _workspace.Run("check", "--baseline", ".postlint-baseline.json", "post.md");

        run.ExitCode.Should().Be(ExitCodes.Clean, run.Stdout);
        run.Stdout.Should().NotContain("PL1003")
            .And.Contain("1 post checked: no findings")
            .And.Contain("baseline .postlint-baseline.json: 1 known finding left out, 0 resolved");
    }

    [Fact]
    public void Known_finding_survives_its_paragraph_moving_below_another()
    {
        _workspace.Write("post.md", FrontMatter + Known + "\n\nTot morgen!\n");
        _workspace.Run("baseline", "post.md");
        _workspace.Write("post.md", FrontMatter + "Tot morgen!\n\n" + Known + "\n");

        _workspace.Run("check", "--baseline", ".postlint-baseline.json", "post.md").ExitCode.Should().Be(ExitCodes.Clean);
    }

    [Fact]
    public void New_finding_in_a_baselined_file_fails_the_run()
    {
        _workspace.Write("post.md", FrontMatter + Known + "\n");
        _workspace.Run("baseline", "post.md");
        _workspace.Write("post.md", FrontMatter + Known + "\n" + Other + "\n");

        var run = _workspace.Run("check", "--baseline", ".postlint-baseline.json", "post.md");

        run.ExitCode.Should().Be(ExitCodes.Findings);
        run.Stdout.Should().Contain("piet.devries77@hotmail.com").And.NotContain("els.jansen1962@gmail.com")
            .And.Contain("1 known finding left out");
    }

    [Fact]
    public void A_second_copy_of_a_known_sentence_is_new()
    {
        _workspace.Write("post.md", FrontMatter + Known + "\n");
        _workspace.Run("baseline", "post.md");
        _workspace.Write("post.md", FrontMatter + Known + "\n\n" + Known + "\n");

        _workspace.Run("check", "--baseline", ".postlint-baseline.json", "post.md").ExitCode.Should().Be(ExitCodes.Findings);
    }

    [Fact]
    public void Finding_fixed_since_the_baseline_counts_as_resolved()
    {
        _workspace.Write("post.md", FrontMatter + Known + "\n" + Other + "\n");
        _workspace.Run("baseline", "post.md");
        _workspace.Write("post.md", FrontMatter + Known + "\nOf bel de zoon.\n");

        var run = _workspace.Run("check", "--format", "json", "--baseline", ".postlint-baseline.json", "post.md");

        run.ExitCode.Should().Be(ExitCodes.Clean);
        var baseline = run.Json.GetProperty("summary").GetProperty("baseline");
        baseline.GetProperty("known").GetInt32().Should().Be(1);
        baseline.GetProperty("resolved").GetInt32().Should().Be(1);
        run.Json.GetProperty("posts")[0].GetProperty("diagnostics").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public void Findings_of_files_outside_the_run_are_not_counted_as_resolved()
    {
        _workspace.Write("a.md", FrontMatter + Known + "\n");
        _workspace.Write("b.md", FrontMatter + Other + "\n");
        _workspace.Run("baseline", "a.md", "b.md");

        var run = _workspace.Run("check", "--baseline", ".postlint-baseline.json", "a.md");

        run.Stdout.Should().Contain("1 known finding left out, 0 resolved");
    }

    [Fact]
    public void Sarif_marks_each_result_new_or_unchanged()
    {
        _workspace.Write("post.md", FrontMatter + Known + "\n");
        _workspace.Run("baseline", "post.md");
        _workspace.Write("post.md", FrontMatter + Known + "\n" + Other + "\n");

        var run = _workspace.Run("check", "--format", "sarif", "--baseline", ".postlint-baseline.json", "post.md");

        run.ExitCode.Should().Be(ExitCodes.Findings);
        var results = run.Json.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
        results.Select(r => (r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("snippet").GetProperty("text").GetString(), r.GetProperty("baselineState").GetString()))
            .Should().BeEquivalentTo(new[] { ("els.jansen1962@gmail.com", "unchanged"), ("piet.devries77@hotmail.com", "new") });
        results.Single(r => r.GetProperty("baselineState").GetString() == "unchanged")
            .GetProperty("suppressions")[0].GetProperty("kind").GetString().Should().Be("external");
        results.Single(r => r.GetProperty("baselineState").GetString() == "new").TryGetProperty("suppressions", out _).Should().BeFalse();
    }

    [Fact]
    public void Baseline_paths_are_relative_to_the_baseline_file_so_it_works_from_another_directory()
    {
        _workspace.Write("team/posts/post.md", FrontMatter + Known + "\n");
        _workspace.Run("baseline", "--output", "team/.postlint-baseline.json", "team/posts").ExitCode.Should().Be(ExitCodes.Clean);

        File.ReadAllText(Path.Combine(_workspace.Root, "team/.postlint-baseline.json")).Should().Contain("\"file\": \"posts/post.md\"");
        _workspace.Run("check", "--baseline", "team/.postlint-baseline.json", "team/posts/post.md").ExitCode.Should().Be(ExitCodes.Clean);
    }

    [Theory]
    [InlineData("{\"findings\": []}", "postlint: other.json: not a PostLint baseline (no \"kind\": \"postlint-baseline\"); make one with 'postlint baseline'")]
    [InlineData("{\"kind\": \"postlint-baseline\", \"version\": 1, \"findings\": [{\"ruleId\": \"PL1003\"", "postlint: other.json: corrupt baseline: invalid JSON at line 1; make it again with 'postlint baseline'")]
    [InlineData("{\"kind\": \"postlint-baseline\", \"version\": 1, \"findings\": [{\"ruleId\": \"PL1003\"}]}", "postlint: other.json: corrupt baseline: findings[0] needs a string \"file\"")]
    [InlineData("{\"kind\": \"postlint-baseline\", \"version\": 7, \"findings\": []}", "postlint: other.json: baseline version 7 is not supported (expected 1); make it again with 'postlint baseline'")]
    [InlineData("[1, 2, 3]", "postlint: other.json: not a PostLint baseline (no \"kind\": \"postlint-baseline\"); make one with 'postlint baseline'")]
    public void Baseline_that_is_not_ours_or_corrupt_is_one_line_and_exit_2(string content, string message)
    {
        _workspace.Write("post.md", FrontMatter + Known + "\n");
        _workspace.Write("other.json", content);

        var run = _workspace.Run("check", "--baseline", "other.json", "post.md");

        run.ExitCode.Should().Be(ExitCodes.UsageError);
        run.Stderr.Should().Be(message + Environment.NewLine);
        run.Stdout.Should().BeEmpty();
    }

    [Fact]
    public void Missing_baseline_is_exit_2()
    {
        _workspace.Write("post.md", FrontMatter + Known + "\n");

        var run = _workspace.Run("check", "--baseline", "nope.json", "post.md");

        run.ExitCode.Should().Be(ExitCodes.UsageError);
        run.Stderr.Trim().Should().Be("postlint: nope.json: no such baseline file; make one with 'postlint baseline'");
    }
}

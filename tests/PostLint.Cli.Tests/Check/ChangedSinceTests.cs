using PostLint.Cli.Tests.Infrastructure;

namespace PostLint.Cli.Tests.Check;

/// <summary>`check --changed-since REF` checks exactly the files added or modified since REF, committed or not.</summary>
public sealed class ChangedSinceTests : IDisposable
{
    private const string Post = "Dank aan alle collega's voor de rustige nachtdienst.\n";

    private readonly Workspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void Picks_exactly_the_added_and_modified_files()
    {
        GitRepository.Init(_workspace);
        _workspace.Write(".gitignore", "posts/ignored.md\n");
        foreach (var name in new[] { "unchanged", "modified-committed", "modified-uncommitted", "modified-staged", "deleted", "renamed" })
        {
            _workspace.Write($"posts/{name}.md", Post);
        }

        GitRepository.CommitAll(_workspace, "posts as they were");
        GitRepository.Git(_workspace, "tag", "base");
        _workspace.Write("posts/modified-committed.md", Post + "Tot morgen.\n");
        _workspace.Write("posts/added-committed.md", Post);
        File.Delete(Path.Combine(_workspace.Root, "posts/deleted.md"));
        GitRepository.Git(_workspace, "mv", "posts/renamed.md", "posts/renamed-to.md");
        GitRepository.CommitAll(_workspace, "week 48");
        _workspace.Write("posts/modified-uncommitted.md", Post + "Tot morgen.\n");
        _workspace.Write("posts/modified-staged.md", Post + "Tot overmorgen.\n");
        GitRepository.Git(_workspace, "add", "posts/modified-staged.md");
        _workspace.Write("posts/added-untracked.md", Post);
        _workspace.Write("posts/ignored.md", Post);
        _workspace.Write("elsewhere/added-untracked.md", Post);

        var run = _workspace.Run("check", "--changed-since", "base", "--format", "json", "posts");

        run.ExitCode.Should().Be(ExitCodes.Clean, run.Stderr);
        run.Json.GetProperty("posts").EnumerateArray().Select(p => p.GetProperty("source").GetString()).Should().Equal(
            "posts/added-committed.md",
            "posts/added-untracked.md",
            "posts/modified-committed.md",
            "posts/modified-staged.md",
            "posts/modified-uncommitted.md",
            "posts/renamed-to.md");
    }

    [Fact]
    public void Works_from_a_subdirectory_and_with_a_glob()
    {
        GitRepository.Init(_workspace);
        _workspace.Write("team/posts/old.md", Post);
        GitRepository.CommitAll(_workspace, "old");
        _workspace.Write("team/posts/new.md", Post);

        var console = new TestConsole(Path.Combine(_workspace.Root, "team"));
        var run = _workspace.Run(console, "check", "--changed-since", "HEAD", "--format", "json", "posts/*.md");

        run.Json.GetProperty("posts").EnumerateArray().Select(p => p.GetProperty("source").GetString()).Should().Equal("posts/new.md");
    }

    [Fact]
    public void Nothing_changed_checks_nothing_and_exits_0()
    {
        GitRepository.Init(_workspace);
        _workspace.Write("posts/a.md", "Mail de dochter via els.jansen1962@gmail.com voor het bezoek.\n");
        GitRepository.CommitAll(_workspace, "a");

        var run = _workspace.Run("check", "--changed-since", "HEAD", "posts");

        run.ExitCode.Should().Be(ExitCodes.Clean);
        run.Stdout.Should().Contain("0 posts checked: no findings");
    }

    [Fact]
    public void Unknown_ref_is_one_line_and_exit_2()
    {
        GitRepository.Init(_workspace);
        _workspace.Write("posts/a.md", Post);
        GitRepository.CommitAll(_workspace, "a");

        var run = _workspace.Run("check", "--changed-since", "origin/nope", "posts");

        run.ExitCode.Should().Be(ExitCodes.UsageError);
        run.Stderr.Should().Be("postlint: --changed-since: unknown git ref 'origin/nope'" + Environment.NewLine);
    }

    [Fact]
    public void Outside_a_git_repository_is_one_line_and_exit_2()
    {
        _workspace.Write("posts/a.md", Post);

        var run = _workspace.Run("check", "--changed-since", "main", "posts");

        run.ExitCode.Should().Be(ExitCodes.UsageError);
        run.Stderr.Should().Be($"postlint: --changed-since needs a git repository, and {_workspace.Root} is not inside one" + Environment.NewLine);
    }
}

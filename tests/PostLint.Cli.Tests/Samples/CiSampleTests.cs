using System.Diagnostics;
using System.Text.Json;
using PostLint.Cli.Tests.Infrastructure;
using YamlDotNet.RepresentationModel;

namespace PostLint.Cli.Tests.Samples;

/// <summary>
/// The PostLint steps of samples/ci/github-actions.yml, run as written with bash in a pull request's
/// git repository (base branch as origin/main), with the built `postlint` on the PATH; and the
/// pre-commit hook in a repository before and after its first commit.
/// </summary>
public sealed class CiSampleTests : IDisposable
{
    private const string Clean = "Dank aan alle collega's voor de rustige nachtdienst.\n";
    private const string Finding = "Mail de dochter via els.jansen1962@gmail.com voor het bezoek.\n";

    private readonly Workspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void Github_workflow_steps_annotate_the_changed_posts_and_write_sarif()
    {
        GitRepository.Init(_workspace);
        _workspace.Write("posts/old-with-finding.md", Finding);
        _workspace.Write("posts/old.md", Clean);
        GitRepository.CommitAll(_workspace, "posts on main");
        GitRepository.Git(_workspace, "update-ref", "refs/remotes/origin/main", "HEAD");
        _workspace.Write("posts/new.md", Finding);
        _workspace.Write("posts/old.md", Clean + "Tot morgen.\n");
        GitRepository.CommitAll(_workspace, "pull request");

        var (job, steps) = PostLintSteps();
        steps.Select(s => s.Name).Should().Equal("PostLint annotations", "PostLint SARIF");
        var environment = job.ToDictionary(e => e.Key, e => e.Value.Replace("${{ github.base_ref }}", "main", StringComparison.Ordinal));

        var annotations = Bash(steps[0].Run, environment);
        var sarif = Bash(steps[1].Run, environment);

        annotations.ExitCode.Should().Be(1, "the pull request adds a finding: " + annotations.Stderr);
        annotations.Stdout.Trim().Should().StartWith("::warning file=posts/new.md,line=1,col=21,").And.NotContain("old-with-finding");
        annotations.Stdout.Trim().Split('\n').Should().ContainSingle();
        sarif.ExitCode.Should().Be(0, sarif.Stderr);
        using var log = JsonDocument.Parse(File.ReadAllText(Path.Combine(_workspace.Root, "postlint.sarif")));
        var result = log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Should().ContainSingle().Subject;
        result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString().Should().Be("posts/new.md");
    }

    [Fact]
    public void Pre_commit_hook_checks_changed_posts_also_before_the_first_commit()
    {
        GitRepository.Init(_workspace);
        _workspace.Write("posts/a.md", Clean);
        var hook = File.ReadAllText(Repository.Path("samples/ci/pre-commit"));

        var first = Bash(hook, []);
        first.ExitCode.Should().Be(0, "the first commit has no HEAD yet and a clean post: " + first.Stderr);
        GitRepository.CommitAll(_workspace, "a");
        _workspace.Write("posts/b.md", Finding);

        var run = Bash(hook, []);

        run.ExitCode.Should().Be(1, run.Stderr);
        run.Stdout.Should().StartWith("posts/b.md:1:21: warning PL1003:").And.NotContain("checked", "the hook is quiet");
    }

    private static (Dictionary<string, string> Env, List<(string Name, string Run)> Steps) PostLintSteps()
    {
        var yaml = new YamlStream();
        using (var reader = new StreamReader(Repository.Path("samples/ci/github-actions.yml")))
        {
            yaml.Load(reader);
        }

        var jobs = (YamlMappingNode)((YamlMappingNode)yaml.Documents[0].RootNode)["jobs"];
        var job = (YamlMappingNode)jobs["postlint"];
        var env = ((YamlMappingNode)job["env"]).Children.ToDictionary(e => e.Key.ToString(), e => e.Value.ToString());
        var steps = ((YamlSequenceNode)job["steps"]).Children.Cast<YamlMappingNode>()
            .Where(s => s.Children.ContainsKey("run") && s["run"].ToString().StartsWith("postlint ", StringComparison.Ordinal))
            .Select(s => (s["name"].ToString(), s["run"].ToString()))
            .ToList();
        return (env, steps);
    }

    private (int ExitCode, string Stdout, string Stderr) Bash(string script, Dictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("bash")
        {
            WorkingDirectory = _workspace.Root,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(script);
        start.Environment["PATH"] = AppContext.BaseDirectory + Path.PathSeparator + start.Environment["PATH"];
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit(TimeSpan.FromMinutes(1)).Should().BeTrue();
        return (process.ExitCode, output, error.Result);
    }
}

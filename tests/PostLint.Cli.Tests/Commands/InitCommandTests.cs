using PostLint.Cli.Tests.Infrastructure;
using PostLint.Configuration;

namespace PostLint.Cli.Tests.Commands;

/// <summary>`postlint init` writes a commented .postlint.yml that loads, names its schema and holds the author profile.</summary>
public sealed class InitCommandTests : IDisposable
{
    private readonly Workspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void Options_become_the_author_profile()
    {
        var run = _workspace.Run("init", "--role", "nurse", "--specialty", "cardiology", "--account", "professional", "--lang", "nl");

        run.ExitCode.Should().Be(ExitCodes.Clean, run.Stderr);
        var configuration = Load();
        configuration.Options.Author.Should().Be(new AuthorProfile("nurse", "cardiology", AccountKind.Professional));
        configuration.Language.Should().Be(PostLanguage.Dutch);
    }

    [Fact]
    public void File_names_the_published_schema_on_its_first_line_and_explains_itself()
    {
        _workspace.Run("init", "--role", "gp");

        var text = File.ReadAllText(Path.Combine(_workspace.Root, ".postlint.yml"));
        text.Split('\n')[0].Should().Be("# yaml-language-server: $schema=" + ConfigurationSchema.Uri);
        ConfigurationSchema.Uri.Should().EndWith("/schema/postlint.schema.json", "the URL points at the schema the repository publishes");
        text.Should().Contain("# Per-rule severity").And.Contain("#   PL1003: error");
    }

    [Fact]
    public void On_a_terminal_without_options_it_asks()
    {
        var console = _workspace.Console().AsTerminal().Type("gp").Type("general practice").Type("private").Type("en");

        var run = _workspace.Run(console, "init");

        run.ExitCode.Should().Be(ExitCodes.Clean, run.Stderr);
        run.Stdout.Should().Contain("Your role").And.Contain("Account, professional or private");
        Load().Options.Author.Should().Be(new AuthorProfile("gp", "general practice", AccountKind.Private));
        Load().Language.Should().Be(PostLanguage.English);
    }

    [Fact]
    public void Without_a_terminal_or_options_the_author_is_left_as_a_commented_example()
    {
        var run = _workspace.Run("init");

        run.ExitCode.Should().Be(ExitCodes.Clean);
        Load().Options.Author.Should().Be(AuthorProfile.Unknown);
        File.ReadAllText(Path.Combine(_workspace.Root, ".postlint.yml")).Should().Contain("# author:");
    }

    [Theory]
    [InlineData("yes")]
    [InlineData("ward 3: cardiology")]
    [InlineData("#1 \"heart\" team")]
    public void Values_yaml_would_misread_are_quoted(string specialty)
    {
        _workspace.Run("init", "--specialty", specialty).ExitCode.Should().Be(ExitCodes.Clean);

        Load().Options.Author.Specialty.Should().Be(specialty);
    }

    [Fact]
    public void Existing_file_is_kept_unless_forced()
    {
        _workspace.Write(".postlint.yml", "language: nl\n");

        var run = _workspace.Run("init", "--role", "gp");

        run.ExitCode.Should().Be(ExitCodes.UsageError);
        run.Stderr.Should().Be("postlint: .postlint.yml already exists; pass --force to replace it" + Environment.NewLine);
        File.ReadAllText(Path.Combine(_workspace.Root, ".postlint.yml")).Should().Be("language: nl\n");
        _workspace.Run("init", "--role", "gp", "--force").ExitCode.Should().Be(ExitCodes.Clean);
        Load().Options.Author.Role.Should().Be("gp");
    }

    private PostLintConfiguration Load() =>
        new ConfigurationLoader(new PostLinter().SupportedDiagnostics.Select(d => d.Id)).Parse(File.ReadAllText(Path.Combine(_workspace.Root, ".postlint.yml")), ".postlint.yml");
}

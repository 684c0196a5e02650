using PostLint.Cli.Tests.Infrastructure;

namespace PostLint.Cli.Tests.Commands;

public sealed class ExplainCommandTests : IDisposable
{
    private readonly Workspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Theory]
    [InlineData("PL1003")]
    [InlineData("pl1003")]
    public void Prints_the_embedded_rule_page(string id)
    {
        var run = _workspace.Run("explain", id);

        run.ExitCode.Should().Be(0);
        run.Stdout.Should().StartWith("# PL1003: Personal e-mail address").And.Contain("## Fires on");
    }

    [Fact]
    public void Unknown_id_exits_2_with_the_nearest_ids()
    {
        var run = _workspace.Run("explain", "PL1030");

        run.ExitCode.Should().Be(ExitCodes.UsageError);
        run.Stderr.Trim().Should().Be("postlint: unknown rule ID 'PL1030'; did you mean PL1003 or PL1010?");
    }

    [Fact]
    public void Far_off_id_points_to_the_rule_list()
    {
        var run = _workspace.Run("explain", "hello");

        run.ExitCode.Should().Be(ExitCodes.UsageError);
        run.Stderr.Should().Contain("'postlint rules' lists them");
    }
}

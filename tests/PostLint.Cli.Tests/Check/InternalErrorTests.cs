using PostLint.Cli.Tests.Infrastructure;

namespace PostLint.Cli.Tests.Check;

/// <summary>Unexpected failures exit 3 with a short message; the stack trace only on request.</summary>
public sealed class InternalErrorTests : IDisposable
{
    private readonly Workspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void Unexpected_exception_exits_3_without_a_stack_trace()
    {
        var run = _workspace.Run(new FailingStdinConsole(_workspace.Root), "check", "-");

        run.ExitCode.Should().Be(ExitCodes.InternalError);
        run.Stderr.Should().StartWith("postlint: internal error: stdin exploded")
            .And.Contain("POSTLINT_DEBUG=1")
            .And.NotContain(" at ");
    }

    [Fact]
    public void POSTLINT_DEBUG_adds_the_stack_trace()
    {
        var console = new FailingStdinConsole(_workspace.Root);
        console.Environment["POSTLINT_DEBUG"] = "1";

        var run = _workspace.Run(console, "check", "-");

        run.ExitCode.Should().Be(ExitCodes.InternalError);
        run.Stderr.Should().Contain("System.InvalidOperationException: stdin exploded").And.Contain(" at ");
    }

    private sealed class FailingStdinConsole(string root) : TestConsole(root)
    {
        public override Stream OpenStandardInput() => throw new InvalidOperationException("stdin exploded");
    }
}

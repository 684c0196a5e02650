using System.Text.RegularExpressions;
using PostLint.Analysis;
using PostLint.Diagnostics;

namespace PostLint.Tests;

/// <summary>PL0002: the engine bounds the work per post and says so when a bound cuts a check short.</summary>
public class PostTooComplexTests
{
    private static readonly DiagnosticDescriptor Probe = new("PL9901", "Probe", DiagnosticCategory.Privacy, DiagnosticSeverity.Warning, "test", "A test rule.");

    [Fact]
    public void A_post_over_its_time_budget_stops_with_what_was_found_and_PL0002()
    {
        var linter = Warm(Linter(new SpinningAnalyzer(), TimeSpan.FromMilliseconds(50)));

        var result = linter.Analyze(new Post("Mevrouw Jansen op kamer 12, slow.") { Language = PostLanguage.English });

        var tooComplex = result.Diagnostics.Should().ContainSingle(d => d.Id == "PL0002").Subject;
        tooComplex.Message.Should().Be("Post too complex to check fully: checking stopped after 0.05 s. Later findings may be missing; shorten or split the post.");
        tooComplex.Span.Should().Be(new TextSpan(0, 0));
        result.Entities.Should().Contain(e => e.Type == EntityType.Room, "the recognizers finished before the budget ran out");
    }

    [Fact]
    public void A_regex_timeout_counts_as_the_budget_running_out_not_as_an_internal_error()
    {
        var linter = Linter(new TimingOutAnalyzer(), TimeSpan.FromSeconds(30));

        var result = linter.Analyze(new Post("Een gewoon bericht over de dienst, slow.") { Language = PostLanguage.Dutch });

        result.Diagnostics.Should().ContainSingle(d => d.Id == "PL0002")
            .Which.Message.Should().StartWith("Bericht te complex om volledig te controleren: de controle stopte na 30 s.");
    }

    [Fact]
    public void A_cancelled_caller_gets_an_exception_not_a_result()
    {
        var linter = Linter(new SpinningAnalyzer(), Timeout.InfiniteTimeSpan);
        using var client = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));

        var analyze = () => linter.Analyze(new Post("Een bericht, slow."), client.Token);

        analyze.Should().Throw<OperationCanceledException>();
    }

    [Fact]
    public void A_rule_stops_at_its_cap_and_PL0002_points_where_it_stopped()
    {
        var text = string.Concat(Enumerable.Repeat("x ", PostLinter.MaxDiagnosticsPerRule + 20));
        var linter = Linter(new EveryWordAnalyzer(), TimeSpan.FromSeconds(30));

        var result = linter.Analyze(new Post(text) { Language = PostLanguage.English });

        result.Diagnostics.Count(d => d.Id == Probe.Id).Should().Be(PostLinter.MaxDiagnosticsPerRule);
        var stopped = result.Diagnostics.Should().ContainSingle(d => d.Id == "PL0002").Subject;
        stopped.Span.Start.Should().Be(2 * PostLinter.MaxDiagnosticsPerRule, "the first unreported finding is the 101st word");
        stopped.Message.Should().Be($"Post too complex to check fully: PL9901 stopped after {PostLinter.MaxDiagnosticsPerRule} findings and reports nothing from here on.");
    }

    [Fact]
    public void A_rule_at_its_cap_is_no_longer_enabled_so_it_can_stop_working()
    {
        var analyzer = new EveryWordAnalyzer();
        Linter(analyzer, TimeSpan.FromSeconds(30)).Analyze(string.Concat(Enumerable.Repeat("x ", 500)));

        analyzer.WordsLookedAt.Should().Be(PostLinter.MaxDiagnosticsPerRule + 1);
    }

    [Fact]
    public void A_rule_under_its_cap_gets_no_PL0002()
    {
        var text = string.Concat(Enumerable.Repeat("x ", PostLinter.MaxDiagnosticsPerRule));

        var result = Linter(new EveryWordAnalyzer(), TimeSpan.FromSeconds(30)).Analyze(text);

        result.Diagnostics.Should().HaveCount(PostLinter.MaxDiagnosticsPerRule).And.OnlyContain(d => d.Id == Probe.Id);
    }

    [Fact]
    public void PL0002_can_be_switched_off_like_any_rule()
    {
        var options = new PostLinterOptions
        {
            TimeBudget = TimeSpan.FromMilliseconds(50),
            AdditionalAnalyzers = [new SpinningAnalyzer()],
            RuleSeverities = new Dictionary<string, DiagnosticSeverity?> { ["PL0002"] = null },
        };

        Warm(new PostLinter(options)).Analyze("Een bericht, slow.").Diagnostics.Should().NotContain(d => d.Id == "PL0002");
    }

    [Fact]
    public void A_cold_linter_runs_its_first_post_to_the_end()
    {
        var linter = Linter(new SlowFirstPostAnalyzer(), TimeSpan.FromMilliseconds(50));

        linter.Analyze("Een bericht, slow.").Diagnostics.Should().NotContain(d => d.Id == "PL0002", "loading and compiling is not the post's fault");
        linter.Analyze("Een bericht, slow.").Diagnostics.Should().Contain(d => d.Id == "PL0002");
    }

    [Fact]
    public void An_ordinary_post_is_checked_to_the_end()
    {
        new PostLinter().Analyze("Mevrouw Jansen ligt op kamer 12. Bel haar dochter op 06-12345678.")
            .Diagnostics.Should().NotContain(d => d.Id == "PL0002").And.Contain(d => d.Id == "PL1009");
    }

    private static PostLinter Linter(DiagnosticAnalyzer analyzer, TimeSpan budget) =>
        new(new PostLinterOptions { TimeBudget = budget, AdditionalAnalyzers = [analyzer] });

    // The clock runs once a linter has finished one analysis.
    private static PostLinter Warm(PostLinter linter)
    {
        linter.Analyze("Een gewoon bericht.");
        return linter;
    }

    // On a post that says "slow", works until told to stop, as a rule caught in a pathological post would.
    private sealed class SpinningAnalyzer : DiagnosticAnalyzer
    {
        public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Probe];

        public override void Analyze(AnalysisContext context)
        {
            while (context.Text.Contains("slow", StringComparison.Ordinal))
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                Thread.Sleep(5);
            }
        }
    }

    // The first post takes four times the budget, as a cold first post does, and then finishes; every later post works
    // until told to stop (at most a minute), so the test does not depend on how soon a loaded machine runs the budget's timer.
    private sealed class SlowFirstPostAnalyzer : DiagnosticAnalyzer
    {
        private int _posts;

        public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Probe];

        public override void Analyze(AnalysisContext context)
        {
            var work = Interlocked.Increment(ref _posts) == 1 ? 200 : 60_000;
            for (var slept = 0; slept < work; slept += 5)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                Thread.Sleep(5);
            }
        }
    }

    private sealed class TimingOutAnalyzer : DiagnosticAnalyzer
    {
        public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Probe];

        public override void Analyze(AnalysisContext context) =>
            throw new RegexMatchTimeoutException(context.Text, "(a+)+$", TimeSpan.FromMilliseconds(RegexLimits.MatchTimeoutMilliseconds));
    }

    // One finding per word, for as long as the rule stays enabled.
    private sealed class EveryWordAnalyzer : DiagnosticAnalyzer
    {
        public int WordsLookedAt { get; private set; }

        public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Probe];

        public override void Analyze(AnalysisContext context)
        {
            for (var i = 0; i < context.Text.Length && context.IsEnabled(Probe); i += 2)
            {
                WordsLookedAt++;
                context.Report(Probe, new TextSpan(i, i + 1), "x");
            }
        }
    }
}

using Xunit.Abstractions;

namespace PostLint.Tests.Functional;

/// <summary>
/// The tone functional suite as tests. The table is printed to the test output; read it with
/// <c>dotnet test tests/PostLint.Tests -c Release --filter FullyQualifiedName~ToneFunctional --logger "console;verbosity=detailed"</c>.
/// </summary>
public class ToneFunctionalTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("nl")]
    [InlineData("en")]
    public void The_suite_has_at_least_600_cases_over_20_functionalities_hateful_and_not(string language)
    {
        var cases = ToneFunctionalSuite.Load(language);

        cases.Should().HaveCountGreaterThanOrEqualTo(600);
        cases.Select(c => c.Functionality).Distinct().Should().HaveCountGreaterThanOrEqualTo(20);
        cases.Select(c => c.Text).Should().OnlyHaveUniqueItems();
        cases.GroupBy(c => c.Functionality).Should().OnlyContain(g => g.Select(c => c.ExpectTone).Distinct().Count() == 1, "a functionality is hateful or not");
        cases.Should().Contain(c => c.ExpectTone).And.Contain(c => !c.ExpectTone);
        cases.Count(c => c.IsTuning).Should().BeInRange(cases.Count * 2 / 5, cases.Count * 3 / 5, "the hash splits the cases about in half");
    }

    [Fact]
    public void Held_out_accuracy_per_language_does_not_fall_below_what_was_reached()
    {
        output.WriteLine(ToneFunctionalSuite.Table());

        ToneFunctionalSuite.Score("nl", tuning: false).Accuracy.Should().BeGreaterThanOrEqualTo(0.90, "reached 334/369 = 0.905 on the held-out half");
        ToneFunctionalSuite.Score("en", tuning: false).Accuracy.Should().BeGreaterThanOrEqualTo(0.89, "reached 361/402 = 0.898 on the held-out half");
    }
}

using PostLint.Tests.Verification;

namespace PostLint.Tests.Rules.Privacy;

public class BankAccountAnalyzerTests
{
    [Theory]
    [InlineData("Mijn patiënte kan de trap niet meer op. Doneren kan op {|PL1005:NL91 ABNA 0417 1643 00|} t.n.v. T. Hendriks. Delen mag!")]
    [InlineData("Zijn zoon vroeg of we het geld willen overmaken naar {|PL1005:NL91ABNA0417164300|}.")]
    [InlineData("Please chip in for Mrs Shaw's wheelchair: {|PL1005:GB82 WEST 1234 5698 7654 32|}, account name J Shaw.")]
    public void Fires_on_private_accounts(string markup) => Verify.Rule("PL1005", markup);

    [Theory]
    [InlineData("Doneren kan op NL91 ABNA 0417 1643 00 t.n.v. Stichting Vrienden van het Ziekenhuis. Dank u wel!")]
    [InlineData("Giften zijn welkom op NL91ABNA0417164300 van onze ANBI-stichting.")]
    [InlineData("Donate to our hospital charity: GB82 WEST 1234 5698 7654 32.")]
    [InlineData("Overmaken naar NL91ABNA0417164301 (fout controlegetal).")]
    public void Is_silent_on_organisation_accounts_and_invalid_numbers(string text) => Verify.Rule("PL1005", text);

    [Fact]
    public void Same_digits_fire_only_when_mod97_passes()
    {
        Verify.Rule("PL1005", "Overmaken naar {|PL1005:NL91ABNA0417164300|} graag.");
        Verify.Rule("PL1005", "Overmaken naar NL91ABNA0417164310 graag.");
    }

    [Fact]
    public void Fix_removes_the_account() => Verify.FixesResolve("PL1005", "Doneren kan op NL91 ABNA 0417 1643 00 t.n.v. T. Hendriks.");

    [Theory]
    [InlineData("De familie vroeg om het geld over te maken naar {|PL1005:nl91 abna 0417 1643 00|} op naam van de patiënt.")]
    [InlineData("Mevrouw haar iban: {|PL1005:nl91abna0417164300|}")]
    public void Fires_on_lower_case_accounts(string markup) => Verify.Rule("PL1005", markup);

    [Theory]
    [InlineData("mevrouw nl91 abna 0417 1643 01 stond op het briefje")]
    [InlineData("code ab12 cdef 3456 7890 12 voor de kluis")]
    public void Is_silent_on_lower_case_look_alikes_that_fail_mod97(string text) => Verify.Rule("PL1005", text);

    [Theory]
    [InlineData("Account number {|PL1005:31926819|}, sort code {|PL1005:60-16-13|} for the refund to his mum.")]
    [InlineData("Routing {|PL1005:021000021|} account {|PL1005:4470218865|}, please send the deposit back.")]
    [InlineData("Her bank account no. {|PL1005:12345678|} was on the photo of the form.")]
    public void Fires_on_labelled_account_numbers_sort_codes_and_routing_numbers(string markup) => Verify.Rule("PL1005", markup);

    [Theory]
    [InlineData("Routing 021000022 is not a valid routing number.")]
    [InlineData("Our account grew to 125000 followers this year!")]
    [InlineData("Account for 60-16-13 minutes of hands-on time in the course.")]
    [InlineData("Sort code changes will reach 1500000 customers next month.")]
    public void Is_silent_on_numbers_without_a_label_right_before_them_or_with_a_failing_check(string text) => Verify.Rule("PL1005", text);
}

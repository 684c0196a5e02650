using PostLint.Analysis;
using PostLint.Tests.Verification;

namespace PostLint.Tests.Recognizers.Identifiers;

public class IdNumberRecognizerTests
{
    [Theory]
    [InlineData("Bij de patiënt met dossiernummer {|ID_NUMBER:4471829|} ging het mis.")]
    [InlineData("Patiëntnummer: {|ID_NUMBER:12345678|}, graag terugbellen.")]
    [InlineData("patnr. {|ID_NUMBER:0098765|} staat verkeerd in het EPD.")]
    [InlineData("The patient (MRN {|ID_NUMBER:00458813|}) I saw on Tuesday.")]
    [InlineData("Hospital number {|ID_NUMBER:A1234567|} is wrong.")]
    [InlineData("Chase the CT report for NHS no. {|ID_NUMBER:943 476 5919|}, please.")]
    [InlineData("Her number is {|ID_NUMBER:401-023-2137|} on the referral.")]
    public void Finds_record_and_nhs_numbers(string markup) => Verify.Entities(EntityType.IdNumber, markup);

    [Theory]
    [InlineData("Our trial is registered as NCT05512344 and opens next month.")]
    [InlineData("Vacaturenummer 2024-117, reageren kan tot 31 januari.")]
    [InlineData("Ordernummer 4471829 is verzonden.")]
    [InlineData("Chase the CT report for NHS no. 943 476 5918, please.")]
    [InlineData("Apply via NHS Jobs (ref 312-AMU-2411).")]
    [InlineData("Call 020 794 60958 or 202 555 0143 for the desk.")]
    public void Ignores_trial_vacancy_order_numbers_and_failed_check_digits(string text) => Verify.Entities(EntityType.IdNumber, text);
}

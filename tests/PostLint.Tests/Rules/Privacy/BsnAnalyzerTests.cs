using PostLint.Tests.Verification;

namespace PostLint.Tests.Rules.Privacy;

public class BsnAnalyzerTests
{
    [Theory]
    [InlineData("Kan iemand me helpen? Het gaat om BSN {|PL1004:135119741|}, de verzekeraar weigert.")]
    [InlineData("Bij deze meneer (BSN {|PL1004:1112.22.333|}) geeft het EPD een waarschuwing.")]
    [InlineData("Sofinummer {|PL1004:123 456 782|} stond op het formulier.")]
    [InlineData("Patient's citizen service number {|PL1004:111222333|} was on the referral.")]
    [InlineData("Dossier van de patiënt: {|PL1004:111222333|}.")]
    public void Fires_on_numbers_that_pass_the_elfproef(string markup) => Verify.Rule("PL1004", markup);

    [Theory]
    [InlineData("Het gaat om BSN 135119742, de verzekeraar weigert.")]
    [InlineData("Sofinummer 123 456 789 stond op het formulier.")]
    [InlineData("Bestelnummer 146419506 staat klaar.")]
    [InlineData("Bestelnummer 111222333 staat klaar.")]
    [InlineData("Het winnende lot heeft nummer 123456782.")]
    [InlineData("Controleer het batchnummer: staat er 122252870 op de verpakking?")]
    [InlineData("Vacaturenummer 2024-117, reageren kan tot 31 januari.")]
    public void Is_silent_when_the_checksum_fails_or_the_number_is_named_as_something_else(string text) => Verify.Rule("PL1004", text);

    [Fact]
    public void Same_digits_fire_only_when_the_elfproef_passes()
    {
        Verify.Rule("PL1004", "BSN {|PL1004:111222333|}");
        Verify.Rule("PL1004", "BSN 111222334");
    }

    [Fact]
    public void Fix_removes_the_number() => Verify.FixesResolve("PL1004", "Het gaat om BSN 135119741.");

    [Theory]
    [InlineData("Collega had het burgerservicenummer: {|PL1004:123 456 782|} gewoon in de groepsapp gezet.")]
    [InlineData("burgerservicenummer:{|PL1004:123456782|} stond erbij")]
    [InlineData("Op de foto van de sticker stond haar bsn-nummer {|PL1004:123456782|}.")]
    public void Fires_on_split_and_labelled_numbers(string markup) => Verify.Rule("PL1004", markup);

    [Theory]
    [InlineData("Betalingskenmerk 123456782 bij je overboeking vermelden.")]
    [InlineData("Reserveringsnummer 123456782 voor het congres.")]
    [InlineData("Order no. 123 456 782 shipped today.")]
    [InlineData("Invoice 123456782 has been paid, thanks.")]
    [InlineData("PMID 123456782")]
    [InlineData("Ingeschreven bij de KvK onder nummer 12345678.")]
    public void Is_silent_on_payment_booking_and_publication_numbers(string text) => Verify.Rule("PL1004", text);
}

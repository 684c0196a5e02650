using PostLint.Tests.Verification;

namespace PostLint.Tests.Rules.Privacy;

public class NationalIdAnalyzerTests
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

    [Theory]
    [InlineData("Can radiology chase the CT report for NHS no. {|PL1004:845 372 8437|}?")]
    [InlineData("Her NHS number {|PL1004:943 476 5919|} was visible in the photo.")]
    [InlineData("Wie kan de uitslag van {|PL1004:943-476-5919|} opzoeken?")]
    public void Fires_on_nhs_numbers_with_a_valid_check_digit(string markup) => Verify.Rule("PL1004", markup);

    [Theory]
    [InlineData("Patient's SSN is {|PL1004:536-22-8147|}, can billing sort the claim?")]
    [InlineData("Her social security number {|PL1004:536228147|} was on the intake form.")]
    [InlineData("Found a wallet in the ER with a card: {|PL1004:412-67-3390|}. Anyone?")]
    [InlineData("My SSN is {|PL1004:078-05-1120|}, please update my file.")]
    public void Fires_on_us_social_security_numbers(string markup) => Verify.Rule("PL1004", markup);

    [Theory]
    [InlineData("Example on the SSA website: 078-05-1120 was printed on sample cards.")]
    [InlineData("Use 123-45-6789 as the test value in the training environment.")]
    [InlineData("SSN 666-22-8147 is not a number the SSA issues.")]
    [InlineData("SSN 536-00-8147 has an empty group.")]
    [InlineData("Order 536-22-8147 shipped on Monday.")]
    [InlineData("Call 536-22-8147 for the pharmacy.")]
    [InlineData("Case 412-67-3390 goes to the ethics committee.")]
    [InlineData("We saw 536228147 visitors on the website this year.")]
    public void Is_silent_on_sample_ssns_invalid_ranges_and_other_numbers(string text) => Verify.Rule("PL1004", text);

    [Theory]
    [InlineData("Meneer zijn rijksregisternummer {|PL1004:85.07.30-033.28|} stond op het etiket.")]
    [InlineData("Op het formulier stond {|PL1004:85.07.30-033.28|}, kan iemand dat weghalen?")]
    [InlineData("INSZ {|PL1004:85073003328|} staat nog in het verslag.")]
    [InlineData("Rijksregisternummer: {|PL1004:850730 033 28|}.")]
    public void Fires_on_belgian_national_register_numbers(string markup) => Verify.Rule("PL1004", markup);

    [Theory]
    [InlineData("Meneer zijn rijksregisternummer 85.07.30-033.29 stond op het etiket.")]
    [InlineData("Rijksregisternummer 85.13.30-033.28 bestaat niet: er is geen dertiende maand.")]
    [InlineData("Ons ondernemingsnummer is 85.07.30-033.28.")]
    [InlineData("Bel ons op 85073003328 voor een afspraak.")]
    [InlineData("Referentie 85073003328 bij je betaling vermelden.")]
    public void Is_silent_on_failed_checks_and_numbers_named_as_something_else(string text) => Verify.Rule("PL1004", text);

    [Theory]
    [InlineData("Patient's SSN is 536-22-8147, can billing sort the claim?")]
    [InlineData("Meneer zijn rijksregisternummer 85.07.30-033.28 stond op het etiket.")]
    [InlineData("Her NHS number 943 476 5919 was visible in the photo.")]
    public void Fix_removes_every_kind_of_number(string text) => Verify.FixesResolve("PL1004", text);

    [Theory]
    [InlineData("Her NHS number 943 476 5919 was visible in the photo.")]
    [InlineData("Patient's SSN is 536-22-8147, can billing sort the claim?")]
    [InlineData("Meneer zijn rijksregisternummer 85.07.30-033.28 stond op het etiket.")]
    [InlineData("Het gaat om BSN 135119741, de verzekeraar weigert.")]
    public void Every_national_identifier_is_an_error(string text) =>
        new PostLinter().Analyze(text).Diagnostics.Should().ContainSingle(d => d.Id == "PL1004")
            .Which.Severity.Should().Be(Diagnostics.DiagnosticSeverity.Error);

    [Theory]
    [InlineData("Her National Insurance number is {|PL1004:AB 12 34 56 C|}, can payroll check it?")]
    [InlineData("NI no: {|PL1004:AB123456C|}")]
    [InlineData("The form showed {|PL1004:JG 10 37 84 A|} under his name.")]
    [InlineData("SIN {|PL1004:046 454 286|} (Canada) was on the claim.")]
    [InlineData("Patient's passport number is {|PL1004:K12345678|}.")]
    [InlineData("Driver's license: {|PL1004:D1234567|} (CA)")]
    [InlineData("Tax ID {|PL1004:12-3456789|} for the practice owner")]
    [InlineData("social security no. {|PL1004:501 22 3344|}")]
    [InlineData("Rijbewijsnummer {|PL1004:5012345678|} stond op de kopie.")]
    public void Fires_on_insurance_passport_licence_and_tax_numbers_given_with_their_label(string markup) => Verify.Rule("PL1004", markup);

    [Theory]
    [InlineData("Order AB123456C shipped today.")]
    [InlineData("The part number is QQ 12 34 56 C in the catalogue.")]
    [InlineData("SIN 046 454 288 fails the check.")]
    [InlineData("Passport renewals take 10 weeks this summer.")]
    [InlineData("Bring your passport and driving licence to the appointment.")]
    [InlineData("The tax on 12000 euros of income is lower this year.")]
    [InlineData("Our original sin was ignoring 50000 nurses.")]
    public void Is_silent_on_codes_without_a_document_label_and_on_the_documents_named_without_a_number(string text) => Verify.Rule("PL1004", text);
}

using PostLint.Tests.Verification;

namespace PostLint.Tests.Rules.Privacy;

public class RecordNumberAnalyzerTests
{
    [Theory]
    [InlineData("Bij de patiënt met dossiernummer {|PL1007:4471829|} bleek de dosering oud.")]
    [InlineData("Reflection: the patient (MRN {|PL1007:00458813|}) taught me about grief.")]
    [InlineData("Ziekenhuisnummer {|PL1007:Z123456|} staat dubbel in het EPD.")]
    public void Fires_on_record_numbers(string markup) => Verify.Rule("PL1007", markup);

    [Theory]
    [InlineData("Our trial is registered as NCT05512344; recruitment opens next month.")]
    [InlineData("Solliciteren kan tot en met 31 januari, vacaturenummer 2024-117.")]
    [InlineData("Apply by 30 November via NHS Jobs (ref 312-AMU-2411).")]
    [InlineData("Can radiology chase the CT report for NHS no. 845 372 8438?")]
    public void Is_silent_on_trial_vacancy_numbers_and_failed_check_digits(string text) => Verify.Rule("PL1007", text);

    [Theory]
    [InlineData("Can radiology chase the CT report for NHS no. 845 372 8437?")]
    [InlineData("NHS number 943 476 5919 was visible in the photo.")]
    public void Leaves_nhs_numbers_to_the_national_id_rule(string text) => Verify.Rule("PL1007", text);

    [Theory]
    [InlineData("De patiënt met dossiernummer 4471829 kreeg de oude dosering.")]
    [InlineData("Het ziekenhuisnummer is Z123456, zag ik op de foto.")]
    public void Fix_removes_the_number(string text) => Verify.FixesResolve("PL1007", text);

    [Theory]
    [InlineData("patiëntnummer {|PL1007:1234567|} stond op de foto.")]
    [InlineData("Het patiëntnummer is {|PL1007:1234567|}, de foto staat online.")]
    [InlineData("MRN: {|PL1007:00123456|} for the guy with the fractured hip.")]
    public void Fires_on_numbers_after_is_and_colons(string markup) => Verify.Rule("PL1007", markup);

    [Theory]
    [InlineData("A record number 12500 of vaccinations given today!")]
    [InlineData("Weer een record number 15000 bezoekers op de open dag.")]
    [InlineData("DOI 10.1056/NEJMoa2034577 en PMID 33301246.")]
    public void Is_silent_on_record_highs_and_publication_ids(string text) => Verify.Rule("PL1007", text);

    [Theory]
    [InlineData("Vandaag de laatste sessie met cliënt {|PL1007:K-40913|}, wat een groei.")]
    [InlineData("Patient {|PL1007:PT204518|} keeps asking for the night nurse.")]
    [InlineData("Quick q: her CHI is {|PL1007:1204583218|} but the system can't find her.")]
    public void Fires_on_codes_after_the_word_for_the_patient_and_on_chi_numbers(string markup) => Verify.Rule("PL1007", markup);

    [Theory]
    [InlineData("Onze 100e patiënt 2025 kreeg vandaag een taart.")]
    [InlineData("Her CHI is 1204583217, or so the letter says.")]
    [InlineData("Tai chi improved balance in a study of 12045 adults over 65.")]
    public void Is_silent_on_counts_and_numbers_that_fail_the_chi_check(string text) => Verify.Rule("PL1007", text);

    [Theory]
    [InlineData("Patiëntnummer: {|PL1007:P-0093317|}")]
    [InlineData("Patient ID: {|PL1007:PT-0045521|}")]
    [InlineData("Polisnummer {|PL1007:Z456712309|} bij de zorgverzekeraar.")]
    [InlineData("Labnummer {|PL1007:L23-118904|} hemolyse, opnieuw prikken.")]
    [InlineData("Medicare number {|PL1007:2123 45670 1|}")]
    [InlineData("Member ID: {|PL1007:XJH449201773|}")]
    public void Fires_on_insurer_and_laboratory_numbers_and_codes_with_a_hyphen(string markup) => Verify.Rule("PL1007", markup);

    [Theory]
    [InlineData("Het polisnummer staat op je zorgpas.")]
    [InlineData("Medicare covers 80 percent of the cost for 65 million people.")]
    [InlineData("Lab results for 12000 patients were analysed in the study.")]
    public void Is_silent_on_the_labels_without_a_number(string text) => Verify.Rule("PL1007", text);

    [Theory]
    [InlineData("Zie het dossier van pt {|PL1007:88213377|} voor de foto's.")]
    [InlineData("Patient {|PL1007:4410982|} needs a repeat blood test.")]
    public void Fires_on_seven_digits_or_more_right_after_the_patient_word(string markup) => Verify.Rule("PL1007", markup);

    [Theory]
    [InlineData("Patiënt 12 op de lijst is vandaag gezien.")]
    [InlineData("Bel patiënt 0612345678 terug over de uitslag.")]
    public void Is_silent_on_counts_and_phone_numbers_after_the_patient_word(string text) => Verify.Rule("PL1007", text);
}

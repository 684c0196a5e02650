using PostLint.Analysis;
using PostLint.Tests.Verification;

namespace PostLint.Tests.Rules.Privacy;

/// <summary>
/// PL1001 on clinicians named where a record or letter credits them: a role field, a signature, a note's crediting phrase
/// beside other record details. The same colleague named in news, thanks or a welcome stays silent.
/// </summary>
public class ClinicianInRecordTests
{
    [Theory]
    [InlineData("Hoofdbehandelaar: dr. {|PL1001:J.W. Kroeze|}, internist")]
    [InlineData("Kopie aan: dr. {|PL1001:Verschuren|}, revalidatiearts")]
    [InlineData("Verwijzer: {|PL1001:M. Tjoa|}, huisarts")]
    [InlineData("Referring doctor: Dr {|PL1001:Amina Bello|}")]
    [InlineData("Copy to: Dr. {|PL1001:K. Lindqvist|}, rheumatology")]
    [InlineData("Van: {|PL1001:R. Doornbos|}, praktijkondersteuner\nAan: dr. {|PL1001:Smeets|}, psychiater")]
    [InlineData("Anaesthetist: Dr {|PL1001:Moreau|}; Surgeon: Mr {|PL1001:Achebe|}")]
    public void Fires_on_a_clinician_in_a_role_field(string markup) => Verify.Rule("PL1001", markup);

    [Theory]
    [InlineData("Patiënt geb. 12-03-1950, bekend met astma.\nMet collegiale groet,\n{|PL1001:H.J. Brinkman|}, kinderarts")]
    [InlineData("Kamer 12, opname voor observatie. Hoogachtend, {|PL1001:P. Sarmo|}")]
    [InlineData("Re: patient DOB 02/04/1961, chest pain on exertion. Yours sincerely, Dr {|PL1001:Olu Adebayo|}, Consultant Cardiologist")]
    public void Fires_on_the_signature_of_a_letter_beside_a_record_detail(string markup) => Verify.Rule("PL1001", markup);

    [Theory]
    [InlineData("Met collegiale groet,\n{|PL1001:H.J. Brinkman|}, kinderarts")]
    [InlineData("Dank voor de verwijzing. Met collegiale groeten, dr. {|PL1001:F. Aksoy|}")]
    public void Fires_on_the_signature_of_a_letter_between_clinicians(string markup) => Verify.Rule("PL1001", markup);

    [Theory]
    [InlineData("Beste collega's, morgen staken we voor betere zorg. Met vriendelijke groet, Anne de Vries, huisarts in Utrecht")]
    [InlineData("Open brief aan de minister over de wachtlijsten in de ggz. Hoogachtend, dr. P. Sarmo, psychiater")]
    [InlineData("Thank you all for a wonderful flu clinic weekend. Kind regards, Dr James Patel, GP partner")]
    public void Is_silent_on_a_clinician_signing_their_own_post_or_open_letter(string text) => Verify.Rule("PL1001", text);

    [Theory]
    [InlineData("Beoordeeld door dr. {|PL1001:Pranoto|} (AIOS interne), beleid afgesproken.")]
    [InlineData("Reviewed by Dr {|PL1001:Haddock|} (reg), plan to repeat bloods.")]
    [InlineData("Dhr. {|PL1001:Koopman|} vanmiddag gezien door dr. {|PL1001:Aalders|}, geen nieuwe klachten.")]
    [InlineData("cc: dr. {|PL1001:Haring|}, longarts; huisarts {|PL1001:B. Wolters|}")]
    [InlineData("Attending: Dr {|PL1001:Fenn|}. Also seen by nurse practitioner {|PL1001:Alice Moyo|}.")]
    public void Fires_on_a_note_crediting_a_clinician_beside_a_record_detail(string markup) => Verify.Rule("PL1001", markup);

    [Theory]
    [InlineData("Dr. Koster geeft donderdag een lezing over slaapapneu in het wijkcentrum.")]
    [InlineData("Welkom aan onze nieuwe kinderarts, dr. Iris Mulder, die vanaf maart ons team versterkt!")]
    [InlineData("Please welcome Dr. Samuel Osei, our new consultant in emergency medicine.")]
    [InlineData("Vandaag gezien door dr. Brouwer op de poli, wat een fijne arts.")]
    [InlineData("Met vriendelijke groet, het secretariaat van de polikliniek")]
    [InlineData("Kind regards, the Patient Advice and Liaison Service")]
    [InlineData("cc: raad van bestuur, afdeling communicatie")]
    [InlineData("Met vriendelijke groet, Sanne")]
    [InlineData("Kind regards, Sarah, Ward Manager")]
    [InlineData("Five sleep tips from: Dr. Rachel Kwan, sleep specialist")]
    [InlineData("Referred by your GP? Bring a list of your medicines.")]
    [InlineData("Vandaag een mooie lezing van dr. Peters en een workshop van huisarts Anja Vos.")]
    public void Is_silent_on_colleagues_in_news_and_on_headers_without_a_name(string text) => Verify.Rule("PL1001", text);

    [Fact]
    public void Fix_replaces_the_name_with_the_role()
    {
        Verify.FixesResolve("PL1001", "Behandelend arts: dr. P. Smit, longarts");
    }

    [Fact]
    public void The_credited_name_carries_how_it_was_credited()
    {
        var people = Verify.Entities(EntityType.Person, "Operateur: dr. {|PERSON:Vlaar|}; assistent: dr. {|PERSON:Oomen|}");

        people.Select(p => p.Attribute("credit")).Should().Equal("field", "field");
    }
}

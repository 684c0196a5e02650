using PostLint.Tests.Verification;

namespace PostLint.Tests.Rules.Privacy;

public class EmailAddressAnalyzerTests
{
    [Theory]
    [InlineData("Mail de dochter van mevrouw via {|PL1003:els.jansen1962@gmail.com|} voor het bezoek.")]
    [InlineData("Her son asked me to reply to {|PL1003:tom_r+nhs@outlook.co.uk|}, so I did.")]
    public void Fires_on_personal_addresses(string markup) => Verify.Rule("PL1003", markup);

    [Theory]
    [InlineData("Vragen? Mail naar info@huisartsenpraktijkdevaart.nl of bel de praktijk.")]
    [InlineData("Interested? Send your CV to vacancies@stmarys-hospital.org.uk before Friday.")]
    [InlineData("Volg ons op @zorg.nl en lees meer op www.zorg.nl/blog")]
    [InlineData("Use the address user@localhost for testing")]
    public void Is_silent_on_functional_mailboxes_and_look_alikes(string text) => Verify.Rule("PL1003", text);

    [Fact]
    public void Fix_removes_the_address() =>
        Verify.FixesResolve("PL1003", "Mail de dochter via els.jansen1962@gmail.com");

    [Theory]
    [InlineData("Afspraak maken? Mail naar afspraken@huisartsendebrug.nl of balie@huisartsendebrug.nl.")]
    [InlineData("Vragen over uw opname? Mail poli.cardiologie@ziekenhuis.nl")]
    [InlineData("Send referrals to referrals.cardiology@nhs.net please.")]
    [InlineData("Contact: secretariaat-chirurgie@umcg.nl")]
    public void Is_silent_on_department_mailboxes(string text) => Verify.Rule("PL1003", text);

    [Theory]
    [InlineData("Mail van de moeder van de patiënt: {|PL1003:m.devries@hotmail.com|}.")]
    [InlineData("Zijn zoon mailt steeds vanaf {|PL1003:jan.jansen75@gmail.com|} met klachten.")]
    public void Fires_on_personal_addresses_with_dots_and_digits(string markup) => Verify.Rule("PL1003", markup);

    [Theory]
    [InlineData("Mail mijn cliënte gerust op {|PL1003:greet.visser [at] ziggo.nl|}, ze vindt het goed.")]
    [InlineData("Her husband asked to be contacted at {|PL1003:d.morris (at) btinternet (dot) com|} about the discharge.")]
    [InlineData("De zoon van mijn patiënt wil gemaild worden op {|PL1003:k.bos@hetzorgbedrijf.nl|} over haar opname.")]
    [InlineData("Schrijf naar {|PL1003:piet@bouwbedrijfdekker.nl|}, hij weet ervan.")]
    [InlineData("You can reach Tom directly at {|PL1003:tom.walsh@acme-logistics.com|}.")]
    [InlineData("Mail {|PL1003:name at gmail dot com|} for the notes.")]
    public void Fires_on_obfuscated_and_private_addresses_and_addresses_in_a_care_story(string markup) => Verify.Rule("PL1003", markup);

    [Theory]
    [InlineData("Vacature verpleegkundige! Vragen? Mail Karin Mulder, teamleider: k.mulder@zorggroepnoord.nl.")]
    [InlineData("For an informal chat, contact Dr Amir Shah, Clinical Director: amir.shah@eastvale.nhs.uk")]
    [InlineData("Meer weten over het symposium? Mail p.dekker@umcnoord.nl.")]
    [InlineData("Jansen at Radboud dot com is no address.")]
    public void Is_silent_on_work_contacts_of_staff(string text) => Verify.Rule("PL1003", text);
}

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
}

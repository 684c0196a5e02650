using PostLint.Tests.Verification;

namespace PostLint.Tests.Rules.Confidentiality;

public class CredentialAnalyzerTests
{
    [Theory]
    [InlineData("Voor de nieuwe collega's: het wachtwoord van de medicijnkar is nog steeds {|PL3001:Welkom2024!|} 🙈")]
    [InlineData("Tip: de deurcode van de personeelsingang aan de achterkant is {|PL3001:2580#|}, handig als je je pasje vergeten bent.")]
    [InlineData("Het test-EPD: inloggen met gebruiker test / wachtwoord {|PL3001:test123|}. Graag testen!")]
    [InlineData("ww: {|PL3001:Zomer2026|} (niet doorvertellen)")]
    [InlineData("Inloggen op de afdelingscomputer met ww {|PL3001:Verpleging01|}, gebruikersnaam afd4oost.")]
    [InlineData("De code van de medicijnkast is {|PL3001:4711|}, de sleutel ligt in de la.")]
    [InlineData("Pincode van de afdelingstelefoon: {|PL3001:0852|}")]
    [InlineData("Wifi password for the doctors' mess at St Aidan's is {|PL3001:Scrubs4Life!|} if anyone on nights needs it")]
    [InlineData("FYI the door code is {|PL3001:4711#|} until Monday.")]
    [InlineData("The code for the drug cupboard is still {|PL3001:1966|}.")]
    [InlineData("Our ward's keysafe is {|PL3001:0420|} btw, spare keys are in there.")]
    [InlineData("Password: \"{|PL3001:banana|}\" for the shared laptop")]
    [InlineData("Even voor de invallers: de pincode van de medicatiekar op 3 Zuid is {|PL3001:7799|}.")]
    [InlineData("Wachtwoord van de gedeelde mailbox is weer gewijzigd, het is nu {|PL3001:Lente2026#|}")]
    [InlineData("the login for the theatre PCs is theatre / {|PL3001:Theatre2025|} if you get locked out")]
    public void Fires_on_passwords_and_access_codes(string markup) => Verify.Rule("PL3001", markup);

    [Theory]
    [InlineData("Our config leaked: aws_key {|PL3001:AKIAIOSFODNN7EXAMPLE|} in the repo")]
    [InlineData("token {|PL3001:ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789|}")]
    [InlineData("Slack bot: {|PL3001:xoxb-1234567890-abcdefghij|}")]
    [InlineData("Maps key {|PL3001:AIzaSyA1b2C3d4E5f6G7h8I9j0KlMnOpQrStUvW|} werkt weer")]
    [InlineData("curl -H 'Authorization: Bearer {|PL3001:9f8a7c6b5d4e3f2a1b0c9d8e7f6a|}'")]
    [InlineData("api_key={|PL3001:Zx81Qw72Er63Ty54Ui45Op36|}")]
    [InlineData("{|PL3001:eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U|}")]
    public void Fires_on_key_and_token_shapes(string markup) => Verify.Rule("PL3001", markup);

    [Theory]
    [InlineData("Wachtwoord vergeten? Klik hier om een nieuw wachtwoord aan te vragen.")]
    [InlineData("Never share your password, not even with IT.")]
    [InlineData("Use a strong password: at least 12 characters, and never reuse it.")]
    [InlineData("De code van de cursus is H-2026, aanmelden via de website.")]
    [InlineData("Je wachtwoord is persoonlijk. Deel het met niemand.")]
    [InlineData("Het wachtwoord moet minimaal 12 tekens lang zijn.")]
    [InlineData("Ik zit sinds 2019 in de WW en zoek werk in de zorg.")]
    [InlineData("Nooit je pincode aan iemand geven, ook niet aan de bank.")]
    [InlineData("The key takeaway from today: listen to your patients.")]
    [InlineData("Code oranje voor hitte vandaag, de code geldt tot 21:00.")]
    [InlineData("Gebruik code ZUSTER15 voor 15% korting!")]
    [InlineData("Het wachtwoord is [verwijderd] en de deurcode is [verwijderd].")]
    [InlineData("It claims to be a \u201Cpassword stealer\u201D and that you should call AOL.")]
    public void Is_silent_on_advice_and_look_alikes(string text) => Verify.Rule("PL3001", text);

    [Theory]
    [InlineData("het wachtwoord van de medicijnkar is Welkom2024!")]
    [InlineData("the door code is 4711#")]
    [InlineData("key: AKIAIOSFODNN7EXAMPLE")]
    public void Fix_removes_the_secret(string text) => Verify.FixesResolve("PL3001", text);

    [Theory]
    [InlineData("The code for the staff changing room is {|PL3001:4471|}, so no need to wait for security tonight.")]
    [InlineData("De code van de nieuwe medicijnkast is {|PL3001:8642|}.")]
    public void Fires_on_a_code_for_a_qualified_locked_object(string markup) => Verify.Rule("PL3001", markup);

    [Fact]
    public void Is_silent_on_a_code_for_an_object_without_a_value() =>
        Verify.Rule("PL3001", "The code for the new staff changing room rota is on the noticeboard.");

    // A lock and "code" or an opening verb in one sentence, in either order, with the digits plain, spaced or dashed.
    [Theory]
    [InlineData("De kluis op de verloskamers gaat open met {|PL3001:8023|}, de sleutels van de CTG-kast liggen erin.")]
    [InlineData("Spare keys are in the box by the back door, it opens with {|PL3001:3141|} since Monday.")]
    [InlineData("Code om de opiatenkast te openen: {|PL3001:2-7-1-8|}")]
    [InlineData("Voor de avonddienst: opiatenkast, code is {|PL3001:6 0 2 9|}.")]
    [InlineData("The keysafe at the side entrance has code {|PL3001:0707|} for the district nurses.")]
    [InlineData("Our sluice room keypad is {|PL3001:1793|} now, it was changed after the audit.")]
    [InlineData("Even voor de stagiairs: de medicatiekamer heeft code {|PL3001:5820|}.")]
    public void Fires_on_a_lock_with_its_code_anywhere_in_the_sentence(string markup) => Verify.Rule("PL3001", markup);

    [Theory]
    [InlineData("De kluis gaat open met je personeelspas, niet meer met een code.")]
    [InlineData("The back door opens with your badge from 07:00.")]
    [InlineData("We had a code blue on ward 4 tonight: 3 doctors there within a minute.")]
    [InlineData("Code rood op de afdeling: 2222 bellen en starten met reanimeren.")]
    [InlineData("The code of conduct for the ward is 12 pages long.")]
    [InlineData("De nieuwe kluis op de SEH is 1200 euro gaan kosten, zonde van het geld.")]
    [InlineData("Our ward opens with 2026 new beds planned across the trust.")]
    public void Is_silent_on_locks_without_their_code(string text) => Verify.Rule("PL3001", text);

    // A shared login written as a user name and a password.
    [Theory]
    [InlineData("Generic account for agency staff: username bank1, pass {|PL3001:Bank!2026|}")]
    [InlineData("Account voor de invalkrachten is invaller / {|PL3001:Inval2026|}, vraag het niet aan de servicedesk.")]
    public void Fires_on_a_shared_login(string markup) => Verify.Rule("PL3001", markup);

    [Theory]
    [InlineData("Can you pass me the 10mg tablets from the trolley?")]
    [InlineData("Proud of our students, 12 of them will pass A2 exams this year.")]
    [InlineData("Het account van de GGD is ggd.nl/vaccinatie, volg het voor updates.")]
    [InlineData("Het account van het ziekenhuis staat op 2024 / 2025 als beste werkgever.")]
    [InlineData("User feedback on the new app: pass rate for the login test was 98%.")]
    public void Is_silent_on_pass_and_account_in_ordinary_sentences(string text) => Verify.Rule("PL3001", text);

    [Theory]
    [InlineData("export ANTHROPIC_API_KEY={|PL3001:sk-ant-api03-Zq8wX1cV2bN3mA4sD5fG6hJ7kL8pO9iU0yT1rE2wQ3e|}")]
    [InlineData("Our chatbot key leaked: {|PL3001:sk-proj-Ab12Cd34Ef56Gh78Ij90Kl12Mn34Op56Qr78St90|}")]
    [InlineData("CI token for the rota repo: {|PL3001:glpat-Xy7Wv6Ut5Sr4Qp3On2Ml|}")]
    [InlineData("Posting to the team channel from the app: {|PL3001:https://hooks.slack.com/services/T1A2B3C4D/B5E6F7G8H/aBcDeFgHiJkLmNoPqRsTuVwX|}")]
    [InlineData("ROTA_APP_TOKEN={|PL3001:Zx81Qw72Er63Ty54Ui45Op36|}")]
    public void Fires_on_more_key_shapes(string markup) => Verify.Rule("PL3001", markup);

    [Theory]
    [InlineData("Our risk-assessment-template-for-the-new-ward-2026 is online.")]
    [InlineData("Join our Slack: https://join.slack.com/t/nurses-nl/shared_invite")]
    [InlineData("Read the docs at https://hooks.slack.com before building a bot.")]
    public void Is_silent_on_key_look_alikes(string text) => Verify.Rule("PL3001", text);

    // A question that asks for the credential, answered in the next clause.
    [Theory]
    [InlineData("Deurcode van de personeelsingang? Nog steeds {|PL3001:4739|}.")]
    [InlineData("Who knows the code for the sluice room? It's {|PL3001:8264|}, changed on Monday.")]
    [InlineData("What's the staff wifi password again? It's {|PL3001:Ward12Nights|} I think.")]
    [InlineData("Wachtwoord van de teamlaptop? {|PL3001:Zorg#2026|}, niet verder vertellen.")]
    [InlineData("Kun je niet inloggen op het roosterprogramma? Gebruik even het mijne: m.jansen / {|PL3001:Herfst2026|}")]
    public void Fires_on_a_credential_given_as_the_answer_to_a_question(string markup) => Verify.Rule("PL3001", markup);

    [Theory]
    [InlineData("Wachtwoord vergeten? Bel de servicedesk op 2400.")]
    [InlineData("What's the code for the car park? Ask security, they change it weekly.")]
    [InlineData("Wat is de deurcode? Die staat in het afdelingsoverleg, niet hier.")]
    [InlineData("Lost your password? Reset it at the self-service portal.")]
    [InlineData("Kun je niet inloggen? Meld het bij de ICT-servicedesk.")]
    [InlineData("Storing? Log in op http://192.168.10.24:8080/epd met je eigen account.")]
    public void Is_silent_on_a_question_answered_without_the_credential(string text) => Verify.Rule("PL3001", text);

    // A code typed in at a lock, before or after the verb.
    [Theory]
    [InlineData("Bij de achterdeur van de poli gewoon {|PL3001:6152|} intoetsen.")]
    [InlineData("Punch in {|PL3001:5947|} at the staff room door and you're in.")]
    [InlineData("Toets {|PL3001:4402|} in bij de kluis van de nachtdienst.")]
    public void Fires_on_a_code_typed_in_at_a_lock(string markup) => Verify.Rule("PL3001", markup);

    [Theory]
    [InlineData("Druk op de knop en toets je pincode in bij de pinautomaat.")]
    [InlineData("Enter the ward through door 3 after 20:00.")]
    [InlineData("Toets 112 in als de patiënt niet meer ademt, de deur van de kast staat open.")]
    public void Is_silent_on_typing_without_a_code(string text) => Verify.Rule("PL3001", text);

    // A link that opens something by itself: a key in its query, or a one-time or expiring link with a random part.
    [Theory]
    [InlineData("Eenmalige inloglink voor het portaal, na gebruik ongeldig: {|PL3001:https://portaal.example.nl/login/Zx82Kq19Lm44|}")]
    [InlineData("Shared folder with the rota, link expires Friday: {|PL3001:https://files.example.org/s/Pq7Rt2Wx9Yz4|}")]
    [InlineData("MDO via video: {|PL3001:https://meet.example.nl/j/8812345?pwd=Ab12Cd|}")]
    public void Fires_on_a_link_that_carries_its_key(string markup) => Verify.Rule("PL3001", markup);

    [Theory]
    [InlineData("Vul de enquête in via onze website: https://www.example-hospital.nl/enquete")]
    [InlineData("The webinar link expires after the session: https://www.example.org/webinar/register")]
    [InlineData("Search results: https://www.example.org/search?keyword=covid19&page=2")]
    public void Is_silent_on_public_links(string text) => Verify.Rule("PL3001", text);
}

using PostLint.Tests.Verification;

namespace PostLint.Tests.Rules.Professionalism;

public class PrivateChannelInvitationAnalyzerTests
{
    private static Post Professional(Post post) => post with { Author = new AuthorProfile("nurse", null, AccountKind.Professional) };

    private static Post Institution(Post post) => post with { Author = new AuthorProfile("institution", null, AccountKind.Professional) };

    [Theory]
    [InlineData("Patiënten met vragen na de operatie mogen me altijd bellen op {|PL6001:mijn privénummer|}.")]
    [InlineData("Voor al mijn cliënten: volg {|PL6001:mijn privéaccount|} voor extra oefeningen.")]
    [InlineData("Lieve ouders, {|PL6001:stuur me een DM|} als je kind nog klachten heeft.")]
    [InlineData("Patients, feel free to add me on {|PL6001:my personal Instagram|} after discharge.")]
    [InlineData("Families of our residents: {|PL6001:text me|} any time with questions.")]
    [InlineData("Nog vragen na je opname? {|PL6001:Whatsapp me|} gerust op 06-12345678!")]
    public void Fires_on_private_channels_offered_to_patients(string markup) => Verify.Rule("PL6001", markup, Professional);

    [Theory]
    [InlineData("Vragen over uw uitslag? Bel de praktijk of neem contact op via ons contactformulier.")]
    [InlineData("Interesse in de vacature? Stuur me een DM, dan vertel ik meer over het team.")]
    [InlineData("Zet nooit je privénummer in een bericht aan patiënten.")]
    [InlineData("Patients can reach the ward through the hospital switchboard at any time.")]
    [InlineData("Send me your thoughts on the new pain guideline before Friday's meeting.")]
    [InlineData("Stuur me je ideeën voor de nieuwe folder over koorts bij kinderen.")]
    public void Is_silent_on_professional_channels_and_advice(string text) => Verify.Rule("PL6001", text, Professional);

    [Theory]
    [InlineData("{|PL6001:DM me|} your scans and I'll have a look.")]
    [InlineData("{|PL6001:Add me|} on Facebook, I'll keep you posted on your results.")]
    [InlineData("{|PL6001:Send me|} your MRI and I'll tell you if you need surgery.")]
    [InlineData("Stuur me gerust een appje op {|PL6001:mijn privénummer|} als de pijn terugkomt.")]
    [InlineData("Bel me gerust op {|PL6001:mijn mobiel|} als je vragen hebt over je medicatie.")]
    [InlineData("Appje naar {|PL6001:mijn 06|} mag altijd. Groetjes aan al mijn patiënten!")]
    [InlineData("Twijfel over je moedervlek? {|PL6001:Stuur me|} een foto, dan kijk ik mee.")]
    [InlineData("Worried about your rash? {|PL6001:Send me|} a picture tonight.")]
    [InlineData("Is your son's eczema flaring again? {|PL6001:DM me|} a picture and I'll advise.")]
    public void Fires_when_the_reader_is_addressed_as_a_patient_through_their_own_care(string markup) => Verify.Rule("PL6001", markup, Professional);

    [Theory]
    [InlineData("Stuur me je cv als je interesse hebt in de vacature op onze afdeling.")]
    [InlineData("Send me your abstracts for the symposium by Friday.")]
    [InlineData("Volg mijn Instagram voor meer tips over gezonde voeding!")]
    [InlineData("Patients often ask where to find exercise tips: find me on Instagram.")]
    [InlineData("Patiënten kunnen mij bereiken via het telefoonnummer van de praktijk.")]
    [InlineData("Heeft u vragen over uw medicatie? Bel de apotheek op 010-1234567.")]
    [InlineData("Wij zoeken een verpleegkundige IC! Bekijk de vacature op onze website en solliciteer voor 1 juni.")]
    public void Is_silent_on_applicants_colleagues_and_public_pages(string text) => Verify.Rule("PL6001", text, Professional);

    [Theory]
    [InlineData("DM us for appointment questions, our team replies within one working day.")]
    [InlineData("Volg ons op Instagram! Patiënten vinden daar nieuws over de praktijk.")]
    [InlineData("Huisartsenpraktijk De Linde is bereikbaar op 030-1234567, spoed na 17:00 via de huisartsenpost.")]
    public void Is_silent_on_an_institution_giving_its_public_routes(string text) => Verify.Rule("PL6001", text, Institution);

    [Fact]
    public void An_institution_inviting_direct_messages_is_service() =>
        Verify.Rule("PL6001", "Vragen over parkeren of bezoektijden? Patiënten en bezoekers kunnen ons een DM sturen of DM me via de balie-account.", Institution);

    [Theory]
    [InlineData("Sneller antwoord? Volg {|PL6001:mijn persoonlijke TikTok|}, sneller dan via de praktijk.")]
    [InlineData("Add me on {|PL6001:my personal Snapchat|} for tips between appointments.")]
    [InlineData("Massage at home, cash only. {|PL6001:DM this account|}, not the clinic.")]
    [InlineData("Plan een consult via {|PL6001:mijn eigen bedrijf|}, buiten de praktijk om.")]
    public void Fires_on_owned_channels_and_bypassing_the_practice(string markup) => Verify.Rule("PL6001", markup, Professional);

    [Theory]
    [InlineData("Net een {|PL6001:vriendschapsverzoek van een patiënt|} geaccepteerd, gezellig!")]
    [InlineData("I've been {|PL6001:dating a former patient|} since spring.")]
    public void Fires_on_a_personal_tie_with_a_patient(string markup) => Verify.Rule("PL6001", markup, Professional);

    [Theory]
    [InlineData("Vriendschapsverzoeken van patiënten accepteer ik nooit, hoe aardig ook.")]
    [InlineData("Is dating a former patient ever acceptable? A thread on the GMC guidance.")]
    [InlineData("Keep your patients' records up to date after every visit.")]
    [InlineData("Our clinic's Snapchat has exercise tips for patients every week.")]
    public void Is_silent_on_refused_ties_questions_and_the_practice_channel(string text) => Verify.Rule("PL6001", text, Professional);

    // An invitation that calls itself private, and a personal tie with someone the author treated.
    [Theory]
    [InlineData("Vragen over je hechtingen? {|PL6001:App me gerust privé|}, dan kijk ik even mee.")]
    [InlineData("Parents, if your baby's temperature worries you tonight, {|PL6001:message me privately|}.")]
    [InlineData("Ik heb {|PL6001:gezoend met iemand die ik vorig jaar heb behandeld|}, oeps.")]
    public void Fires_on_private_invitations_and_ties_phrased_otherwise(string markup) => Verify.Rule("PL6001", markup);

    [Theory]
    [InlineData("A patient asked me out after her discharge; I declined and told my manager.")]
    [InlineData("Bij koorts van je kind: bel de huisartsenpost via 088 123 4567.")]
    [InlineData("Went on a date with my husband last night, first time since the baby 😍")]
    [InlineData("Thanks for your kind words, everyone!")]
    public void Is_silent_on_refusals_public_numbers_and_private_life(string text) => Verify.Rule("PL6001", text);

    [Fact]
    public void Fires_on_seeing_a_former_patient() =>
        Verify.Rule("PL6001", "I have {|PL6001:been seeing a former patient|} for a while now ❤️");
}

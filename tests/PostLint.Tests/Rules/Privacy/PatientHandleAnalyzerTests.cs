using PostLint.Tests.Verification;

namespace PostLint.Tests.Rules.Privacy;

public class PatientHandleAnalyzerTests
{
    [Theory]
    [InlineData("Eindelijk mag {|PL1011:@lotte_vd_berg|} naar huis na zes weken bij ons op de afdeling 🎉")]
    [InlineData("Zes maanden na zijn kruisbandreconstructie liep Daan ({|PL1011:@daan.runs.again|}) de marathon.")]
    [InlineData("Tagging {|PL1011:@jess_fights_lupus|} who finally got discharged today!")]
    [InlineData("{|PL1011:@mark_r|} thanks for trusting us with your surgery, see you at the check-up.")]
    public void Fires_on_patients_tagged_in_posts_about_their_care(string markup) => Verify.Rule("PL1011", markup);

    [Theory]
    [InlineData("@DaveK_1972 with those symptoms you should double your dose and see how you feel.")]
    [InlineData("@Petra_R als je zoveel blauwe plekken krijgt, stop dan met je bloedverdunners.")]
    [InlineData("Great talk on discharge planning by @drjansen at the congress.")]
    [InlineData("Dank aan collega @ilse_vpk voor de overdracht op de afdeling.")]
    [InlineData("Volg @NHSEngland voor het laatste nieuws over opnames.")]
    [InlineData("Mail me at petra@example.org after your appointment.")]
    public void Is_silent_on_askers_colleagues_institutions_and_emails(string text) => Verify.Rule("PL1011", text);

    [Theory]
    [InlineData("Eindelijk mag @lotte_vd_berg naar huis!")]
    [InlineData("Tagging @jess_fights_lupus who got discharged today.")]
    public void Fix_replaces_the_handle(string text) => Verify.FixesResolve("PL1011", text);

    [Theory]
    [InlineData("mijn patiënt {|PL1011:@janjansen75|} heeft net zijn eerste marathon gelopen!")]
    [InlineData("Een kaartje van {|PL1011:@lotte_b99|}, mijn oud-patiënte. Zo lief.")]
    public void Fires_on_handles_called_the_authors_patient(string markup) => Verify.Rule("PL1011", markup);

    [Theory]
    [InlineData("Mijn patiënt vroeg naar het standpunt van @KNMG over euthanasie.")]
    [InlineData("Mooi stuk van @NVvP over mijn patiënt met een psychose.")]
    [InlineData("Mooie paper door @jdevries over mijn patiënt met ALS-achtige klachten.")]
    [InlineData("@janjansen Goede vraag! Mijn patiënten vragen dit ook vaak.")]
    [InlineData("Nieuwe blog van mij staat online, volg @dokterjan!")]
    [InlineData("Goed nieuws van @UMCUtrecht over de nieuwe SEH.")]
    public void Is_silent_on_sources_authors_and_patients_in_general(string text) => Verify.Rule("PL1011", text);

    [Theory]
    [InlineData("New podcast! Dr. Ann Reyes from @HealthTalkVideos explains how vaccines work for patients on dialysis.")]
    [InlineData("@kees_b @annavdm Volgens mij worden patiënten juist wel verplaatst naar andere ziekenhuizen.")]
    [InlineData("Dank aan @IC_Noorderhuis voor de zorg voor onze patiënten dit jaar.")]
    [InlineData("Kijk de uitzending terug via @ZorgNieuwsTV over de opname van kinderen op de IC.")]
    public void Is_silent_on_channels_units_and_everyone_a_reply_is_addressed_to(string text) => Verify.Rule("PL1011", text);

    [Theory]
    [InlineData("Zes maanden behandeling voor eczeem. Zo blij voor {|PL1011:@lisa.vdmeer|} dat ze weer korte mouwen draagt!")]
    [InlineData("{|PL1011:@jolien_b|} zoals ik op het spreekuur al zei: neem je medicatie gewoon door.")]
    [InlineData("Look at {|PL1011:@ryan_h_runs|} back on the pitch after his knee injury!")]
    public void Fires_on_patients_tagged_after_their_treatment_or_in_a_reply_about_it(string markup) => Verify.Rule("PL1011", markup);

    [Theory]
    [InlineData("Zo blij voor @Sanquin: dankzij de donoren kon onze patiënt vandaag geopereerd worden.")]
    [InlineData("Vandaag naar huis na de operatie, dank @Isala voor de goede zorg!")]
    [InlineData("Na de operatie verwees ik haar naar @Thuisarts voor uitleg over de wondzorg.")]
    [InlineData("Mooi dat @UZA_Antwerpen de revalidatie na een heupoperatie zo goed uitlegt.")]
    [InlineData("Thanks @GGDKennemerland for the flu jabs on our ward today.")]
    [InlineData("Mijn patiënt las het stuk van @hln_be over zijn ziekte en was er blij mee.")]
    public void Is_silent_on_accounts_of_listed_health_bodies_hospitals_and_media(string text) => Verify.Rule("PL1011", text);

    [Theory]
    [InlineData("Eindelijk mag {|PL1011:@femke_loopt|} na haar operatie in @Isala naar huis!")]
    [InlineData("Dank {|PL1011:@gerda_1950|} voor de taart na je opname, van het hele team van @Rijnstate.")]
    [InlineData("Zo trots op {|PL1011:@mind_over_pain|}: na zes weken revalidatie bij ons op de afdeling weer aan het werk.")]
    public void Fires_on_patients_tagged_beside_a_listed_body_or_with_a_name_that_starts_like_one(string markup) => Verify.Rule("PL1011", markup);

    [Theory]
    [InlineData("{|PL1011:@mila_vecht|}'s last scan showed no tumour at all, so happy for her")]
    [InlineData("{|PL1011:@thijs.bakker|} ligt sinds vanochtend op de IC na een ongeluk, denk aan hem")]
    [InlineData("Sterkte {|PL1011:@annekedekker|} met de chemo deze week!")]
    [InlineData("So proud of {|PL1011:@ben_oduya|}, two years cancer free today")]
    [InlineData("Wat een kanjer is {|PL1011:@roosmarijn_vd|}, drie weken na haar beroerte al weer aan het werk")]
    [InlineData("Na een week IC mag {|PL1011:@wouterjansen|} naar de afdeling")]
    public void Fires_on_patients_spoken_about_in_the_third_person_or_wished_well(string markup) => Verify.Rule("PL1011", markup);

    [Theory]
    [InlineData("@WHO has warned about measles outbreaks across Europe this winter.")]
    [InlineData("@NIHgov is funding new research into long covid in children.")]
    [InlineData("@Kankerbestrijding heeft een nieuwe campagne over darmkanker gelanceerd.")]
    [InlineData("@annajansen is dat zo? Wij zien deze winter juist minder griep op de IC.")]
    [InlineData("Trots op @femke_smit, die vandaag promoveerde op haar onderzoek naar sepsis!")]
    [InlineData("Great interview with @drsarahlee about diabetes in pregnancy.")]
    [InlineData("@petervisser was het maar zo simpel, een operatie plannen duurt maanden.")]
    public void Is_silent_on_agencies_replies_and_researchers_beside_a_disease(string text) => Verify.Rule("PL1011", text);

    [Theory]
    [InlineData("Onze patiënte heeft na een lange opname een crowdfunding gestart: {|PL1011:https://www.doneeractie.nl/voor-sanne-en-de-baby|}")]
    [InlineData("Fundraiser for Tyler's chemo: {|PL1011:https://www.gofundme.com/f/help-tyler-beat-leukemia|}")]
    [InlineData("Follow Amy Brooks's recovery on her personal blog {|PL1011:amybrooksrecovers.blogspot.com|}")]
    [InlineData("Our patient Linda was discharged today, her profile: {|PL1011:https://www.facebook.com/linda.marsh.1975|}")]
    [InlineData("Mijn patiënt wilde dat ik zijn verhaal deel: {|PL1011:instagram.com/@kees_geeft_niet_op|}")]
    public void Fires_on_links_to_a_patients_own_profile_fundraiser_or_blog(string markup) => Verify.Rule("PL1011", markup);

    [Theory]
    [InlineData("Volg ons op https://www.facebook.com/rivm voor het laatste nieuws over de griep.")]
    [InlineData("Follow me on instagram.com/dr.jansen for tips after your surgery.")]
    [InlineData("Our ward's fundraiser for a new family room: https://www.justgiving.com/ward-7-hospital-appeal")]
    [InlineData("Share this video with patients: https://www.youtube.com/watch?v=abc123 explains the operation.")]
    [InlineData("Read my blog about night shifts: nightnurse.blogspot.com")]
    [InlineData("Join the group https://www.facebook.com/groups/longcovidnl for support after your diagnosis.")]
    public void Is_silent_on_organisations_the_authors_own_and_the_sites_own_pages(string text) => Verify.Rule("PL1011", text);
}

using PostLint.Tests.Verification;

namespace PostLint.Tests.Rules.Privacy;

public class PatientNameAnalyzerTests
{
    [Theory]
    [InlineData("Vandaag afscheid genomen van mevrouw {|PL1001:Jansen|} op kamer 12.")]
    [InlineData("Recept binnen voor mevrouw {|PL1001:A. Smit|}: dubbele paracetamol.")]
    [InlineData("Nachtdienst. Dhr. {|PL1001:P. de Boer|} was er weer met pijn op de borst.")]
    [InlineData("Mijn patiënt {|PL1001:Kees Meijer|} (hij vond het goed dat ik dit deel) is een jaar rookvrij.")]
    [InlineData("Welkom op de wereld, kleine {|PL1001:Noah van Leeuwen|}! Papa {|PL1001:Bram|} en mama {|PL1001:Sanne|}, gefeliciteerd.")]
    [InlineData("Op de foto: {|PL1001:Sem|} (7) met verpleegkundige Ilse.")]
    [InlineData("Een pasje op naam van {|PL1001:M. de Groot|} gevonden.")]
    public void Fires_on_dutch_patients_relatives_and_private_persons(string markup) => Verify.Rule("PL1001", markup);

    [Theory]
    [InlineData("Shoutout to Mrs {|PL1001:Margaret Thompson|} who taught half the ward to knit.")]
    [InlineData("Thank you {|PL1001:Doris Evans|} for your lovely letter about your stay on our stroke unit.")]
    [InlineData("Happy birthday to our resident {|PL1001:Bill Cartwright|} who turns 98 today!")]
    [InlineData("Dear Mr {|PL1001:Gordon Whitfield|}: missing four appointments is a bit rich.")]
    [InlineData("Congratulations to {|PL1001:Priya|} and {|PL1001:Tom Shah|} on the arrival of baby {|PL1001:Aria|}!")]
    public void Fires_on_english_patients_and_relatives(string markup) => Verify.Rule("PL1001", markup);

    [Theory]
    [InlineData("{|PL1001:Mary|} in bed 6 told me about her husband {|PL1001:George|} who served in the navy.")]
    [InlineData("Meneer {|PL1001:Willems|} op bed 3 vroeg om zijn dochter {|PL1001:Linda|} te bellen.")]
    [InlineData("Gisteren is meneer {|PL1001:Hoekstra|} overleden. Wat een mooie man.")]
    [InlineData("Discharged to home care today. Next of kin: {|PL1001:Michael O'Brien|} (son).")]
    [InlineData("Next of kin: {|PL1001:Sarah Patel|} (daughter), call before noon.")]
    [InlineData("Patiënt vandaag opgenomen op de afdeling; contactpersoon {|PL1001:Anouk Smit|} (dochter) is ingelicht.")]
    public void Fires_on_names_placed_in_a_bed_or_next_to_relatives(string markup) => Verify.Rule("PL1001", markup);

    [Theory]
    [InlineData("Trots op Fleur en Daan, onze nieuwe leerlingen op de afdeling!")]
    [InlineData("Dank aan Petra Jansen voor de fijne samenwerking bij het symposium.")]
    [InlineData("Thanks to Jane Hughes for organising the conference on frailty.")]
    [InlineData("James Parkinson beschreef in 1817 de ziekte die nu zijn naam draagt.")]
    [InlineData("Zuster Annie en broeder Kees hadden nachtdienst, samen met stagiaire Lisa op kamer 5.")]
    [InlineData("Interesting interview with Chris Whitty on the BBC about winter pressures.")]
    [InlineData("We are delighted to welcome Sarah Mitchell as our new Director of Nursing.")]
    [InlineData("Wij zoeken een verpleegkundige. Informatie: Mark de Vries, 06-12345678.")]
    [InlineData("Mijn zoon Thijs is vandaag 18 geworden. Waar blijft de tijd!")]
    [InlineData("Listening to Adam Kay's book on the train. Brilliant and painful.")]
    public void Is_silent_on_learners_collaborators_and_historical_figures(string text) => Verify.Rule("PL1001", text);

    [Theory]
    [InlineData("Promotie! Vrijdag verdedigt onze collega Thomas Wielinga zijn proefschrift.")]
    [InlineData("Op 14 maart verdedigt Sanne Koopmans haar proefschrift. Promotor: prof. dr. Marieke Hofstra. Succes, Sanne!")]
    [InlineData("Met diëtist Joyce en internist dr. Willem Hoekman. Vragen? Bel teamleider Ingrid van Dam.")]
    [InlineData("Vandaag bracht minister Annelies van Oosten een werkbezoek aan onze IC.")]
    [InlineData("Met verslagenheid melden wij het overlijden van onze collega Jeroen Dijkstra.")]
    [InlineData("Trots op onze praktijkondersteuner Yvonne, die haar opleiding heeft afgerond!")]
    [InlineData("Hoi allemaal, ik ben Marloes, 34, en heb de ziekte van Crohn.")]
    [InlineData("De ziekte van Parkinson is meer dan trillen. Zie de Parkinson Vereniging.")]
    [InlineData("Behandeld in het Antoni van Leeuwenhoek.")]
    [InlineData("Marieke zit al drie maanden thuis.")]
    public void Is_silent_on_dutch_staff_public_figures_self_and_eponyms(string text) => Verify.Rule("PL1001", text);

    [Theory]
    [InlineData("Worth a listen: WHO Director-General Dr Tedros Adhanom Ghebreyesus on heart disease.")]
    [InlineData("Congratulations to Dr Helen Osei, who defended her PhD thesis today!")]
    [InlineData("Meet Sarah, one of our ward sisters, who ran the London Marathon.")]
    [InlineData("Prof. James Okonkwo has been appointed Clinical Director of Cardiology.")]
    [InlineData("Hi all, I'm Graham, 61, diagnosed with Parkinson's two years ago.")]
    [InlineData("Florence Nightingale would have loved a spreadsheet.")]
    [InlineData("Living with Down syndrome and Hashimoto's: a guide.")]
    public void Is_silent_on_english_staff_public_figures_self_and_eponyms(string text) => Verify.Rule("PL1001", text);

    [Theory]
    [InlineData("Mijn patiënt is opgenomen; tante {|PL1001:Jenny|} kwam op bezoek.")]
    [InlineData("Oma {|PL1001:Truus|} ligt sinds gisteren bij ons op de afdeling.")]
    [InlineData("Haar oom {|PL1001:Kees|} belde over de uitslag.")]
    [InlineData("De dochter van mijn patiënt, {|PL1001:Jenny|}, belde vanochtend.")]
    [InlineData("Mevrouw {|PL1001:Bakker|}'s husband {|PL1001:Kees|} came to the ward today.")]
    [InlineData("His wife {|PL1001:Mary|} came to the ward after his surgery.")]
    [InlineData("My patient's aunt {|PL1001:Jenny|} brought flowers.")]
    [InlineData("Aunt {|PL1001:Jenny|} sat with our patient all night.")]
    public void Fires_on_kinship_titles_in_a_post_about_a_patient(string markup) => Verify.Rule("PL1001", markup);

    [Theory]
    [InlineData("Tante Jenny kwam vandaag op bezoek, heerlijke middag.")]
    [InlineData("Opa Henk en ik gingen vissen, wat een dag.")]
    [InlineData("Mijn lieve oma Truus is vandaag 95 geworden.")]
    [InlineData("Gezellig weekend met m'n zus Anouk.")]
    [InlineData("Aunt Jenny came to visit today, lovely afternoon.")]
    [InlineData("Grandma Rose turns 90 today, so proud of her!")]
    [InlineData("My uncle Pete taught me to sail.")]
    [InlineData("Happy birthday Emma Jansen (daughter), sixteen already!")]
    [InlineData("Op de foto: Kees de Boer (opa) met zijn eerste vis.")]
    public void Is_silent_on_the_authors_own_family(string text) => Verify.Rule("PL1001", text);

    [Theory]
    [InlineData("Mark Rutte opende vandaag onze nieuwe vleugel.")]
    [InlineData("Koning Willem-Alexander opende vandaag het nieuwe revalidatiecentrum.")]
    [InlineData("Prinses Amalia bezocht de kinderafdeling.")]
    [InlineData("Femke Bol kwam langs bij de kinderafdeling om de kinderen te verrassen.")]
    [InlineData("Wielrenner Joris Bakker bezocht de kinderafdeling.")]
    [InlineData("Lotte Vermeulen opende vandaag officieel onze nieuwe polikliniek.")]
    [InlineData("Gefeliciteerd Anouk de Wit, vandaag 25 jaar in dienst!")]
    [InlineData("Onze collega meneer Bakker kreeg vandaag een lintje voor zijn vrijwilligerswerk.")]
    [InlineData("Vandaag laatste dienst van Ingrid de Boer, we gaan je missen!")]
    [InlineData("Gisteren kondigde Fleur Agema nieuwe bezuinigingen aan.")]
    public void Is_silent_on_dutch_public_figures_and_colleagues(string text) => Verify.Rule("PL1001", text);

    [Theory]
    [InlineData("Wes Streeting visited our ward today and met the team.")]
    [InlineData("Queen Camilla visited the hospice today.")]
    [InlineData("Andy Murray opened the new tennis court at the rehab centre.")]
    [InlineData("Congrats to Tom Evans on his promotion to ward manager!")]
    [InlineData("Congratulations Emma Clarke on 20 years of service!")]
    [InlineData("Photo of Mr Khan receiving his award for 30 years as our porter.")]
    [InlineData("Dr Okafor was honoured with a lifetime achievement award last night.")]
    public void Is_silent_on_english_public_figures_and_colleagues(string text) => Verify.Rule("PL1001", text);

    [Theory]
    [InlineData("Meneer {|PL1001:De Vries|} op kamer 4 is vandaag jarig.")]
    [InlineData("Ik ben trots op mijn patiënt {|PL1001:Mark de Vries|}, hij loopt weer.")]
    [InlineData("Mr {|PL1001:Jones|} in bay 3 was admitted last night.")]
    [InlineData("Mevrouw {|PL1001:Smit|} op kamer 8 vertelde over haar lintje, maar ze is erg verward sinds de opname.")]
    public void Fires_on_private_persons_with_common_or_public_looking_names(string markup) => Verify.Rule("PL1001", markup);

    [Theory]
    [InlineData("De patiënt woont aan de Johan de Wittlaan.")]
    [InlineData("Ik fiets elke dag over de Jan van Galenstraat naar de afdeling.")]
    [InlineData("De patiënt ligt nu in het Sophia.")]
    [InlineData("Na de operatie ging ze naar het Wilhelmina.")]
    [InlineData("The patient was transferred to the John Radcliffe.")]
    [InlineData("Tommy John surgery on our patient went well.")]
    [InlineData("De patiënt met de ziekte van Parkinson kreeg een Apgar-score-uitleg en de Heimlich-manoeuvre.")]
    [InlineData("Patient admitted, Glasgow Coma Scale 8, operated with the Da Vinci robot.")]
    public void Is_silent_on_streets_hospitals_and_eponyms_in_a_care_post(string text) => Verify.Rule("PL1001", text);

    // A full name or a form of address whose role nothing tells: named in public unless the post is about someone's care
    // or holds a detail only a record holds.
    [Theory]
    [InlineData("Morgen live in de studio: Marieke Bosman over de drukte op de spoedposten deze winter.")]
    [InlineData("Mooi interview met Jeroen van Dijk over vergrijzing en mantelzorg in de Achterhoek.")]
    [InlineData("Dank u wel, meneer Verhoeven, voor de prachtige lezing op ons symposium.")]
    [InlineData("Great piece by Thomas Whitfield on vaccine hesitancy in rural towns. Worth a read.")]
    [InlineData("Tune in at 6pm: Angela Murray joins the panel on winter pressures in general practice.")]
    public void Is_silent_on_names_in_public_talk_without_anyones_care(string text) => Verify.Rule("PL1001", text);

    [Theory]
    [InlineData("Thinking of {|PL1001:Margaret Ellison|} today, born 12/03/1941, still waiting on her results.")]
    [InlineData("Mail over {|PL1001:Pieter Hendriks|}, geboren 04-11-1958, kwam bij de verkeerde afdeling terecht.")]
    [InlineData("Wie kent {|PL1001:Joke Smit|}? Ze woont op de Lindelaan 14 en zocht gisteren de weg.")]
    [InlineData("Referral letter went to the wrong practice again. Patient: {|PL1001:Derek Lowe|}, NHS no. 943 476 5919.")]
    [InlineData("Wie kan {|PL1001:Mieke Lammers|} (+31 6 2384 1190) helpen met vervoer naar Emmen?")]
    [InlineData("Thanks to {|PL1001:Tom Walsh|} (tom.walsh@gmail.com) for the lift home.")]
    public void Fires_on_names_beside_a_detail_only_a_record_holds(string markup) => Verify.Rule("PL1001", markup);

    [Theory]
    [InlineData("Vragen over het symposium? Bel teamleider Ingrid Bos via 020 794 6095.")]
    [InlineData("For an informal chat, contact Dr Amir Shah on 020 7946 0958.")]
    [InlineData("Minister Kuipers opende vandaag de nieuwe vleugel. Meer informatie: 070 456 7890.")]
    [InlineData("Interview met Jaap van Dissel. Hij werkte bij het RIVM; bel 030 274 9111 voor de persvoorlichting.")]
    public void Is_silent_on_contact_numbers_of_staff_and_numbers_not_attached_to_the_name(string text) => Verify.Rule("PL1001", text);

    [Theory]
    [InlineData("Vandaag mevrouw Jansen op kamer 12 gezien.")]
    [InlineData("Mijn patiënt Kees Meijer is een jaar rookvrij.")]
    [InlineData("Papa Bram en mama Sanne, gefeliciteerd met de kleine.")]
    [InlineData("Shoutout to Mrs Margaret Thompson who taught us to knit.")]
    [InlineData("Thank you Doris Evans for your letter about your stay.")]
    [InlineData("Een pasje op naam van M. de Groot gevonden.")]
    public void Fix_replaces_the_name_with_a_neutral_phrase(string text) => Verify.FixesResolve("PL1001", text);

    [Fact]
    public void Fix_keeps_the_sentence_readable()
    {
        var result = new PostLinter().Analyze(new Post("Mevrouw Bos, 82, vertelde me dat ze weer boodschappen doet.") { Language = PostLanguage.Dutch });
        result.Diagnostics.Single(d => d.Id == "PL1001").Fixes[0].ApplyTo(result.Post.Text).Should().StartWith("Een patiënt, 82,");
    }

    [Theory]
    [InlineData("Beste meneer Rutte, u zult het druk hebben met de crisis rondom corona.")]
    [InlineData("Geachte mevrouw Verbeek, het kabinet moet nu investeren in de wijkverpleging.")]
    [InlineData("Dear Mrs Okafor, the government has to fund district nursing now.")]
    [InlineData("Wat een mooie vertolking door Wilma Hoeksema van dat oude lied. Dank voor de muziek, mevrouw Hoeksema. #COVID19")]
    [InlineData("Mijn advies: slik vitamine D. Eerst je bloed laten prikken, dan pas pillen.")]
    [InlineData("Bij hepatitis C. Daarom testen we iedereen met risico.")]
    public void Is_silent_on_addressed_office_holders_credited_performers_and_letters_after_nouns(string text) => Verify.Rule("PL1001", text);

    [Theory]
    [InlineData("Bericht aan mw. {|PL1001:Hoekstra|} uit Joure: uw herhaalrecept ligt klaar bij de apotheek.")]
    [InlineData("Meneer {|PL1001:Verbeek|} van kamer 3 wil zijn eigen kussen terug.")]
    [InlineData("{|PL1001:M. Verbeek|} heeft diabetes en komt morgen voor controle.")]
    public void Fires_on_addressed_patients_where_no_public_role_is_told(string markup) => Verify.Rule("PL1001", markup);

    [Theory]
    [InlineData("Familie {|PL1001:Demir|}, dank voor de heerlijke baklava! Uw moeder is een schat.")]
    [InlineData("Bericht aan mw. {|PL1001:de Boer|} uit Grou: uw recept ligt klaar.")]
    public void Fires_on_families_and_titled_names_with_particles(string markup) => Verify.Rule("PL1001", markup);

    [Theory]
    [InlineData("Een stiltetuin voor patiënten en familie. Doneren kan via onze website.")]
    [InlineData("Bezoek voor patiënten en hun familie. Welkom vanaf 14 uur op de afdeling.")]
    public void Is_silent_on_family_at_the_end_of_a_sentence(string text) => Verify.Rule("PL1001", text);

    [Theory]
    [InlineData("Reinier de Graaf opent een nieuwe dialyseafdeling voor patiënten uit Delft.")]
    [InlineData("Na drie weken op de IC van AZ Jan Palfijn mocht hij naar de afdeling.")]
    [InlineData("Maria Middelares zoekt verpleegkundigen voor de spoed.")]
    [InlineData("Onze patiënt werd met spoed overgebracht van Gelre naar het Erasmus MC.")]
    public void Is_silent_on_listed_hospitals_named_after_people(string text) => Verify.Rule("PL1001", text);

    [Theory]
    [InlineData("Bij M. Crohn helpt een dieet niet altijd.")]
    [InlineData("Een patiënt met M. Bechterew had vandaag veel pijn.")]
    [InlineData("Na een infectie met E. Coli lag de patiënt op de IC.")]
    [InlineData("Pijn in de M. Deltoideus na de vaccinatie komt vaak voor bij onze patiënten.")]
    [InlineData("St. John's wort interacts with many drugs, so ask your patients about it.")]
    public void Is_silent_on_an_initial_before_a_disease_organism_body_part_or_remedy(string text) => Verify.Rule("PL1001", text);

    [Theory]
    [InlineData("{|PL1001:P. Jansen|} lag op kamer 3 en vroeg om zijn vrouw.")]
    [InlineData("Dhr. {|PL1001:M. Graves|} op kamer 7 had vannacht koorts.")]
    [InlineData("Mevrouw {|PL1001:Rivas|} van kamer 8 mocht vandaag naar huis.")]
    [InlineData("Mijn patiënt {|PL1001:Ingrid Bosman|} werd vandaag in het Reinier de Graaf geopereerd.")]
    public void Fires_on_patients_beside_hospital_names_and_titled_initials_before_an_eponym(string markup) => Verify.Rule("PL1001", markup);

    [Theory]
    [InlineData("quick one before handover: saw {|PL1001:kees|} in bed 6, pain much better")]
    [InlineData("nachtdienst. {|PL1001:truus|} op kamer 9 belde vijf keer, arm mens")]
    [InlineData("bed 11 {|PL1001:arthur|} finally ate his whole dinner!")]
    [InlineData("our patient {|PL1001:priya|} was discharged this morning after her transplant")]
    [InlineData("de kleine {|PL1001:fenna|} mocht vandaag eindelijk naar huis")]
    [InlineData("{|PL1001:gerrit|} op de ic is eindelijk van de beademing af")]
    [InlineData("{|PL1001:emily|}'s parents came in to talk about her discharge from the ward")]
    [InlineData("de zoon van {|PL1001:truus|} belde weer over haar opname")]
    public void Fires_on_given_names_in_lower_case_beside_a_bed_a_ward_or_a_patient_word(string markup) => Verify.Rule("PL1001", markup);

    [Theory]
    [InlineData("mr {|PL1001:patel|} in bay 2 wants his daughter to call him")]
    [InlineData("mevrouw {|PL1001:van dijk|} van kamer 5 vroeg naar haar kleinzoon")]
    [InlineData("the daughter of mrs {|PL1001:smith|} called the ward again about the scan")]
    [InlineData("onze patiënt dhr. {|PL1001:de jong|} mag morgen naar huis")]
    public void Fires_on_surnames_in_lower_case_after_a_form_of_address(string markup) => Verify.Rule("PL1001", markup);

    [Theory]
    [InlineData("will do bed 6 obs in a minute, mark my words it'll be a long night on the ward")]
    [InlineData("hope bed 3 sleeps tonight, the summer heat on the ward is awful")]
    [InlineData("the rose in room 4 is from the garden, and the bill for parking at the hospital is outrageous")]
    [InlineData("de toon op de afdeling is veranderd sinds de reorganisatie")]
    [InlineData("de mevrouw die op kamer 8 ligt is erg vriendelijk")]
    [InlineData("my patient said it was the best summer of her life")]
    [InlineData("peter's wife makes the best cake, bring some to the party tonight")]
    public void Is_silent_on_ordinary_lower_case_words_beside_a_bed_or_a_ward(string text) => Verify.Rule("PL1001", text);

    [Theory]
    [InlineData("Oefencasus voor de studenten: mevrouw Bakker, 81, komt binnen met verwardheid. Wat is je differentiaaldiagnose?")]
    [InlineData("Hypothetical for the exam: Mr Jones, 67, has had chest pain for two hours.")]
    [InlineData("Quiz! Meneer de Wit (59) heeft sinds gisteren koorts en hoofdpijn. Wat doe je?")]
    public void Is_silent_on_invented_teaching_and_exam_cases(string text) => Verify.Rule("PL1001", text);

    [Theory]
    [InlineData("Naam: {|PL1001:Jan Willem Bosman|} Geb.datum: 14-02-1957")]
    [InlineData("Achternaam: {|PL1001:Wouters|} Voornaam: {|PL1001:Ingrid|}")]
    [InlineData("Patient: {|PL1001:Walsh|}, {|PL1001:Gregory|} | MRN: 55012873")]
    [InlineData("Terugstorten t.n.v. {|PL1001:G. Smeets|} graag.")]
    [InlineData("The refund will go to the account holder {|PL1001:Jonas Weber|}.")]
    public void Fires_on_whatever_stands_in_a_forms_name_field(string markup) => Verify.Rule("PL1001", markup);

    [Theory]
    [InlineData("Pt {|PL1001:Maria Lopez|}, 54F, presented with RUQ pain.")]
    [InlineData("Seen with his wife; pt {|PL1001:George Hamm|} denies chest pain.")]
    [InlineData("pte {|PL1001:De Wit|} heeft vannacht slecht geslapen.")]
    [InlineData("dhr. {|PL1001:vd Berg|} heeft koorts 39.2")]
    public void Fires_on_names_after_the_abbreviations_notes_use(string markup) => Verify.Rule("PL1001", markup);

    [Theory]
    [InlineData("PATIENT {|PL1001:JANSSEN|} OVERGEPLAATST NAAR AFDELING 5B")]
    [InlineData("MEVR {|PL1001:DE BRUIN|} GEB 12-12-1932")]
    [InlineData("NAAM: {|PL1001:DE GRAAF, P|}. GEBOREN: 22-08-1949")]
    [InlineData("NAME: {|PL1001:HUGHES, ALAN|} DOB: 01/01/1950")]
    [InlineData("PATIENT {|PL1001:ROBERT HAYES|} DOB 09/09/1961")]
    public void Fires_on_listed_names_in_capitals_after_a_title_patient_word_or_name_field(string markup) => Verify.Rule("PL1001", markup);

    [Theory]
    [InlineData("PATIENT SAFETY WEEK STARTS ON MONDAY, JOIN US!")]
    [InlineData("MS PATIENTEN VERDIENEN BETERE ZORG")]
    [InlineData("NAAM: WORKSHOP VALPREVENTIE, DATUM: 12 MAART")]
    [InlineData("Naam: Stichting Hartekind, rekeningnummer op de website.")]
    [InlineData("MR SCAN VOOR IEDEREEN MET KLACHTEN? NEE!")]
    [InlineData("PT WEEK: our physios are running free balance classes.")]
    public void Is_silent_on_capitals_and_name_fields_that_hold_no_persons_name(string text) => Verify.Rule("PL1001", text);

    [Theory]
    [InlineData("Verwijzing van {|PL1001:Sophie van Wijk|} naar de kinderarts in het ziekenhuis, graag spoed.")]
    [InlineData("Opname van {|PL1001:Pieter de Vries|} op de IC na een val.")]
    [InlineData("Seen with wife {|PL1001:Elaine|}; she will take him home after discharge.")]
    public void Fires_on_names_after_a_sentence_opening_noun_and_van_and_on_gazetteer_names_after_kin_words(string markup) => Verify.Rule("PL1001", markup);

    [Theory]
    [InlineData("Verwijzing van Sint Maartenskliniek naar het Radboudumc is gestart.")]
    [InlineData("Opname van Het Klokhuis over het ziekenhuis was leuk.")]
    public void Is_silent_when_the_words_after_van_are_no_persons_name(string text) => Verify.Rule("PL1001", text);

    [Theory]
    [InlineData("pt {|PL1001:jansen|} wil nog steeds niet eten, diëtiste ingeschakeld")]
    [InlineData("pte {|PL1001:de vries|} vannacht onrustig, familie gebeld")]
    public void Fires_on_listed_dutch_surnames_in_lower_case_after_pt(string markup) => Verify.Rule("PL1001", markup);

    [Theory]
    [InlineData("pt white cell count normal, no fever on the ward")]
    [InlineData("pt young and fit, discharged home after the scan")]
    [InlineData("pt wil niet eten en is erg moe op de afdeling")]
    public void Is_silent_on_words_after_pt_that_are_no_dutch_surname(string text) => Verify.Rule("PL1001", text);
}

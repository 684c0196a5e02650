using PostLint.Diagnostics;
using PostLint.Tests.Verification;

namespace PostLint.Tests.Rules.Tone;

/// <summary>
/// The classes of phrasing abusive tweets use that the third lexicon pass (issue 13) covers, each with look-alikes that
/// must stay silent: quotes and reports of abuse, reclaimed words, literal senses and medical words.
/// </summary>
public class AbusiveTweetClassesTests
{
    [Theory]
    [InlineData("nah {|PL4001:u just a fag|}, nobody asked")]
    [InlineData("@mark {|PL4001:ur a clown|} for saying that")]
    [InlineData("lol {|PL4001:you a clown|} fr")]
    [InlineData("{|PL4001:that dyke|} at the gym keeps staring")]
    [InlineData("Jij bent een {|PL4001:halve gare|}.")]
    public void Fires_on_an_insult_addressed_in_tweet_spelling(string markup) => Verify.Rule("PL4001", markup);

    [Theory]
    [InlineData("The Dyke March starts at noon at the square.")]
    [InlineData("Fags are cheaper over the border, my uncle says.")]
    [InlineData("He called me a fag in front of the whole ward and I reported it.")]
    [InlineData("Reclaiming words: many gay men call themselves queer now.")]
    [InlineData("Thank you a lot for the clown doctors on the children's ward.")]
    public void Is_silent_on_reclaimed_reported_or_literal_senses(string text) => Verify.Rule("PL4001", text);

    [Theory]
    [InlineData("Stop talking to me, {|PL4001:muzzie|}.")]
    [InlineData("those {|PL4001:beaners|} took all the jobs")]
    [InlineData("{|PL4001:go back to your country|} you dirty {|PL4001:niglet|}")]
    [InlineData("kill the {|PL4001:coons|}")]
    [InlineData("he's a total {|PL4001:whore|} for attention")]
    [InlineData("What a {|PL4001:trash ass|} take from the minister.")]
    public void Fires_on_slur_variants_and_compound_insults(string markup) => Verify.Rule("PL4001", markup);

    [Theory]
    [InlineData("no {|PL4001:kike|} will ever run this town")]
    [InlineData("Er woont hier geen {|PL4001:neger|} meer, gelukkig.")]
    [InlineData("not a single {|PL4001:sandnigger|} on the team")]
    [InlineData("never trust a {|PL4001:zipperhead|}")]
    [InlineData("the {|PL4001:shitskins|} are moving in next door")]
    [InlineData("look at that {|PL4001:sheboon|} on the bus")]
    public void Fires_on_a_compound_slur_and_on_a_slur_after_a_negation(string markup) => Verify.Rule("PL4001", markup);

    [Theory]
    [InlineData("You're no idiot, you just had a bad day.")]
    [InlineData("Ik snap er geen flikker van, dat formulier.")]
    [InlineData("He sniggered at the joke in the staff room.")]
    [InlineData("The nappy on his head made the toddler laugh.")]
    [InlineData("Honky-tonk night at the care home was a hit.")]
    public void Is_silent_on_a_denied_insult_and_words_that_contain_a_slur(string text) => Verify.Rule("PL4001", text);

    [Theory]
    [InlineData("{|PL4007:kill all jews|}")]
    [InlineData("{|PL4007:Gas the jews|}, every last one.")]
    [InlineData("{|PL4007:Dood alle moslims|}.")]
    [InlineData("{|PL4007:Vergas de joden|}.")]
    [InlineData("we {|PL4007:should kill|} some immigrants every day")]
    [InlineData("{|PL4007:let's lynch|} the immigrants")]
    public void Fires_on_an_order_to_kill_a_group(string markup) => Verify.Rule("PL4007", markup);

    [Theory]
    [InlineData("Kill the virus, not the patient.")]
    [InlineData("Kill all germs on the kitchen surface with a bleach spray.")]
    [InlineData("Don't shoot the nurses, they only follow the protocol.")]
    [InlineData("Dood alle bacteriën met een goede handhygiëne.")]
    [InlineData("Let's kill some time before the ward round.")]
    [InlineData("Laten we de vluchtelingen helpen met hun papieren.")]
    [InlineData("The regime murdered the jews of the town in 1942; we remember them today.")]
    public void Is_silent_on_orders_against_germs_and_time_and_on_history(string text) => Verify.Rule("PL4007", text);

    [Theory]
    [InlineData("a coon ran over the road last night")]
    [InlineData("She was called a 'muzzie' at school; we talked it through with her parents.")]
    [InlineData("Dressing the wound: keep the area spic and span.")]
    public void Is_silent_on_slurs_quoted_to_report_them_and_innocent_words(string text) => Verify.Rule("PL4001", text);

    [Theory]
    [InlineData("{|PL4001:Hou je muil|}, niemand vraagt jouw mening.")]
    [InlineData("Ga toch {|PL4001:oprotten|} met je vaccinatieverhaal.")]
    [InlineData("{|PL4001:Tyf op|} met je mening.")]
    [InlineData("Drukke dienst vandaag. {|PL4001:Oprotten|} jij, niemand wil je hier.")]
    [InlineData("Die gast is echt {|PL4001:kanker irritant|}.")]
    [InlineData("Die vent is een {|PL4001:kk lelijke|} {|PL4001:oelewapper|}.")]
    [InlineData("{|PL4001:Stelletje zwijnen|}, allemaal.")]
    [InlineData("{|PL4001:Jullie zijn paupers|}.")]
    public void Fires_on_dutch_scheldwoorden_curses_and_shut_up(string markup) => Verify.Rule("PL4001", markup);

    [Theory]
    [InlineData("Kanker, domme pech: dat zegt het onderzoek.")]
    [InlineData("Kanker is vaak domme pech, zegt het onderzoek.")]
    [InlineData("Kanker slecht behandelbaar bij deze patiënt.")]
    [InlineData("Zijn kanker is niet te genezen; de huid rond de bestraling is lelijk verkleurd.")]
    [InlineData("De diagnose was psychopathie; hij is geen psychopaat maar heeft een persoonlijkheidsstoornis.")]
    [InlineData("Mijn opa vertelde over de bezetting; hij had het steeds over de moffen in zijn dorp.")]
    [InlineData("Varkens in de stal hebben het warm deze zomer.")]
    public void Is_silent_on_diagnoses_history_and_animals(string text) => Verify.Rule("PL4001", text);

    [Theory]
    [InlineData("{|PL4001:Ik maak je af|} als ik je tegenkom.")]
    [InlineData("{|PL4001:Ik vermoord je|}, let maar op.")]
    [InlineData("{|PL4001:I'll kill you|} if you touch my car again.")]
    [InlineData("{|PL4001:Kick your ass|} next game lol")]
    [InlineData("{|PL4001:You should die|}.")]
    [InlineData("{|PL4001:Hang jezelf op|}.")]
    [InlineData("Joden {|PL4001:horen in de oven|}.")]
    [InlineData("Asielzoekers {|PL4001:moeten worden gedood|}.")]
    public void Fires_on_threats_and_wished_death_as_errors(string markup) =>
        Verify.Rule("PL4001", markup).Diagnostics.Where(d => d.Id == "PL4001").Should().OnlyContain(d => d.Severity == DiagnosticSeverity.Error);

    [Theory]
    [InlineData("Smoking is going to kill you, quit today.")]
    [InlineData("Hij schreeuwde 'ik maak je af' en werd opgepakt.")]
    [InlineData("Ik ga dood van de hitte.")]
    [InlineData("Nou ga maar lekker slapen.")]
    [InlineData("Ik kan wel doodvallen van de slaap na deze nachtdienst.")]
    [InlineData("I can drop dead after three night shifts in a row.")]
    [InlineData("Natural killer cells kill virus-infected cells; the vaccine trains them.")]
    [InlineData("De oven in de keuken van de afdeling is stuk.")]
    public void Is_silent_on_health_warnings_quoted_threats_and_hyperbole(string text) => Verify.Rule("PL4001", text);

    [Theory]
    [InlineData("{|PL4001:Moslims zijn varkens|}.")]
    [InlineData("{|PL4001:Marokkanen zijn apen|}.")]
    public void Fires_on_a_group_called_animals(string markup) => Verify.Rule("PL4001", markup);

    [Theory]
    [InlineData("Moslims zijn geen varkens, en wie dat roept is een racist.")]
    [InlineData("Apen in de dierentuin krijgen ook griepprik.")]
    public void Is_silent_on_counter_speech_and_real_animals(string text) => Verify.Rule("PL4001", text);

    [Theory]
    [InlineData("@jan {|PL4001:Eikel|}.")]
    [InlineData("@jan @piet {|PL4001:Vuile landverrader|}!")]
    [InlineData("{|PL4001:he's a fag|} lol")]
    [InlineData("honestly {|PL4001:she's a clown|}")]
    [InlineData("@user {|PL4001:Stomme koe|}.")]
    public void Fires_on_a_reply_that_is_nothing_but_the_insult_and_on_he_is_written_hes(string markup) => Verify.Rule("PL4001", markup);

    [Theory]
    [InlineData("Diagnosis? Parasites.")]
    [InlineData("@jan Dank je, top collega.")]
    [InlineData("the patient's pig valve is working fine")]
    [InlineData("Kinderafdeling vandaag: clowns!")]
    public void Is_silent_on_one_word_answers_possessives_and_thanks(string text) => Verify.Rule("PL4001", text);

    [Theory]
    [InlineData("this is {|PL4001:so retarded|}")]
    [InlineData("you're {|PL4001:a retarded|} clown")]
    [InlineData("that'{|PL4001:s retarded|}")]
    public void Fires_on_retarded_as_a_label(string markup) => Verify.Rule("PL4001", markup);

    [Theory]
    [InlineData("IUGR: a growth retarded fetus needs close monitoring.")]
    [InlineData("Don't call people retarded, it hurts.")]
    [InlineData("I'm so retarded today lol")]
    public void Is_silent_on_retarded_growth_counter_speech_and_the_author_on_themself(string text) => Verify.Rule("PL4001", text);

    [Theory]
    [InlineData("{|PL4007:Muslims are terrorists|}.")]
    [InlineData("{|PL4007:Marokkanen zijn allemaal criminelen|}.")]
    public void Fires_on_crime_pinned_on_a_whole_group(string markup) => Verify.Rule("PL4007", markup);

    [Theory]
    [InlineData("Marokkanen zijn niet allemaal criminelen.")]
    [InlineData("De meeste verkrachters zijn bekenden van het slachtoffer.")]
    [InlineData("Terrorists attacked the hospital; our trauma team worked all night.")]
    public void Is_silent_on_crime_denied_of_a_group_or_said_of_offenders(string text) => Verify.Rule("PL4007", text);

    [Theory]
    [InlineData("@user {|PL4001:Go back to your country|}.")]
    [InlineData("{|PL4001:Ga terug naar je eigen land|}, niemand wil je hier.")]
    [InlineData("@user {|PL4001:Shut your trap|}.")]
    [InlineData("He is a {|PL4001:piece of garbage|}.")]
    [InlineData("@user {|PL4001:Kk homo|}.")]
    [InlineData("Wat een {|PL4001:stuk ongeluk|} ben jij.")]
    public void Fires_on_go_back_shut_your_mouth_and_chat_curses_before_a_group(string markup) => Verify.Rule("PL4001", markup);

    [Theory]
    [InlineData("@user {|PL4001:Burn in hell|}.")]
    [InlineData("{|PL4001:Hopelijk krijg je corona|}.")]
    public void Fires_on_wished_hell_or_illness_as_errors(string markup) =>
        Verify.Rule("PL4001", markup).Diagnostics.Where(d => d.Id == "PL4001").Should().OnlyContain(d => d.Severity == DiagnosticSeverity.Error);

    [Theory]
    [InlineData("Kanker Turken vaker laat ontdekt, blijkt uit studie.")]
    [InlineData("Hij riep 'ga terug naar je eigen land' naar mijn collega; we hebben aangifte gedaan.")]
    [InlineData("Na de vakantie ga terug naar je eigen huisarts voor de controle.")]
    [InlineData("Hopelijk krijg je geen corona op vakantie.")]
    [InlineData("Go back to your GP if the rash spreads.")]
    public void Is_silent_on_the_disease_a_report_of_abuse_and_advice(string text) => Verify.Rule("PL4001", text);
}

using PostLint.Diagnostics;
using PostLint.Tests.Verification;

namespace PostLint.Tests.Rules.Tone;

public class ThreatAndGroupDerogationTests
{
    [Theory]
    [InlineData("Ik zal die man eens {|PL4001:een lesje leren|}.")]
    [InlineData("If he rings again I'll {|PL4001:punch him in the face|}.")]
    [InlineData("Ik {|PL4001:weet waar je woont|}, pas maar op.")]
    [InlineData("Ik {|PL4001:hoop dat hij kanker krijgt|}.")]
    [InlineData("Die lui {|PL4001:mogen verrekken|}.")]
    [InlineData("Ik {|PL4001:steek hem nog eens neer|}.")]
    [InlineData("Those people {|PL4001:should all be executed|}.")]
    public void Fires_on_threats_and_wished_harm(string markup) => Verify.Rule("PL4001", markup);

    [Fact]
    public void A_threat_is_an_error_and_an_insult_stays_a_warning() =>
        Verify.Rule("PL4001", "Wat een {|PL4001:sukkel|}. Ik {|PL4001:steek hem nog eens neer|}.").Diagnostics
            .Where(d => d.Id == "PL4001").Select(d => d.Severity).Should().Equal(DiagnosticSeverity.Warning, DiagnosticSeverity.Error);

    [Fact]
    public void An_insult_aimed_at_one_person_is_not_also_a_statement_about_a_group() =>
        Verify.Rule("PL4007", "Die vrouw is een vieze vuile heks.");

    [Theory]
    [InlineData("Ik zou hem nooit een klap geven, hoe boos ik ook was.")]
    [InlineData("Hij riep 'ik sla je op je bek' en liep de afdeling af.")]
    [InlineData("We let them die peacefully at home, with the family around them.")]
    [InlineData("I hope she doesn't suffer tonight.")]
    [InlineData("Cellen kapotmaken is precies wat deze chemo moet doen.")]
    [InlineData("Nieuwe collega's een lesje leren over hartfalen? Graag, morgen om 9 uur.")]
    public void Is_silent_on_denied_quoted_or_palliative_look_alikes(string text) => Verify.Rule("PL4001", text);

    [Theory]
    [InlineData("{|PL4007:Asielzoekers zijn net ongedierte|}.")]
    [InlineData("{|PL4007:Drug users are human garbage|}.")]
    [InlineData("{|PL4007:Patiënten zijn gewoon vee|} voor dit ziekenhuis.")]
    [InlineData("Transgenders {|PL4007:horen hier niet|}.")]
    [InlineData("{|PL4007:Send them back|}, those immigrants.")]
    public void Fires_on_a_group_dehumanised_or_shut_out(string markup) => Verify.Rule("PL4007", markup);

    [Theory]
    [InlineData("Ongedierte in de keuken van de afdeling, de bestrijder komt morgen.")]
    [InlineData("Asielzoekers zijn geen ongedierte.")]
    [InlineData("A plague of norovirus on the ward again.")]
    [InlineData("Asielzoekers horen hier net zo goed thuis als ieder ander.")]
    [InlineData("Wij ouders zijn soms net beesten als we moe zijn, haha.")]
    public void Is_silent_when_no_group_is_dehumanised(string text) => Verify.Rule("PL4007", text);

    [Fact]
    public void Fires_on_praise_taken_back_with_a_lone_not() =>
        Verify.Rule("PL4003", "Echt top van de POH weer. {|PL4003:Not|}.");

    [Fact]
    public void Fires_on_a_complaint_doubted_in_scare_quotes() =>
        Verify.Rule("PL4002", "Weer een {|PL4002:'benauwdheid'|} om 3 uur 🙄");

    [Theory]
    [InlineData("Klachten als 'moe' of 'duizelig' nemen we altijd serieus.")]
    [InlineData("Is it serious? Not at all, she went home happy.")]
    public void Is_silent_on_quoted_complaints_and_an_ordinary_not(string text) => Verify.NoFinding(DiagnosticCategory.Tone, text);

    [Theory]
    [InlineData("Nee, huisartsen zijn geen 'prutsers'. Dat soort opmerkingen helpt niemand.")]
    [InlineData("Iemand schreef dat ouderen 'lui volk' zijn. Dat is onzin.")]
    [InlineData("Today I heard a colleague say 'old people are stupid'. I challenged it straight away.")]
    [InlineData("Felt like such an idiot this morning.")]
    [InlineData("What a muppet I am today.")]
    [InlineData("Kut, alweer de verkeerde pieper meegenomen.")]
    [InlineData("Op de SEH werd ik vannacht een 'sukkel' genoemd.")]
    public void Is_silent_on_denied_quoted_self_directed_and_vented_words(string text) => Verify.NoFinding(DiagnosticCategory.Tone, text);

    [Theory]
    [InlineData("Die Syriërs {|PL4007:moeten allemaal dood|}, echt waar.")]
    [InlineData("Someone {|PL4007:should kill|} all those refugees before they get here.")]
    [InlineData("Polen {|PL4007:moeten worden uitgeroeid|}, zei hij op de afdeling.")]
    [InlineData("Buitenlanders: {|PL4007:stuur ze terug|}, we hebben hier geen plek.")]
    [InlineData("{|PL4007:Vrouwen zijn te dom|} om chirurg te worden.")]
    public void Fires_on_violence_called_for_or_a_trait_pinned_on_an_identity_group(string markup) => Verify.Rule("PL4007", markup);

    [Theory]
    [InlineData("Zieke kippen moeten worden afgemaakt om de vogelgriep te stoppen.")]
    [InlineData("Bacteria should be killed by washing at 60 degrees.")]
    [InlineData("Vrouwen zijn vaker dan mannen mantelzorger, blijkt uit CBS-cijfers.")]
    [InlineData("Black people are more likely to die from prostate cancer; screening helps.")]
    [InlineData("Nee, vrouwen zijn niet te dom om chirurg te worden. Kijk maar naar onze afdeling.")]
    public void Is_silent_on_animals_germs_statistics_and_denials(string text) => Verify.NoFinding(DiagnosticCategory.Tone, text);

    [Theory]
    [InlineData("I'll {|PL4001:make him pay|} for what he said to my colleague.")]
    [InlineData("{|PL4001:Gays are perverts|} and shouldn't work with kids.")]
    public void Fires_on_revenge_threats_and_insulting_nouns_for_a_group(string markup) => Verify.Rule("PL4001", markup);

    [Theory]
    [InlineData("Honestly {|PL4007:I despise immigrants|}.")]
    [InlineData("{|PL4007:I can't stand all those refugees|}, they make me sick.")]
    [InlineData("{|PL4007:Ik walg van al die moslims|}, echt waar.")]
    [InlineData("{|PL4007:Niks zo smerig als migranten|}.")]
    [InlineData("{|PL4007:Nothing disgusts me more than gay people|}.")]
    public void Fires_on_hatred_the_author_declares_for_a_group(string markup) => Verify.Rule("PL4007", markup);

    [Theory]
    [InlineData("I hate seeing refugees wait this long for care.")]
    [InlineData("I can't stand by while trans people are refused treatment.")]
    [InlineData("I hate people who park in the ambulance bay.")]
    [InlineData("Ik haat mensen die zorgverleners uitschelden.")]
    [InlineData("Ik haat vrouwen niet, ik haat dit beleid.")]
    [InlineData("I don't hate immigrants, I hate the waiting lists.")]
    [InlineData("Many people hate refugees, and that is exactly why we speak up.")]
    public void Is_silent_on_hatred_of_behaviour_or_things_and_on_denied_hatred(string text) => Verify.Rule("PL4007", text);

    [Theory]
    [InlineData("Trans people {|PL4007:should all be locked up or shot|}.")]
    [InlineData("It would be {|PL4007:better if gay people were wiped out|}.")]
    [InlineData("Someone {|PL4007:should put a bullet in|} all Muslims.")]
    [InlineData("Het zou {|PL4007:beter zijn als zwarte mensen werden uitgeroeid|}.")]
    [InlineData("Iemand {|PL4007:moet al die migranten afschieten|}.")]
    [InlineData("They {|PL4007:should hang|} each one of these refugees.")]
    [InlineData("Asielzoekers {|PL4007:verdienen het om in elkaar geslagen|} te worden.")]
    public void Fires_on_violence_called_for_against_a_group(string markup) => Verify.Rule("PL4007", markup);

    [Theory]
    [InlineData("Refugees should get their flu shot before winter.")]
    [InlineData("Polio should be eradicated, also among refugees.")]
    [InlineData("Vluchtelingen moeten hun opleiding hier kunnen afmaken.")]
    [InlineData("Head lice should be killed with permethrin lotion, also in the asylum seekers' centre.")]
    [InlineData("Immigrants should never be beaten by border guards.")]
    [InlineData("Migranten moeten niet in elkaar geslagen worden, ook niet door de politie.")]
    [InlineData("Bacteria should be killed before the wound closes.")]
    public void Is_silent_when_no_group_is_the_victim_or_the_violence_is_denied(string text) => Verify.Rule("PL4007", text);

    [Theory]
    [InlineData("Why are {|PL4007:refugees always so disgusting|}?")]
    [InlineData("Why do {|PL4007:immigrants have to be such parasites|}?")]
    [InlineData("Waarom moeten {|PL4007:moslims zulke parasieten|} zijn?")]
    public void Fires_on_a_why_question_that_takes_a_demeaning_trait_as_given(string markup) => Verify.Rule("PL4007", markup);

    [Theory]
    [InlineData("Why are refugees so often denied care?")]
    [InlineData("Are immigrants lazy? The data say the opposite.")]
    [InlineData("Waarom zijn vluchtelingen zo vaak eenzaam?")]
    public void Is_silent_on_questions_that_do_not_take_a_demeaning_trait_as_given(string text) => Verify.Rule("PL4007", text);

    [Theory]
    [InlineData("Saying \"refugees are scum\" is hateful and has no place here.")]
    [InlineData("A patient shouted that refugees are animals; we reported it.")]
    [InlineData("Wie post dat moslims tuig zijn, wordt geblokkeerd.")]
    public void Is_silent_on_counter_speech_and_hate_reported_in_a_that_clause(string text) => Verify.NoFinding(DiagnosticCategory.Tone, text);

    [Theory]
    [InlineData("Shit, badge weer thuis vergeten.")]
    [InlineData("Godverdomme, we hebben de subsidie binnen!")]
    [InlineData("Fuck, missed the last train after a double shift.")]
    public void Is_silent_on_a_swear_word_exclaimed_at_the_moment(string text) => Verify.NoFinding(DiagnosticCategory.Tone, text);

    [Theory]
    [InlineData("{|PL4001:Klootzak|}, ga toch weg.")]
    [InlineData("That guy is a {|PL4001:piece of shit|}.")]
    [InlineData("Badge vergeten, {|PL4001:shit|} zeg, wat een {|PL4001:klootzakken|} daar bij de receptie.")]
    public void Still_fires_on_an_insult_that_names_a_person_or_a_swear_word_inside_a_sentence(string markup) => Verify.Rule("PL4001", markup);
}

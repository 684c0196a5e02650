using PostLint.Tests.Verification;

namespace PostLint.Tests.Rules.Claims;

/// <summary>
/// PL5006 on the classes of issue 14's fourth round, one group per class: long comparisons of deaths in which covid or
/// the jab is the smaller risk, headlines that the jab killed, an expert's or insider's advice to refuse the jab, a claim
/// followed by a rhetorical question, Dutch "zou" in its modal use, and a claim set by "but" against what others said. Each class has look-alikes that must stay
/// silent: genuine questions, comparisons of other diseases, deaths after other things, reports that found no link,
/// agencies' advice to vaccinate, contraindications, and "zou" in a real report frame.
/// </summary>
public class RefutedClaimRoundFourTests
{
    [Theory]
    [InlineData("{|PL5006:More people die from the flu in a normal winter than have died from covid|} in two whole years.")]
    [InlineData("Er overlijden elk jaar {|PL5006:meer mensen aan de griep dan aan corona|}, echt waar.")]
    [InlineData("Het {|PL5006:griepvirus eist meer levens dan corona|}.")]
    [InlineData("{|PL5006:Covid killed fewer people than the flu|} did in 2018.")]
    [InlineData("{|PL5006:Corona kostte minder levens dan de griep|}.")]
    public void Fires_on_long_comparisons_of_deaths(string markup) => Verify.Rule("PL5006", markup);

    [Theory]
    [InlineData("Do more people really die from the flu every year than from covid?")]
    [InlineData("Sterven er elk jaar meer mensen aan de griep dan aan corona?")]
    [InlineData("Er overlijden elk jaar meer mensen aan kanker dan aan de griep.")]
    [InlineData("Covid killed more people in its first year than the flu did in five seasons combined.")]
    [InlineData("Covid killed fewer people in 2023 than in 2021, thanks to vaccines.")]
    public void Stays_silent_on_comparisons_that_are_asked_about_other_diseases_or_the_right_way_round(string text) => Verify.Rule("PL5006", text);

    [Theory]
    [InlineData("BREAKING: 7 {|PL5006:dead after experimental covid shots|} in nursing home")]
    [InlineData("Tientallen {|PL5006:doden na de boosterprik|} in een zorgcentrum")]
    [InlineData("Weer een jonge voetballer {|PL5006:overleden na de coronaprik|}")]
    public void Fires_on_headlines_that_the_jab_killed(string markup) => Verify.Rule("PL5006", markup);

    [Theory]
    [InlineData("Teen died days after the jab; the coroner found no link with the vaccine.")]
    [InlineData("Drie doden na zware storm in Limburg")]
    [InlineData("No deaths after vaccination were recorded in the trial.")]
    [InlineData("Lareb onderzoekt een melding van overlijden na vaccinatie.")]
    [InlineData("Overlijden na de prik is zeer zeldzaam.")]
    public void Stays_silent_on_deaths_after_other_things_and_reports_without_a_link(string text) => Verify.Rule("PL5006", text);

    [Theory]
    [InlineData("Former Moderna VP says most people {|PL5006:should not take the vaccine|}.")]
    [InlineData("Topviroloog zegt dat je je kinderen {|PL5006:niet moet laten prikken|}.")]
    [InlineData("Klokkenluider van Pfizer zegt: {|PL5006:stop met deze vaccins|}.")]
    public void Fires_on_an_experts_advice_to_refuse_the_jab(string markup) => Verify.Rule("PL5006", markup);

    [Theory]
    [InlineData("The WHO says people who are eligible should get the covid vaccine.")]
    [InlineData("Our virologist says misinformation about the vaccine costs lives.")]
    [InlineData("Some people say you should not take the vaccine, and that is wrong.")]
    [InlineData("The NHS says you should not get the vaccine while you have a fever.")]
    [InlineData("Volgens sommigen moet je je niet laten vaccineren, maar dat is onzin.")]
    [InlineData("Wie allergisch is voor een bestanddeel, moet zich niet laten vaccineren.")]
    [InlineData("Laat je niet afschrikken door verhalen over de prik, hij is veilig.")]
    public void Stays_silent_on_advice_to_vaccinate_reports_and_contraindications(string text) => Verify.Rule("PL5006", text);

    [Theory]
    [InlineData("The {|PL5006:booster doesn't stop infection|}, so why take it?")]
    [InlineData("{|PL5006:Vaccines cause autism|}, how can anyone deny that?")]
    [InlineData("De {|PL5006:booster voorkomt geen besmetting|}, dus waarom zou je hem nemen?")]
    [InlineData("The {|PL5006:jab doesn't stop transmission|} so what's the point?")]
    [InlineData("De {|PL5006:prik werkt niet|} dus waarom zou je hem nemen?")]
    public void Fires_on_a_claim_with_a_rhetorical_question_for_a_tail(string markup) => Verify.Rule("PL5006", markup);

    [Theory]
    [InlineData("Does the booster stop infection?")]
    [InlineData("Do vaccines cause autism, or is that a myth?")]
    [InlineData("Voorkomt de booster besmetting?")]
    [InlineData("Werkt de prik niet, dus waarom zou je hem nemen?")]
    public void Stays_silent_on_genuine_questions(string text) => Verify.Rule("PL5006", text);

    [Theory]
    [InlineData("Waarom zou je die prik nemen, het {|PL5006:vaccin werkt toch niet|}.")]
    [InlineData("Dat zou iedereen moeten weten: {|PL5006:mondkapjes geven zuurstoftekort|}.")]
    public void Fires_where_zou_is_modal(string markup) => Verify.Rule("PL5006", markup);

    [Theory]
    [InlineData("Het vaccin zou volgens een anonieme site onvruchtbaar maken.")]
    [InlineData("Naar verluidt maakt het vaccin je onvruchtbaar.")]
    [InlineData("Van die prik zou je onvruchtbaar worden.")]
    public void Stays_silent_where_zou_reports(string text) => Verify.Rule("PL5006", text);

    [Theory]
    [InlineData("They told us the vaccine was safe, but the {|PL5006:jab is killing young people|}.")]
    [InlineData("Ze zeiden dat mondkapjes onschuldig waren, maar {|PL5006:mondkapjes maken kinderen ziek|}.")]
    [InlineData("Volgens de folder is het vaccin veilig, maar {|PL5006:vaccins veroorzaken autisme|}.")]
    public void Fires_on_a_claim_set_against_what_others_said_by_but(string markup) => Verify.Rule("PL5006", markup);

    [Theory]
    [InlineData("Some say the jab is killing young people, but that is a myth.")]
    [InlineData("The vaccine is safe, but some people still claim it causes infertility.")]
    [InlineData("Hij zei dat de prik mensen doodt, maar de patholoog vond geen verband.")]
    [InlineData("Our nurses say the vaccine is safe, but the jab does not protect you for life.")]
    public void Stays_silent_when_the_report_or_the_debunk_is_on_the_claims_side_of_but(string text) => Verify.Rule("PL5006", text);
}

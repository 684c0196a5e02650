using PostLint.Tests.Verification;

namespace PostLint.Tests.Rules.Professionalism;

public class InstitutionalMandateAnalyzerTests
{
    private static Post Resident(Post post) => post with { Author = new AuthorProfile("resident", null, AccountKind.Private) };

    [Theory]
    [InlineData("{|PL6003:Namens het Oosterdiep Ziekenhuis|} wil ik zeggen dat wij tegen deze bezuiniging zijn.")]
    [InlineData("{|PL6003:Officieel standpunt|} van onze afdeling: wij doen niet mee aan de staking.")]
    [InlineData("{|PL6003:On behalf of the trust|}, I can confirm we oppose the new contract.")]
    [InlineData("{|PL6003:Our hospital's position|} is that the minister is wrong.")]
    [InlineData("{|PL6003:Namens het Maasziekenhuis|}: wij steunen de staking van morgen volledig.")]
    [InlineData("Als arts hier {|PL6003:kan ik bevestigen dat ons ziekenhuis|} de spoedpost sluit.")]
    [InlineData("{|PL6003:Officiële verklaring|} van onze kliniek: de wachttijden worden korter.")]
    [InlineData("{|PL6003:I can confirm that St Mary's Hospital|} will close ward 9 in May.")]
    public void Fires_when_an_employee_speaks_for_the_institution(string markup) => Verify.Rule("PL6003", markup, Resident);

    [Theory]
    [InlineData("Namens de hele afdeling: bedankt voor de prachtige bloemen!")]
    [InlineData("On behalf of the team, congratulations to Sam on her retirement.")]
    [InlineData("Op persoonlijke titel: namens het ziekenhuis kan ik niets zeggen, maar ik vind dit onverstandig.")]
    [InlineData("Views my own. Speaking on behalf of the hospital is not my job, but this plan worries me.")]
    [InlineData("Ik vind dat de minister de plannen voor de wijkverpleging moet heroverwegen.")]
    [InlineData("Ik kan bevestigen dat ik morgen weer op de poli sta.")]
    [InlineData("I can confirm the rumours: I'm running the marathon this year!")]
    public void Is_silent_on_courtesy_personal_views_and_opinion(string text) => Verify.Rule("PL6003", text, Resident);

    [Theory]
    [InlineData("{|PL6003:Namens het ziekenhuis|} kan ik zeggen dat we dit beleid niet steunen.")]
    [InlineData("{|PL6003:Ons ziekenhuis is tegen|} de fusie, dat kan ik jullie vertellen.")]
    [InlineData("{|PL6003:Wij als ziekenhuis vinden|} dat de minister fout zit.")]
    [InlineData("{|PL6003:Ons Rivierduin Ziekenhuis staat achter|} de staking!")]
    [InlineData("{|PL6003:As a trust, we oppose|} the new contract.")]
    [InlineData("The hospital's {|PL6003:official view|} is that the new rota is safe.")]
    public void Fires_when_an_employee_states_the_institutions_stance(string markup) => Verify.Rule("PL6003", markup, Resident);

    [Theory]
    [InlineData("Our clinic supports families through the whole process.")]
    [InlineData("Onze praktijk steunt patiënten met diabetes met een leefstijlprogramma.")]
    [InlineData("As a general rule, we believe patients should bring a list of their medicines.")]
    [InlineData("Als de praktijk vindt dat je een verwijzing nodig hebt, regelen wij dat.")]
    [InlineData("Ik ben trots op ons ziekenhuis, dat vandaag 100 jaar bestaat.")]
    [InlineData("Persoonlijke mening: ik vind dat ons ziekenhuis de staking zou moeten steunen.")]
    [InlineData("Sharing our hospital's official vacancy: ICU nurse, apply before 1 June!")]
    [InlineData("Persoonlijke mening: ons ziekenhuis steunt de staking veel te weinig.")]
    [InlineData("My personal opinion, not my employer's: our hospital supports this plan too readily.")]
    public void Is_silent_on_care_descriptions_conditions_and_own_opinion(string text) => Verify.Rule("PL6003", text, Resident);

    [Fact]
    public void The_communications_officer_speaks_for_the_hospital() =>
        Verify.Rule("PL6003", "Namens het Rivierduin Ziekenhuis: wij steunen de landelijke actiedag van 12 mei.", p => p with { Author = new AuthorProfile("communications officer", null, AccountKind.Professional) });

    [Fact]
    public void An_institution_states_its_own_position() =>
        Verify.Rule("PL6003", "Officieel standpunt van ons ziekenhuis: wij steunen de landelijke actiedag.", p => p with { Author = new AuthorProfile("institution", null, AccountKind.Professional) });

    [Fact]
    public void Role_from_configuration_gives_the_mandate() =>
        Verify.Rule("PL6003", "Our hospital's position is that visiting hours stay as they are.", options: new PostLinterOptions { Author = new AuthorProfile("spokesperson") });

    [Theory]
    [InlineData("{|PL6003:Wij van de huisartsenpraktijk in Wolvega vinden|} de nieuwe regels onzin.")]
    [InlineData("{|PL6003:We at the Royal Infirmary oppose|} the closure of the walk-in centre.")]
    [InlineData("{|PL6003:As an unofficial spokesperson for our hospital|}: the car park is staying.")]
    public void Fires_on_members_and_self_declared_spokespersons(string markup) => Verify.Rule("PL6003", markup, Resident);

    [Theory]
    [InlineData("Wij van de afdeling wensen iedereen fijne feestdagen.")]
    [InlineData("Our hospital's spokesperson said the car park is staying.")]
    [InlineData("We at home think the new bins are ugly.")]
    public void Is_silent_on_wishes_reports_and_no_institution(string text) => Verify.Rule("PL6003", text, Resident);

    // A stance of the institution phrased with "fel tegen" or "we will not", and its stance as a noun.
    [Theory]
    [InlineData("{|PL6003:Als praktijk zijn we fel tegen|} de nieuwe bekostiging.")]
    [InlineData("Let me share {|PL6003:our hospital's stance|}: no strike cover from us.")]
    public void Fires_on_more_institutional_stances(string markup) => Verify.Rule("PL6003", markup);

    [Theory]
    [InlineData("Als patiënt ben ik fel tegen de eigen bijdrage.")]
    [InlineData("Wij als ouders vinden de kinderafdeling geweldig.")]
    public void Is_silent_on_stances_of_people_who_are_not_the_institution(string text) => Verify.Rule("PL6003", text);

    [Fact]
    public void Fires_on_behalf_of_a_partnership() =>
        Verify.Rule("PL6003", "{|PL6003:Namens de maatschap|}: wij zijn tegen de fusie met het UMC.");

    // Everyone at a named place: the place need not be called a hospital.
    [Theory]
    [InlineData("{|PL6003:Namens iedereen bij|} De Linde: wij zijn tegen de sluiting van de nachtzorg.")]
    [InlineData("{|PL6003:Speaking for everyone at|} Hillside: we will not accept these cuts.")]
    public void Fires_on_speaking_for_everyone_at_a_place(string markup) => Verify.Rule("PL6003", markup);

    [Fact]
    public void Is_silent_on_thanks_from_everyone_at_a_place() =>
        Verify.Rule("PL6003", "On behalf of everyone at Hillside ward, thank you for the flowers and cards!");
}

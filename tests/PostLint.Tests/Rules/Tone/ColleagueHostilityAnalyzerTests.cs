using PostLint.Tests.Verification;

namespace PostLint.Tests.Rules.Tone;

public class ColleagueHostilityAnalyzerTests
{
    [Theory]
    [InlineData("Die {|PL4003:arrogante chirurgen|} hier denken dat wij hun secretaresses zijn.")]
    [InlineData("Die {|PL4003:incompetente huisartsen|} sturen alles door.")]
    [InlineData("De {|PL4003:SEH-artsen snappen er echt niks van|}.")]
    [InlineData("Die {|PL4003:gynaecologen van het streekziekenhuis kunnen er echt helemaal niks van|}.")]
    [InlineData("{|PL4003:Nurses are useless|} on this ward.")]
    [InlineData("To the {|PL4003:clueless registrar|} who discharged my patient: {|PL4003:did you even go to medical school|}?")]
    [InlineData("Mijn {|PL4003:zogenaamde collega|} van de longziekten kraakte mijn beleid af.")]
    [InlineData("Onze nieuwe {|PL4003:co-assistent is echt hopeloos|}, kan nog geen infuus prikken.")]
    [InlineData("{|PL4003:Management heeft weer eens geen idee|} wat er op de vloer gebeurt.")]
    [InlineData("Our {|PL4003:managers haven't got a clue|}.")]
    public void Fires_on_belittling_colleagues(string markup) => Verify.Rule("PL4003", markup);

    [Theory]
    [InlineData("{|PL4003:Radiologists are the laziest|} doctors on earth.")]
    [InlineData("{|PL4003:Huisartsen zijn allemaal geldwolven|}.")]
    [InlineData("{|PL4003:surgeons are butchers|}")]
    [InlineData("Die {|PL4003:verpleegkundigen van de SEH zijn echt dom|}.")]
    [InlineData("{|PL4003:Anesthesiologists? glorified|} sleep technicians.")]
    [InlineData("{|PL4003:Verloskundigen? Veredelde|} kraamhulpen.")]
    [InlineData("Die {|PL4003:chirurgen zijn gewoon slagers|} met een diploma.")]
    [InlineData("{|PL4003:GPs are nothing but glorified|} receptionists.")]
    [InlineData("De {|PL4003:anesthesisten hier zijn de meest arrogante|} collega's die ik ken.")]
    [InlineData("{|PL4003:Consultants at this trust are the greediest|} people I know.")]
    public void Fires_on_a_demeaning_trait_pinned_on_a_whole_profession(string markup) => Verify.Rule("PL4003", markup);

    [Fact]
    public void Fires_on_a_senior_belittled_at_3am() =>
        Verify.Rule("PL4003", "3am and I'm still furious. My {|PL4003:so-called senior|} left me alone with a crashing patient and went home.");

    [Fact]
    public void Fires_on_a_named_colleague_belittled() =>
        Verify.Rule("PL4003", "Die nieuwe {|PL4003:collega Sanne is echt een nul|}, kan nog geen bloeddruk meten.");

    [Theory]
    [InlineData("Radiologists are the unsung heroes of the hospital.")]
    [InlineData("Surgeons are the busiest specialists this winter.")]
    [InlineData("Anesthesiologists are the most underappreciated doctors in the hospital.")]
    [InlineData("Huisartsen zijn de spil van de zorg en verdienen meer tijd per patiënt.")]
    [InlineData("Surgeons are not lazy, they are exhausted.")]
    [InlineData("Nurses are lazy? Think again: they walk 15 km a shift.")]
    [InlineData("De verpleegkundigen zijn gek op de nieuwe koffieautomaat.")]
    [InlineData("De polisvoorwaarden van mijn zorgverzekeraar zijn belachelijk.")]
    [InlineData("The new rota for the nurses is ridiculous.")]
    [InlineData("Mijn collega Sanne is een topper!")]
    public void Is_silent_on_praise_facts_and_negation_about_a_profession(string text) => Verify.Rule("PL4003", text);

    [Theory]
    [InlineData("The myth that nurses are lazy must end.")]
    [InlineData("Het vooroordeel dat huisartsen geldwolven zijn klopt gewoon niet.")]
    [InlineData("It is a stereotype that surgeons are arrogant; most I work with are kind.")]
    [InlineData("Chirurgen zijn cowboys, zeggen ze. Ik zie vooral zorgvuldige collega's.")]
    public void Is_silent_when_a_stereotype_is_named_to_reject_it(string text) => Verify.Rule("PL4003", text);

    [Theory]
    [InlineData("Wij chirurgen zijn soms echte cowboys, haha.")]
    [InlineData("We nurses are hopeless at taking our own breaks.")]
    [InlineData("Wij huisartsen hebben geen idee wat de minister nu weer wil.")]
    public void Is_silent_on_jokes_about_the_authors_own_profession(string text) => Verify.Rule("PL4003", text);

    [Fact]
    public void Fires_on_sarcasm_aimed_at_another_profession() =>
        Verify.Rule("PL4003", "{|PL4003:Oh sure|}, let's all take mental health advice from a life coach, what could possibly go wrong 🙄");

    [Theory]
    [InlineData("Het beleid van de minister is onverantwoord en moet worden teruggedraaid.")]
    [InlineData("De bezuinigingen op de wijkverpleging zijn onverstandig. Ik roep de Tweede Kamer op ze te heroverwegen.")]
    [InlineData("The surgeons did a fantastic job today.")]
    [InlineData("Dankzij de huisartsen in de regio is de griepprik weer een succes.")]
    [InlineData("GMC guidance says we should treat colleagues fairly and with respect, and that includes online.")]
    [InlineData("Ik snap de frustratie over de wachtlijsten. Maar hou het respectvol naar collega's. Boos op het systeem, niet op elkaar.")]
    public void Is_silent_on_respectful_criticism_and_praise(string text) => Verify.Rule("PL4003", text);

    [Theory]
    [InlineData("{|PL4003:Surgeons: the biggest egos and the smallest brains|}.")]
    [InlineData("{|PL4003:Chirurgen: de grootste ego's en de kleinste hersens|}.")]
    [InlineData("Honestly, {|PL4003:consultants have the biggest egos|} in the building.")]
    public void Fires_on_a_verbless_put_down_of_a_profession(string markup) => Verify.Rule("PL4003", markup);

    [Theory]
    [InlineData("Surgeons: the busiest team this winter.")]
    [InlineData("Nurses: the backbone of our hospital.")]
    [InlineData("Neonatologists: the smallest patients and the biggest hearts.")]
    [InlineData("Verpleegkundigen: de ruggengraat van ons ziekenhuis.")]
    public void Is_silent_on_a_verbless_tribute_to_a_profession(string text) => Verify.Rule("PL4003", text);

    [Theory]
    [InlineData("Die {|PL4003:arts-assistent van gisteren is een regelrechte ramp|}.")]
    [InlineData("De nieuwe {|PL4003:collega was een ramp|}, ik heb alles overgedaan.")]
    [InlineData("The new {|PL4003:registrar is a total disaster|}.")]
    public void Fires_on_a_colleague_called_a_disaster(string markup) => Verify.Rule("PL4003", markup);

    [Theory]
    [InlineData("De nachtdienst was een ramp, drie opnames tegelijk.")]
    [InlineData("Het weer is een ramp vandaag.")]
    [InlineData("The night team was a disaster zone after the pile-up.")]
    [InlineData("Het rooster van de arts-assistent is een ramp.")]
    [InlineData("The flooding was a disaster for the whole region.")]
    public void Is_silent_on_a_shift_or_a_day_called_a_disaster(string text) => Verify.Rule("PL4003", text);
}

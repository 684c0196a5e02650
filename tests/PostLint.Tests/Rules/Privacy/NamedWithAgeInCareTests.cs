using PostLint.Tests.Verification;

namespace PostLint.Tests.Rules.Privacy;

/// <summary>
/// PL1001 on the writer's own family named with an age in a post about their care: a patient introduced as a record introduces
/// one. The writer's family without care or age, a nurse introducing herself, and the writer telling their own story stay silent.
/// </summary>
public class NamedWithAgeInCareTests
{
    [Theory]
    [InlineData("Mijn opa {|PL1001:Wiebe|} (88) is vannacht opgenomen met een longontsteking.")]
    [InlineData("My brother {|PL1001:Daniel|} (29) was diagnosed with lymphoma last week.")]
    [InlineData("Mijn tante {|PL1001:Annie|} (71) ligt sinds gisteren op de IC.")]
    public void Fires_on_family_named_with_an_age_in_care(string markup) => Verify.Rule("PL1001", markup);

    [Theory]
    [InlineData("Mijn zoon Thijs is vandaag geslaagd voor zijn rijexamen!")]
    [InlineData("My dad Frank still plays golf every Sunday.")]
    [InlineData("My son Jack (4) thinks the hospital is a castle when we visit grandma at work.")]
    [InlineData("Mijn vader Henk (80) fietst nog elke dag naar de markt.")]
    [InlineData("Ik ben Anouk (34), verpleegkundige op de IC, en vandaag vertel ik over nachtdiensten.")]
    [InlineData("Hi, I'm Tom, 45, a paramedic, and this is what a night shift looks like.")]
    [InlineData("Ik ben Marieke, 38, en sinds gisteren opgenomen op de IC.")]
    [InlineData("Hi all, I'm Trevor, 58, diagnosed with MS last year. Any tips for fatigue?")]
    public void Is_silent_on_family_without_care_on_staff_and_on_the_writers_own_story(string text) => Verify.Rule("PL1001", text);
}

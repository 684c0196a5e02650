using PostLint.Diagnostics;
using PostLint.Tests.Verification;

namespace PostLint.Tests.Rules.Reidentification;

/// <summary>
/// Descriptions that fit one person because the news knows them: the captain or coach of a national team, the first
/// person somewhere to receive a treatment, and the victims of a local incident with an age. The look-alikes: the same
/// roles in public, the first institution or the first patients (a group), and advice after an incident.
/// </summary>
public class UniqueRolesAndNewsEventsTests
{
    [Theory]
    [InlineData("Vandaag de knie gehecht van de {|PL2002:aanvoerster van het Nederlands handbalteam|}.")]
    [InlineData("We stitched up the {|PL2002:captain of the Irish hockey side|} after Saturday's final.")]
    [InlineData("Trots op {|PL2002:de eerste baby in Limburg|} die deze nieuwe behandeling kreeg.")]
    [InlineData("{|PL2002:The first patient in Yorkshire|} to undergo the new heart procedure went home today.")]
    public void Fires_on_a_role_or_a_first_that_fits_one_patient(string markup) => Verify.Rule("PL2002", markup);

    [Theory]
    [InlineData("We looked after the six people {|PL2001:injured when the roof collapsed in Margate|}; the youngest, 11, went home.")]
    public void Fires_on_the_victims_of_a_local_incident_with_an_age(string markup) => Verify.Rule("PL2001", markup);

    [Theory]
    [InlineData("De aanvoerder van het Nederlands elftal bezocht vandaag de kinderafdeling.")]
    [InlineData("The head coach of the Scottish women's team spoke at our sports medicine conference.")]
    [InlineData("The first hospitals in Yorkshire to offer the procedure are Leeds and Sheffield.")]
    [InlineData("The first patients to receive the new vaccine will get a letter from their GP.")]
    [InlineData("Na de brand in Almere: wie rook heeft ingeademd kan bellen met de huisartsenpost.")]
    [InlineData("Most people injured in fires at home are over 65, says the fire service.")]
    public void Is_silent_on_public_roles_institutions_groups_and_advice(string text) =>
        Verify.NoFinding(DiagnosticCategory.Reidentification, text);
}

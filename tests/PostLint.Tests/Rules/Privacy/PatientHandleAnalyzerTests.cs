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
}

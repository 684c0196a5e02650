using HospitalRules;
using PostLint.Tests.Verification;

namespace PostLint.Tests.Plugins;

/// <summary>The sample plugin's HOSP0001: an extension word directly followed by a three- to five-digit number.</summary>
public class InternalExtensionAnalyzerTests
{
    private static readonly PostLinterOptions WithPlugin = new() { AdditionalAnalyzers = [new InternalExtensionAnalyzer()] };

    [Theory]
    [InlineData("Vragen? Bel gerust {|HOSP0001:toestel 4321|} op de afdeling.")]
    [InlineData("Bereikbaar via {|HOSP0001:tst. 4321|} tot vijf uur.")]
    [InlineData("Spoed? {|HOSP0001:Tst nr. 5555|}, de dienstdoende arts neemt op.")]
    [InlineData("Het {|HOSP0001:toestelnummer 812|} van de SEH is gewijzigd.")]
    [InlineData("Bel {|HOSP0001:intern 4321|} voor de dienstdoende arts.")]
    [InlineData("Planning? Bel {|HOSP0001:toestel 2019|}, dat is het secretariaat.")]
    [InlineData("Questions? Call me on {|HOSP0001:ext. 4321|} any time.")]
    [InlineData("The ward is reachable at {|HOSP0001:extension 24680|} during the night.")]
    [InlineData("The board in the staff room says \"{|HOSP0001:ext. 4321|}\" for the night team.")]
    public void Fires_on_an_extension_number(string markup) => Verify.Rule("HOSP0001", markup, options: WithPlugin);

    [Theory]
    [InlineData("Zie tst. hieronder voor de uitslagen van de toets.")]
    [InlineData("Extension of the deadline 2025 is approved, thanks to the board.")]
    [InlineData("Het toestel van 2019 doet het nog prima op de afdeling.")]
    [InlineData("Visa extension 2025 approved for our new colleague!")]
    [InlineData("Our intern 2024 cohort starts on Monday.")]
    [InlineData("Ext. 4321-5678 are the new numbers of the outpatient clinic.")]
    [InlineData("Toestel 3 van de IC is kapot, de technicus komt morgen.")]
    [InlineData("Order number ext. 123456 has shipped.")]
    [InlineData("Our hair extension 300% sale ends today.")]
    [InlineData("Het nieuwe toestel\n4321 mensen gebruiken het al.")]
    public void Is_silent_on_look_alikes(string text) => Verify.Rule("HOSP0001", text, options: WithPlugin);

    [Theory]
    [InlineData("Vragen? Bel gerust {|HOSP0001:toestel 4321|} op de afdeling.", "de receptie", "intern toestelnummer")]
    [InlineData("Questions? Call me on {|HOSP0001:ext. 4321|} any time.", "the switchboard", "internal extension")]
    public void Message_and_fix_follow_the_language(string markup, string replacement, string message)
    {
        var diagnostic = Verify.Rule("HOSP0001", markup, options: WithPlugin).Diagnostics.Single(d => d.Id == "HOSP0001");

        diagnostic.Message.Should().Contain(message);
        diagnostic.Fixes.Single().Edits.Single().NewText.Should().Be(replacement);
        Verify.FixesResolve("HOSP0001", Markup.Parse(markup).Text, options: WithPlugin);
    }
}

using PostLint.Tests.Verification;

namespace PostLint.Tests.Rules.Confidentiality;

public class CodenameAnalyzerTests
{
    private static readonly PostLinterOptions WithCodenames = new() { Codenames = ["Zeearend", "Blauwe Reiger", "Project Nightfall"] };

    [Theory]
    [InlineData("Morgen de kick-off van {|PL3003:Zeearend|}, spannend!")]
    [InlineData("Great session on {|PL3003:blauwe reiger|} today with the whole team.")]
    [InlineData("Who else is working on {|PL3003:Project Nightfall|}? 🚀")]
    public void Fires_on_configured_codenames(string markup) => Verify.Rule("PL3003", markup, options: WithCodenames);

    [Theory]
    [InlineData("Trots op de zeearenden boven de Oostvaardersplassen!")]
    [InlineData("Een blauwe vogel op de vensterbank van de afdeling.")]
    public void Configured_codenames_match_whole_words_only(string text) => Verify.Rule("PL3003", text, options: WithCodenames);

    [Theory]
    [InlineData("Excited to share the {|PL3003:Project Lighthouse|} roadmap: we close the unit in Ashby by March.")]
    [InlineData("De eerste resultaten van {|PL3003:project Zeearend|} zijn binnen: 38 van de 40 patiënten. Nog niet gepubliceerd!")]
    [InlineData("Nieuwe app in ontwikkeling, {|PL3003:codenaam Kompas|}. Meer kan ik nog niet zeggen.")]
    [InlineData("Our team is building it under the {|PL3003:working title Bluebird|}.")]
    [InlineData("Stuurgroep vandaag over {|PL3003:Project X|}: de fusie gaat door.")]
    [InlineData("{|PL3003:Operation Heron|} starts in May: the merger with the county trust is not yet announced.")]
    public void Fires_on_internal_project_names(string markup) => Verify.Rule("PL3003", markup);

    [Theory]
    [InlineData("Ons project Gezonde Wijk is genomineerd voor de zorgprijs! Stem op ons.")]
    [InlineData("Project Nightingale was the name of the Florence Nightingale exhibition at our hospital museum.")]
    [InlineData("De projectleider van het project valpreventie geeft vanavond een lezing.")]
    [InlineData("Zeearend gespot boven de Lauwersmeer 🦅")]
    [InlineData("Operation Smile volunteers operated on 40 children with cleft lips this week.")]
    public void Is_silent_on_public_projects(string text) => Verify.Rule("PL3003", text);

    [Fact]
    public void Fix_replaces_the_codename() =>
        Verify.FixesResolve("PL3003", "Morgen de kick-off van Zeearend.", options: WithCodenames);
}

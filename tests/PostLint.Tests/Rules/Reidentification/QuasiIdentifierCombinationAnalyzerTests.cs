using PostLint.Diagnostics;
using PostLint.Tests.Verification;

namespace PostLint.Tests.Rules.Reidentification;

public class QuasiIdentifierCombinationAnalyzerTests
{
    private static readonly PostLinter Linter = new();

    [Theory]
    [InlineData("Vannacht een 94-jarige dame van Schiermonnikoog opgenomen met een {|PL2001:zeldzame ALS-variant|}.")]
    [InlineData("Wie kent dit: een 27-jarige vrouw uit Harlingen met {|PL2001:Huntington|}. Hoe ga je om met haar kinderwens?")]
    [InlineData("Saw a {|PL2001:Creutzfeldt-Jakob|} case this week, a 60-year-old farmer from just outside Grimsby.")]
    [InlineData("Vorige week kwam de bakker uit {|PL2001:Bronkhorst|} bij mij met meelastma.")]
    [InlineData("Tonight's job: 17yo lad, {|PL2001:quad bike rollover|} on a farm outside Hexham. Airlifted to the RVI.")]
    public void Fires_on_combinations_that_point_at_one_person(string markup) => Verify.Rule("PL2001", markup);

    [Theory]
    [InlineData("Tough night: the 94-year-old retired vicar from Hay-on-Wye we admitted last night is now stable.")]
    [InlineData("Admitted a man in his early nineties from Mousehole last night after a fall.")]
    [InlineData("Een man in zijn vroege negentig uit Bourtange lag gisteren bij ons op de SEH.")]
    [InlineData("Vannacht een zesentachtig jaar oude man uit Ootmarsum opgenomen met een heupfractuur.")]
    [InlineData("Vandaag een tweeling van 3 maanden uit Urk met een zeldzame stofwisselingsziekte opgenomen.")]
    [InlineData("De burgemeester van Oudewater lag vannacht bij ons op de IC.")]
    [InlineData("Saw a retired vicar in his late eighties from Settle in clinic yesterday with a rare form of ALS.")]
    public void Fires_on_ages_in_words_small_places_and_roles_in_both_languages(string text) =>
        Linter.Analyze(text).Diagnostics.Should().Contain(d => d.Id == "PL2001");

    [Theory]
    [InlineData("Dit jaar 120 heupoperaties bij 80-plussers in Zwolle, een record voor ons team.")]
    [InlineData("Open dag in Deventer zaterdag: kom kijken op de afdeling cardiologie van ons ziekenhuis!")]
    [InlineData("Ik ben 52 en loop de marathon van Rotterdam voor KWF.")]
    [InlineData("In 1953 kwam de watersnood; veel ziekenhuizen in Zeeland werden ontruimd.")]
    [InlineData("Al 25 jaar werkzaam als huisarts in Staphorst en nog elke dag blij.")]
    [InlineData("Dank aan de burgemeester van Oudewater voor de heerlijke taart op de afdeling!")]
    [InlineData("Wij zoeken een IC-verpleegkundige in Zwolle. Solliciteer voor 1 juni!")]
    [InlineData("De burgemeester van Zwolle opende vandaag de nieuwe IC van ons ziekenhuis.")]
    [InlineData("De burgemeester bezocht vandaag de IC en sprak met patiënten en personeel.")]
    [InlineData("The mayor of Truro opened our new ward today, thank you!")]
    [InlineData("This year we performed 300 hip replacements in over-80s in Truro, a record.")]
    [InlineData("I'm in my fifties and work on the ward in Truro.")]
    [InlineData("Kinderen van 3 maanden krijgen in Nederland hun eerste vaccinaties.")]
    public void Is_silent_on_statistics_events_visits_vacancies_and_the_author(string text) =>
        Verify.NoFinding(DiagnosticCategory.Reidentification, text);

    [Theory]
    [InlineData("Een oudere patiënt uit de regio vertelde me laatst dat eenzaamheid meer pijn doet dan haar heup.")]
    [InlineData("An elderly patient recently reminded me that loneliness can hurt as much as pain.")]
    [InlineData("In Nederland leven ruim 290.000 mensen met dementie (bron: Alzheimer Nederland).")]
    [InlineData("Tien jaar geleden begon ik als huisarts in deze praktijk in Winterswijk.")]
    [InlineData("Vandaag mijn 25-jarig jubileum bij de thuiszorg in Urk gevierd!")]
    [InlineData("Een bewoonster van in de negentig leerde ons deze week een oud liedje.")]
    [InlineData("Congratulations to Dr Helen Osei, who defended her PhD thesis on sepsis in care homes at the University of Leeds today!")]
    public void Is_silent_on_generalised_anecdotes_and_look_alikes(string text) => Verify.NoFinding(DiagnosticCategory.Reidentification, text);

    [Fact]
    public void Is_silent_when_patients_write_about_themselves() =>
        Verify.NoFinding(
            DiagnosticCategory.Reidentification,
            "Ik ben 52, heb sinds vorige week een nieuwe nier en fiets weer naar mijn werk in Urk.",
            post => post with { Author = new AuthorProfile("patient") });

    [Fact]
    public void Is_an_error_when_the_estimate_is_about_one_person()
    {
        var result = Linter.Analyze("Vannacht een 94-jarige dame van Schiermonnikoog opgenomen met een zeldzame ALS-variant.");
        var diagnostic = result.Diagnostics.Single(d => d.Id == "PL2001");
        diagnostic.Severity.Should().Be(DiagnosticSeverity.Error);
        diagnostic.Message.Should().Contain("Schiermonnikoog (≈ 950 inwoners)").And.Contain("Anoniem is niet hetzelfde als niet herleidbaar");
    }

    [Fact]
    public void Carries_the_estimate_and_the_combined_details()
    {
        const string text = "Vorige week kwam de bakker uit Bronkhorst bij mij met meelastma.";
        var estimate = Linter.Analyze(text).Diagnostics.Single(d => d.Id == "PL2001").Estimate;
        estimate.Should().NotBeNull();
        estimate!.Low.Should().BeLessThan(estimate.High);
        estimate.QuasiIdentifiers.Select(q => text[q.Span.Start..q.Span.End]).Should().BeEquivalentTo("Vorige week", "bakker", "Bronkhorst", "meelastma");
    }

    [Theory]
    [InlineData("Vannacht een 94-jarige dame van Schiermonnikoog opgenomen met een zeldzame ALS-variant.")]
    [InlineData("Casus: 29-jarige keeper van PEC Zwolle met ritmestoornissen bij inspanning. Gisteren ICD geplaatst.")]
    [InlineData("A 31-year-old firefighter from Kendal diagnosed last week with mesothelioma.")]
    [InlineData("Gisteravond werd op onze SEH een 8-jarig meisje uit Urk binnengebracht na een val van de hooizolder.")]
    [InlineData("Vandaag een tweeling van 3 maanden uit Urk met een zeldzame stofwisselingsziekte opgenomen.")]
    [InlineData("Tough night: the 94-year-old retired vicar from Hay-on-Wye we admitted last night is now stable.")]
    public void Every_listed_fix_brings_the_post_above_the_threshold(string text)
    {
        var diagnostic = Linter.Analyze(text).Diagnostics.Single(d => d.Id == "PL2001");
        diagnostic.Fixes.Should().NotBeEmpty();
        foreach (var fix in diagnostic.Fixes)
        {
            var fixedText = fix.ApplyTo(text);
            Linter.Analyze(fixedText).Diagnostics.Should().NotContain(d => d.Id == "PL2001", $"fix '{fix.Title}' gives: {fixedText}");
        }
    }

    [Fact]
    public void Thresholds_are_configurable()
    {
        const string text = "Vorige week kwam een 45-jarige man uit Zwolle bij mij met MS.";
        var strict = new PostLinter(new PostLinterOptions { Reidentification = new ReidentificationOptions { WarningBelow = 1_000_000, ErrorBelow = 0 } });
        strict.Analyze(text).Diagnostics.Should().Contain(d => d.Id == "PL2001" && d.Severity == DiagnosticSeverity.Warning);
        var lenient = new PostLinter(new PostLinterOptions { Reidentification = new ReidentificationOptions { WarningBelow = 0.000001, ErrorBelow = 0 } });
        lenient.Analyze(text).Diagnostics.Should().NotContain(d => d.Id == "PL2001");
    }

    [Fact]
    public void A_configured_severity_still_wins() =>
        new PostLinter(new PostLinterOptions { RuleSeverities = new Dictionary<string, DiagnosticSeverity?> { ["PL2001"] = DiagnosticSeverity.Info } })
            .Analyze("Vannacht een 94-jarige dame van Schiermonnikoog opgenomen met een zeldzame ALS-variant.")
            .Diagnostics.Single(d => d.Id == "PL2001").Severity.Should().Be(DiagnosticSeverity.Info);

    [Theory]
    [InlineData("Vorige week een 52-jarige man uit Marken met leptospirose, opgevist uit de sloot.")]
    [InlineData("Confirmed Q fever in a 41-year-old woman from Appleby this month.")]
    [InlineData("Een 16-jarige uit Vlieland met een postpartumpsychose, ik lig er wakker van.")]
    [InlineData("A 33yo taxi driver from Stornoway with a severe head injury, flown to Glasgow tonight.")]
    [InlineData("De 58-jarige dierenarts uit Ootmarsum heeft sinds gisteren een longembolie.")]
    public void Fires_on_rare_infections_injuries_and_trades_in_small_places(string text) =>
        Linter.Analyze(text).Diagnostics.Should().Contain(d => d.Id == "PL2001");

    [Theory]
    [InlineData("Ten years as a nurse today. Lesson one: never judge a frequent attender before you know their story.")]
    [InlineData("Veel ouderen in Drenthe krijgen dit najaar de griepprik; wie 60 jaar of ouder is, krijgt een uitnodiging.")]
    [InlineData("Leptospirose komt in Nederland zo'n 100 keer per jaar voor, meestal na contact met slootwater.")]
    public void Is_silent_on_verbs_general_advice_and_yearly_counts(string text) => Verify.NoFinding(DiagnosticCategory.Reidentification, text);

    [Theory]
    [InlineData("Promotie op donderdag 10 april: van 1.214 patiënten van 70 jaar en ouder in de regio had een op de tien een delier.")]
    [InlineData("Vacature in Heerenveen: verpleegkundige voor onze ouderen met dementie, solliciteren tot 15 februari.")]
    [InlineData("Zoals oud-schaatser Jan Verhoef zelf in de krant vertelde, heeft hij prostaatkanker.")]
    [InlineData("Wij, de verpleegkundigen van Ziekenhuis Dollardzicht, nemen afstand van het besluit van de Raad van Bestuur.")]
    public void Is_silent_on_group_ages_vacancies_titled_public_figures_and_boards(string text) => Verify.NoFinding(DiagnosticCategory.Reidentification, text);
}

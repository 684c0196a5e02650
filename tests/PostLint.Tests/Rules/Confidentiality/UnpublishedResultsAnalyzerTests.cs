using PostLint.Tests.Verification;

namespace PostLint.Tests.Rules.Confidentiality;

public class UnpublishedResultsAnalyzerTests
{
    [Theory]
    [InlineData("De {|PL3005:eerste resultaten|} zijn binnen: bij 38 van de 40 patiënten geen recidief. {|PL3005:Nog niet gepubliceerd|}, dus even geduld 🤫")]
    [InlineData("Can't say much yet, but {|PL3005:our phase II data show|} a 50% drop in relapse rates.")]
    [InlineData("{|PL3005:Voorlopige resultaten|} van onze trial: 72% minder heropnames!")]
    [InlineData("Sharing some {|PL3005:unpublished data|} from our lab today, watch this space.")]
    [InlineData("{|PL3005:Interim analysis|} looks amazing: HR 0.61 for the primary endpoint.")]
    [InlineData("{|PL3005:Onze trial laat zien|} dat het werkt ({|PL3005:nog niet openbaar|}): 3 van de 4 patiënten knapten op.")]
    [InlineData("I know it's {|PL3005:before the paper is out|}, but the effect is huge.")]
    [InlineData("{|PL3005:Results are in|}: 68% remission at 12 weeks! Can't share the paper {|PL3005:until it's accepted|}.")]
    [InlineData("{|PL3005:Onze trial naar het nieuwe middel toont|} 40% minder aanvallen. {|PL3005:Publicatie volgt|} in 2027.")]
    [InlineData("We can't share the {|PL3005:unpublished data|} yet, but 38 of 40 patients responded.")]
    public void Fires_on_unpublished_results(string markup) => Verify.Rule("PL3005", markup);

    [Theory]
    [InlineData("Blij dat onze studie naar valpreventie vandaag is gepubliceerd in het NTvG. Dank aan alle 412 deelnemers!")]
    [InlineData("Our trial shows a 30% reduction in falls: https://doi.org/10.1136/bmj.n1234")]
    [InlineData("Preliminary results were published in JAMA last year: 40% fewer readmissions.")]
    [InlineData("Results will be published in The Lancet next year. Thanks to all participants!")]
    [InlineData("We zoeken deelnemers voor ons onderzoek naar slaap bij ouderen. Aanmelden via de website.")]
    [InlineData("Our trial is registered as NCT05512344 and recruitment opens next month in 12 UK hospitals.")]
    [InlineData("De eerste resultaten verwachten we eind 2027.")]
    [InlineData("Embargo lifted: our NEJM study shows a 30% reduction in stroke. Link below.")]
    [InlineData("Dit artikel is nog niet gepubliceerd, maar de preprint staat op medRxiv: 30% minder opnames.")]
    [InlineData("Ondanks de glasnost kan zijn roman nog niet gepubliceerd worden.")]
    [InlineData("Voorlopige resultaten van de griepvaccinatie: kijk op www.rivm.nl voor 62% dekking.")]
    [InlineData("Never share unpublished data on social media, even with colleagues.")]
    [InlineData("Deel geen ongepubliceerde resultaten online, ook niet in een besloten groep.")]
    [InlineData("Do not post interim results before the trial committee has seen them.")]
    [InlineData("Don't share unpublished data with the press, however proud you are.")]
    public void Is_silent_on_published_results_and_announcements(string text) => Verify.Rule("PL3005", text);

    [Theory]
    [InlineData("First look at our trial data {|PL3005:before it goes to the journal|}: 28% fewer infections with the new dressing!")]
    [InlineData("Alvast een voorproefje {|PL3005:voordat het naar het tijdschrift gaat|}: 3 van de 4 patiënten pijnvrij.")]
    public void Fires_on_results_shared_before_they_go_to_the_journal(string markup) => Verify.Rule("PL3005", markup);

    [Theory]
    [InlineData("We are polishing the manuscript before it goes to the journal. Thanks to all co-authors!")]
    [InlineData("Our trial is done! We'll share the results once the paper is out; before we submit, the data get a second check.")]
    public void Is_silent_on_a_manuscript_without_results(string text) => Verify.Rule("PL3005", text);

    [Theory]
    [InlineData("Manuscript accepted! No details on the results {|PL3005:until publication|}, but wow.")]
    [InlineData("Ons artikel is geaccepteerd. De resultaten houd ik voor me {|PL3005:tot publicatie|}, maar ze zijn mooi.")]
    public void Fires_on_results_held_until_publication(string markup) => Verify.Rule("PL3005", markup);
}

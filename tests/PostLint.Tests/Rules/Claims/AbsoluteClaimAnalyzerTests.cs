using PostLint.Diagnostics;
using PostLint.Tests.Verification;

namespace PostLint.Tests.Rules.Claims;

public class AbsoluteClaimAnalyzerTests
{
    [Theory]
    [InlineData("Gember {|PL5001:geneest|} migraine binnen een uur, probeer het maar.")]
    [InlineData("Dit nieuwe supplement is {|PL5001:100% veilig|} voor zwangeren.")]
    [InlineData("Mijn methode: {|PL5001:gegarandeerd|} van je rugpijn af in drie sessies.")]
    [InlineData("Een natuurlijk middel {|PL5001:zonder bijwerkingen|} tegen slapeloosheid.")]
    [InlineData("Magnesium is {|PL5001:wetenschappelijk bewezen|} tegen kramp.")]
    [InlineData("Wat {|PL5001:artsen willen niet dat je dit weet|}: vitamine C tegen griep.")]
    [InlineData("Honing is het echte {|PL5001:wondermiddel|}.")]
    [InlineData("Start je dag met onze {|PL5001:detox thee|}.")]
    [InlineData("Elke ochtend gember: zo {|PL5001:boost je immuunsysteem|}.")]
    [InlineData("Sinds we knoflook eten heeft {|PL5001:nog nooit iemand|} op de afdeling griep gehad.")]
    [InlineData("Acupuncture {|PL5001:cures|} migraine for good.")]
    [InlineData("This cream is {|PL5001:100% safe|} for babies with eczema.")]
    [InlineData("Our tea is {|PL5001:clinically proven|} to lower blood pressure.")]
    [InlineData("Garlic capsules, {|PL5001:no side effects|} at all.")]
    [InlineData("Vitamin D is {|PL5001:100% effective|} against flu and {|PL5001:doctors don't want you to know|} this.")]
    [InlineData("Juice cleanse that {|PL5001:flushes out toxins|} overnight.")]
    [InlineData("{|PL5001:Vitamine C voorkomt|} verkoudheid, daar hoef je geen studie voor te lezen.")]
    [InlineData("{|PL5001:Garlic protects against|} the flu better than any jab.")]
    [InlineData("{|PL5006:Kanker is te genezen met vitamine B17|}, {|PL5001:verzwijgt|} de farmaceutische industrie.")] // the refuted claim (PL5006) takes the cure promise
    [InlineData("Intermittent fasting {|PL5001:reverses type 2 diabetes in every patient|}. Period.")]
    [InlineData("Dit dieet {|PL5001:voorkomt migraine bij iedereen|}, echt waar.")]
    public void Fires_on_absolute_and_miracle_claims(string markup) => Verify.Rule("PL5001", markup);

    [Theory]
    [InlineData("Geen enkel vaccin is 100% veilig, maar de voordelen zijn veel groter dan de risico's.")]
    [InlineData("No vaccine is 100% effective, which is why we also wash our hands.")]
    [InlineData("Antibiotica zijn geen wondermiddel tegen verkoudheid.")]
    [InlineData("Kurkuma geneest niet, ook al lees je dat overal.")]
    [InlineData("There is no cure for Huntington's disease yet, but research is moving fast.")]
    [InlineData("Ik weet het 100% zeker: de borrel is om vijf uur.")]
    [InlineData("Gegarandeerd een gezellige open dag, iedereen is welkom!")]
    [InlineData("Geen enkel medicijn is zonder bijwerkingen; lees de bijsluiter.")]
    [InlineData("Bewegen werkt beter dan rust bij lage rugpijn (bron: NHG-Standaard).")]
    [InlineData("Statins are clinically proven to reduce heart attacks, see the Cochrane review.")]
    [InlineData("Vitamine D voorkomt botbreuken bij ouderen (Gezondheidsraad, 2012).")]
    [InlineData("Vitamin C does not prevent colds in most people.")]
    [InlineData("Weight loss can reverse type 2 diabetes in many patients, but it doesn't work for everyone.")]
    [InlineData("De griepprik voorkomt griep niet bij iedereen, maar beschermt wel tegen ernstige ziekte.")]
    [InlineData("Sunscreen prevents skin cancer, so always wear it in summer (bron: KWF).")]
    [InlineData("Bewegen voorkomt rugpijn, dus neem altijd de trap.")]
    [InlineData("Intensive lifestyle change reversed diabetes in all cases followed for a year (DiRECT trial, Lancet 2018).")]
    public void Is_silent_on_negated_sourced_and_non_health_absolutes(string text) => Verify.Rule("PL5001", text);

    [Fact]
    public void Health_education_draws_no_claim() =>
        Verify.NoFinding(DiagnosticCategory.Claims, "Code oranje voor hitte: drink voldoende water, blijf in de schaduw en kijk om naar oudere buren.");

    [Theory]
    [InlineData("Mijn schoonmoeder beweert dat kurkuma artrose geneest. Ik heb haar naar de reumatoloog verwezen.")]
    [InlineData("Anyone promising a miracle cure for long covid is selling something.")]
    [InlineData("Influencers claim this tea is 100% safe for pregnant women.")]
    [InlineData("Gember kan helpen tegen misselijkheid en geneest soms ook reisziekte.")]
    [InlineData("We're hopeful that gene therapy could one day cure sickle cell disease.")]
    [InlineData("The new contract guarantees access to a practice nurse within two days.")]
    [InlineData("Op de poster stond \"Deze thee geneest alles\", maar daar klopt niks van.")]
    public void Is_silent_on_reported_hedged_quoted_and_service_guarantees(string text) => Verify.Rule("PL5001", text);

    [Theory]
    [InlineData("My client said it best: this tincture {|PL5001:cures|} migraine, and I agree.")]
    [InlineData("Deze kuur {|PL5001:geneest|} eczeem, dat zeg ik al jaren.")]
    [InlineData("Our cream clears acne, {|PL5001:guaranteed|}.")]
    public void Fires_on_endorsed_and_own_claims(string markup) => Verify.Rule("PL5001", markup);
}

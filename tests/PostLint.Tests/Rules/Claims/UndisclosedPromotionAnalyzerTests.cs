using PostLint.Tests.Verification;

namespace PostLint.Tests.Rules.Claims;

public class UndisclosedPromotionAnalyzerTests
{
    [Theory]
    [InlineData("Mijn favoriete vitaminegummies! {|PL5005:Met code ZORG20|} krijg je 20% korting.")]
    [InlineData("Deze magnesiumcrème gebruik ik zelf ook, {|PL5005:kortingscode|} in mijn bio.")]
    [InlineData("Heerlijke proteïneshakes voor na het sporten, {|PL5005:bestel nu|} via de link.")]
    [InlineData("Onze eigen kruidenkuur tegen stress is {|PL5005:nu verkrijgbaar|} in de praktijk.")]
    [InlineData("Loving these sleep gummies, {|PL5005:use my code|} at checkout.")]
    [InlineData("My favourite collagen powder. {|PL5005:Link in bio|}!")]
    [InlineData("Great joint supplement, {|PL5005:use code SARAH15|} for 15% off.")]
    public void Fires_on_undisclosed_promotion(string markup) => Verify.Rule("PL5005", markup);

    [Theory]
    [InlineData("#advertentie Mijn favoriete vitaminegummies! Met code ZORG20 krijg je 20% korting.")]
    [InlineData("In samenwerking met SlaapWel: deze kussens gebruik ik zelf. Kortingscode in bio.")]
    [InlineData("Loving these sleep gummies, use my code at checkout. #ad")]
    [InlineData("Paid partnership with NutriCo: their collagen powder, link in bio.")]
    [InlineData("Help je mee? De Vriendenstichting spaart voor een speeltuin. Doneren kan via de link in bio.")]
    [InlineData("Our patient association raises funds for research: donate via the link in bio, every pound counts.")]
    [InlineData("Nieuw: bloedafname op afspraak. Maak uw afspraak via het patiëntenportaal, het is gratis.")]
    [InlineData("Code oranje voor hitte vandaag. Drink voldoende water.")]
    [InlineData("Full article on long COVID: link in bio.")]
    public void Is_silent_on_disclosed_charity_and_service_posts(string text) => Verify.Rule("PL5005", text);

    [Fact]
    public void Negated_sponsorship_is_no_disclosure() =>
        Verify.Rule("PL5005", "Not sponsored, I just love these gummies! {|PL5005:Use my code|} for 10% off.");

    [Fact]
    public void Fix_adds_a_disclosure() =>
        Verify.FixesResolve("PL5005", "Mijn favoriete vitaminegummies! Met code ZORG20 krijg je 20% korting.");
}

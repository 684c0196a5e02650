using PostLint.Analysis;
using PostLint.Tests.Verification;

namespace PostLint.Tests.Recognizers.Identifiers;

public class AddressRecognizerTests
{
    [Theory]
    [InlineData("Reanimatie op de {|ADDRESS:Kerkstraat 7|}, 8321 AB.")]
    [InlineData("Pasje van M. de Groot, {|ADDRESS:Wilhelminalaan 33|}.")]
    [InlineData("Hij woont op {|ADDRESS:Burgemeester de Withstraat 12a|} en zijn zus op {|ADDRESS:Laan van Meerdervoort 104|}.")]
    [InlineData("Eerst {|ADDRESS:Utrechtseweg 12-3|}, toen {|ADDRESS:Oudegracht 8 hs|}.")]
    [InlineData("Picked him up from {|ADDRESS:14 Harbour Road|}, Whitby.")]
    [InlineData("She lives at {|ADDRESS:Flat 3, 14 Elm Road|} with her son.")]
    [InlineData("Dear Mr W of {|ADDRESS:Elm Grove|}, Leeds.")]
    public void Finds_streets_with_numbers(string markup) => Verify.Entities(EntityType.Address, markup);

    [Theory]
    [InlineData("We wandelden over de Kerkstraat naar de markt.")]
    [InlineData("Hij woont al 10 jaar in Amsterdam en rijdt 3 km.")]
    [InlineData("Tijdens de Spring 2024 editie was het druk.")]
    [InlineData("A statement from 10 Downing Street today.")]
    [InlineData("We saw 12 patients on the ward.")]
    public void Ignores_streets_without_numbers_and_other_capitals(string text) => Verify.Entities(EntityType.Address, text);
}

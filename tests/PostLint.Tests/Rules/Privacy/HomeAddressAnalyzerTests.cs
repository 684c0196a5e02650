using PostLint.Tests.Verification;

namespace PostLint.Tests.Rules.Privacy;

public class HomeAddressAnalyzerTests
{
    [Theory]
    [InlineData("Reanimatie vanmiddag op de {|PL1008:Kerkstraat 7|}, {|PL1008:8321 AB|}. Buren, goed gedaan!")]
    [InlineData("Dhr. P. de Boer van de {|PL1008:Molenstraat 14|} was er vannacht weer.")]
    [InlineData("Picked up this legend from {|PL1008:14 Harbour Road, Whitby|} {|PL1008:YO21 3PU|} this morning.")]
    [InlineData("Dear Mr Gordon Whitfield of {|PL1008:Elm Grove, Leeds|}: four missed appointments.")]
    public void Fires_on_homes(string markup) => Verify.Rule("PL1008", markup);

    [Fact]
    public void Fires_next_to_a_person_even_in_an_institution_post() =>
        Verify.Rule("PL1008", "Afgegeven: een portemonnee op naam van M. de Groot, {|PL1008:Wilhelminalaan 33|}.", p => p with { Author = new AuthorProfile("institution") });

    [Theory]
    [InlineData("Her address is {|PL1008:1600 Pennsylvania Avenue|}, so send the letter there.")]
    [InlineData("Zijn adres is {|PL1008:Kerkstraat 3a in Zwolle|}.")]
    [InlineData("The patient lives at {|PL1008:17 Church Lane|}, near the surgery.")]
    [InlineData("Haar woonadres: {|PL1008:Hoofdweg 7|}, {|PL1008:9351 AB Leek|}.")]
    public void Fires_on_an_address_said_to_be_someones(string markup) => Verify.Rule("PL1008", markup);

    [Fact]
    public void An_address_said_to_be_someones_fires_in_an_institution_post_too() =>
        Verify.Rule("PL1008", "Graag een kaartje naar haar adres: {|PL1008:Molenweg 12, Ede|}.", p => p with { Author = new AuthorProfile("institution") });

    [Theory]
    [InlineData("Open dag zaterdag. Adres: Stationsweg 2, Hoogeveen. Toegang gratis!")]
    [InlineData("Ons bezoekadres is Kerkstraat 7, 8321 AB.")]
    [InlineData("Our new clinic is located at 14 Harbour Road, Whitby YO21 3PU.")]
    [InlineData("We wandelden over de Kerkstraat naar de markt.")]
    [InlineData("A statement from 10 Downing Street about waiting lists.")]
    [InlineData("Our address is 12 Harbour Road; the practice's address stays the same.")]
    [InlineData("Ons adres blijft Stationsweg 2, ook na de verbouwing.")]
    [InlineData("Het adres van de huisartsenpost is Kerkstraat 7.")]
    public void Is_silent_on_institution_addresses_and_streets_without_numbers(string text) => Verify.Rule("PL1008", text);

    [Fact]
    public void Institution_posts_without_a_person_are_benign() =>
        Verify.Rule("PL1008", "Zaterdag open huis in Stationsweg 2, 7901 AB Hoogeveen.", p => p with { Author = new AuthorProfile("institution") });

    [Theory]
    [InlineData("Reanimatie vanmiddag op de Kerkstraat 7, 8321 AB.")]
    [InlineData("Picked him up from 14 Harbour Road, Whitby YO21 3PU.")]
    public void Fix_removes_the_address(string text) => Verify.FixesResolve("PL1008", text);

    [Theory]
    [InlineData("Mevrouw woont op {|PL1008:1234AB|} 12, helemaal alleen.")]
    [InlineData("Mevrouw woont in {|PL1008:2011 AB Haarlem|}, alleen met haar kat.")]
    [InlineData("Home visit: {|PL1008:SW1A 1AA|}, number 10, poor lady lives alone.")]
    public void Fires_on_postcodes_with_a_house_number_or_town(string markup) => Verify.Rule("PL1008", markup);

    [Theory]
    [InlineData("Zie https://www.example.nl/zoek?postcode=1234 AB")]
    [InlineData("Zie https://www.example.nl/locaties/1234AB/info voor de route.")]
    [InlineData("Sinds 2021 OK-assistent en in 2019 CT gedaan.")]
    [InlineData("In 2021 OK assistent geworden, in 2019 IC gestart.")]
    [InlineData("Since 2019 GP trainee and in 2020 ST1.")]
    public void Is_silent_on_codes_in_links_and_years(string text) => Verify.Rule("PL1008", text);

    [Theory]
    [InlineData("Please think of Mary Holt of {|PL1008:Rose Cottage, Mill Lane|}, Ashby, she fell again this week.")]
    [InlineData("Mijn patiënt woont op de {|PL1008:Dorpsstr 14 in Hollum|} en krijgt geen hulp.")]
    [InlineData("Post voor haar kan naar {|PL1008:Kerkln 7|}, ze ligt nog tot vrijdag bij ons.")]
    public void Fires_on_named_houses_and_abbreviated_streets(string markup) => Verify.Rule("PL1008", markup);

    [Theory]
    [InlineData("Stuur uw reactie naar Postbus 2051, 3500 GB Utrecht.")]
    [InlineData("Write to us at PO Box 412, Leeds LS1 4AP.")]
    [InlineData("Ronald McDonald House offers families a place to stay near the hospital.")]
    public void Is_silent_on_post_boxes_and_named_institutions(string text) => Verify.Rule("PL1008", text);

    [Theory]
    [InlineData("ADRES: {|PL1008:KERKPAD 12|}, {|PL1008:8011 RS|} ZWOLLE, geb. 12-03-1950")]
    [InlineData("Woont op de {|PL1008:Vondelstraat 88-II|} sinds de scheiding, zegt patiënte.")]
    [InlineData("Patient lives at {|PL1008:9 KING'S PARADE, Cambridge|}.")]
    [InlineData("BSN 123456782, adres: {|PL1008:Lindelaan 4|}, {|PL1008:3581 GK Utrecht|}")]
    public void Fires_on_addresses_in_capitals_with_additions_and_beside_a_record_number(string markup) => Verify.Rule("PL1008", markup);

    [Theory]
    [InlineData("Het RIVM is gevestigd aan de Antonie van Leeuwenhoeklaan 9 in Bilthoven.")]
    [InlineData("Ons hoofdkantoor is gevestigd op de Kerkstraat 12 in Zwolle.")]
    [InlineData("OUR CLINIC IS BASED AT 4 MARKET SQUARE, COME AND SEE US.")]
    public void Is_silent_where_an_organisation_is_seated(string text) => Verify.Rule("PL1008", text);

    [Theory]
    [InlineData("Patiënte woont sinds kort op de {|PL1008:Zeeweg 77 A, IJmuiden|}, alleen.")]
    [InlineData("Patiënte woont nu op de {|PL1008:Lindelaan 2|}, {|PL1008:9901 AA Appingedam|}.")]
    [InlineData("Reanimatie op de {|PL1008:Kerkstraat 7|}, Henk deed de eerste compressies.")]
    public void The_finding_takes_the_town_written_right_after_the_street_or_postcode(string markup) => Verify.Rule("PL1008", markup);

    [Theory]
    [InlineData("Home visit at {|PL1008:1021 N Highland Ave|} for the patient with the leg ulcer.")]
    [InlineData("Patient lives at {|PL1008:400 W 59th St|}, Apt 12B.")]
    [InlineData("Mevrouw woont aan de {|PL1008:Oude Gracht 311, Utrecht|}.")]
    [InlineData("Patiënte woont nu op {|PL1008:Het Plein 2b|}, naast de kerk.")]
    [InlineData("D.O.B 1987-12-02 | Sex: F | Zip: {|PL1008:94110|}")]
    [InlineData("Mevr. Jansen is gevallen. Adres: {|PL1008:Kastanjelaan 8|}, 2e verdieping.")]
    public void Fires_on_american_and_dutch_street_forms_zip_fields_and_addresses_beside_a_named_patient(string markup) => Verify.Rule("PL1008", markup);

    [Theory]
    [InlineData("Meneer Van Dijk 3x gebeld vandaag, geen gehoor.")]
    [InlineData("Open dag zaterdag. Adres: Oude Gracht 12, Utrecht. Toegang gratis!")]
    [InlineData("Our zip code campaign reached 94110 households.")]
    public void Is_silent_on_surnames_with_numbers_institution_addresses_and_zip_words_without_a_field(string text) => Verify.Rule("PL1008", text);
}

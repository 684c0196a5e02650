using PostLint.Tests.Verification;

namespace PostLint.Tests.Rules.Privacy;

public class PhoneNumberAnalyzerTests
{
    [Theory]
    [InlineData("Mevrouw de Vries ({|PL1002:06-23456781|}) mag morgen naar huis, bel haar dochter.")]
    [InlineData("Zijn zoon belde vanaf {|PL1002:(020) 794 6095|} over de medicatie van zijn vader.")]
    [InlineData("Kan iemand mevrouw even laten weten dat haar uitslag binnen is? Ze neemt niet op op {|PL1002:06-41782236|}.")]
    [InlineData("Wie kan meneer terugbellen op {|PL1002:+31 6 1893 4420|}? Hij heeft zijn jas op de afdeling laten liggen.")]
    [InlineData("Zijn dochter is bereikbaar op {|PL1002:0031 6 12345678|}.")]
    [InlineData("Mr Okafor's mobile keeps showing as {|PL1002:07911 123456|} but he insists it's wrong.")]
    [InlineData("Her husband left {|PL1002:+44 20 7946 0958|} as next of kin.")]
    [InlineData("Her daughter asked us to call {|PL1002:478-749-0179|} or the GP on 0800 123 4567 if anything changes.")]
    public void Fires_on_numbers_of_patients_and_relatives(string markup) => Verify.Rule("PL1002", markup);

    [Theory]
    [InlineData("Vragen? Bel de polikliniek via 0519-297300.")]
    [InlineData("Voor spoed belt u de huisartsenpost: 0900-1515. Bij levensgevaar altijd 112.")]
    [InlineData("Maak een afspraak of bel gratis 0800-0223.")]
    [InlineData("Vacature verpleegkundige. Vragen? Bel teamleider Ingrid via 06-12345678.")]
    [InlineData("Our ward can be reached at 020 7946 0958 between 9 and 5.")]
    [InlineData("Book on 01539 795000. For urgent help, call 111.")]
    [InlineData("Mijn privénummer voor patiënten met vragen: 06-28473610. Appen mag altijd!")]
    [InlineData("Questions after discharge? Text me on 07911 123456.")]
    [InlineData("Opgenomen op 12-05-1948? Nee, geboren. Ordernummer 146419506.")]
    [InlineData("Flu shots at the county clinic on Mondays. Call 478-555-0179 or 844-987-0099 to set one up.")]
    public void Is_silent_on_institution_service_vacancy_and_own_numbers(string text) => Verify.Rule("PL1002", text);

    [Theory]
    [InlineData("Please call me at {|PL1002:(212) 555-0147|} about the bake sale.")]
    [InlineData("Mijn nummer is {|PL1002:06-12345678|}, bel gerust voor de wielertocht van zaterdag.")]
    [InlineData("Lost my wallet near the station, text me on {|PL1002:07911 123456|} if you find it.")]
    public void Fires_on_the_authors_own_number_outside_an_invitation_to_patients(string markup) => Verify.Rule("PL1002", markup);

    [Fact]
    public void Institution_fixed_lines_are_benign() =>
        Verify.Rule("PL1002", "Open dag zaterdag, info via 020-1234567.", p => p with { Author = new AuthorProfile("institution") });

    [Theory]
    [InlineData("Ze neemt niet op op 06-41782236.")]
    [InlineData("His mobile keeps showing as 07911 123456.")]
    public void Fix_removes_the_number(string text) => Verify.FixesResolve("PL1002", text);

    [Theory]
    [InlineData("Zijn dochter belde me op {|PL1002:06 - 12 34 56 78|} om te vragen hoe het met haar vader ging.")]
    [InlineData("De zoon van de patiënt liet zijn nummer achter: {|PL1002:+31 (0)20 123 4567|}.")]
    [InlineData("Her husband kept ringing from {|PL1002:07700 900123|} asking for updates on his wife.")]
    [InlineData("Kleinzoon belde vanaf {|PL1002:0031 6 12345678|} midden in de nacht.")]
    public void Fires_on_numbers_in_other_notations(string markup) => Verify.Rule("PL1002", markup);

    [Theory]
    [InlineData("Bij spoed: bel 112. Voor de huisartsenpost 0900-1234567.")]
    [InlineData("Emergency? Dial 999 or 911, or the Samaritans on 116 123.")]
    [InlineData("Call the hospital switchboard on 020 7188 7188 for info.")]
    [InlineData("Dienstrooster 06-10 - 14-10 staat online, spreekuur 08.00 - 10.00 uur.")]
    [InlineData("Score 07 - 12 - 2024 genoteerd.")]
    public void Is_silent_on_public_numbers_and_date_ranges(string text) => Verify.Rule("PL1002", text);

    [Theory]
    [InlineData("Nieuw nummer voor de spoedlijn: 0513-612345, keuze 1. Bereikbaar op werkdagen van 8 tot 17 uur.")]
    [InlineData("Repeat prescriptions: 01632 960321, press 2, weekdays between 10am and noon.")]
    public void Is_silent_on_service_lines_with_a_menu_or_opening_hours(string text) => Verify.Rule("PL1002", text);

    [Theory]
    [InlineData("Landline {|PL1002:01632 960961|}, ask for her son.")]
    [InlineData("Fax {|PL1002:+1.312.555.0199|}")]
    public void Fires_on_landline_and_fax_numbers_of_private_people(string markup) => Verify.Rule("PL1002", markup);

    [Theory]
    [InlineData("The recalled lot number is 0123-4567-89.")]
    [InlineData("Het chargenummer 0123-4567-89 staat op de doos.")]
    [InlineData("Order number 0123 456 789 was shipped.")]
    public void Is_silent_on_lot_order_and_reference_numbers(string text) => Verify.Rule("PL1002", text);

    [Theory]
    [InlineData("Reach her at {|PL1002:555 234 8891|} after her discharge.")]
    [InlineData("cell: {|PL1002:4155550132|} (her son)")]
    public void Fires_on_north_american_numbers_with_spaces_or_none_after_a_phone_word(string markup) => Verify.Rule("PL1002", markup);

    [Theory]
    [InlineData("The trial enrolled 555 234 8891 tokens of text.")]
    [InlineData("Invoice 4155550132 has been paid.")]
    public void Is_silent_on_such_digits_without_a_phone_word(string text) => Verify.Rule("PL1002", text);
}

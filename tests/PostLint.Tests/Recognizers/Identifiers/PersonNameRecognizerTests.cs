using PostLint.Analysis;
using PostLint.Tests.Verification;

namespace PostLint.Tests.Recognizers.Identifiers;

public class PersonNameRecognizerTests
{
    [Theory]
    [InlineData("Vandaag mevrouw {|PERSON:Jansen|} op kamer 12 gezien.")]
    [InlineData("Recept voor mevrouw {|PERSON:A. Smit|} en dhr. {|PERSON:P. de Boer|}.")]
    [InlineData("Mevrouw {|PERSON:Fatima El Amrani|}, is deze bril van u?")]
    [InlineData("Mijn patiënte {|PERSON:Truus Hendriks|} kan de trap niet op.")]
    [InlineData("Welkom kleine {|PERSON:Noah van Leeuwen|}! Papa {|PERSON:Bram|} en mama {|PERSON:Sanne|}, gefeliciteerd.")]
    [InlineData("Shoutout to Mrs {|PERSON:Margaret Thompson|} in Bay 3, bed 2.")]
    [InlineData("Mr {|PERSON:Okafor|}'s mobile keeps showing the wrong number.")]
    [InlineData("Bed 4 {|PERSON:Bakker|}, bed 5 {|PERSON:Peters|}.")]
    [InlineData("Opa {|PERSON:Henk|} en zuster {|PERSON:Ans|} dansten samen.")]
    [InlineData("Meneer {|PERSON:in 't Veld|} belde: mevrouw {|PERSON:Van der Meer|} is jarig.")]
    public void Finds_names_after_titles_role_words_and_rooms(string markup) => Verify.Entities(EntityType.Person, markup);

    [Theory]
    [InlineData("Thank you {|PERSON:Doris Evans|} for your letter.")]
    [InlineData("Op de foto: {|PERSON:Sem|} (7) met zijn knuffel.")]
    [InlineData("Pasje op naam van {|PERSON:M. de Groot|} gevonden.")]
    public void Finds_names_from_the_lexicons_and_initials(string markup) => Verify.Entities(EntityType.Person, markup);

    [Theory]
    [InlineData("De ziekte van Parkinson is meer dan trillen. Zie de Parkinson Vereniging.")]
    [InlineData("Living with Parkinson's, Crohn's and Down syndrome.")]
    [InlineData("Behandeld in het Antoni van Leeuwenhoek en het Jeroen Bosch Ziekenhuis.")]
    [InlineData("Hashimoto en de ziekte van Graves zijn schildklierziekten.")]
    [InlineData("Rivalry in the Premier League and the Health Secretary's plans.")]
    [InlineData("Mark my words: May is busy. Will you help? Grace period ends.")]
    [InlineData("Nieuw gediagnosticeerde MS. Ze wil haar klas niets vertellen.")]
    [InlineData("Werken op de IC. Sindsdien veel geleerd.")]
    [InlineData("Tien jaar geleden begon ik als huisarts. Sindsdien drie collega's erbij.")]
    [InlineData("Ik fiets over de Jan van Galenstraat en de Johan de Wittlaan.")]
    [InlineData("Overgeplaatst naar het Antonius, daarna naar het Sophia en the John Radcliffe.")]
    [InlineData("Tommy John surgery, a Da Vinci robot and the Glasgow Coma Scale.")]
    public void Ignores_eponyms_institutions_and_capitalised_words(string text) => Verify.Entities(EntityType.Person, text);

    [Theory]
    [InlineData("Vandaag mevrouw Jansen gezien.", "patient")]
    [InlineData("Dank aan verpleegkundige Ilse voor alles.", "staff")]
    [InlineData("Onze collega Thomas Wielinga verdedigt zijn proefschrift.", "staff")]
    [InlineData("Op 14 maart verdedigt Sanne Koopmans haar proefschrift over heupfracturen.", "staff")]
    [InlineData("Minister Annelies van Oosten bezocht onze IC.", "public")]
    [InlineData("WHO Director-General Dr Tedros Adhanom Ghebreyesus on heart disease.", "public")]
    [InlineData("Florence Nightingale counted the dead.", "public")]
    [InlineData("Hoi allemaal, ik ben Marloes en heb de ziekte van Crohn.", "self")]
    [InlineData("Hi all, I'm Graham, diagnosed two years ago.", "self")]
    [InlineData("Papa Bram was er ook.", "relative")]
    [InlineData("Meet Sarah, one of our ward sisters.", "staff")]
    [InlineData("Aunt Jenny came to visit today.", "self")]
    [InlineData("Tante Jenny kwam op bezoek.", "self")]
    [InlineData("Mijn lieve oma Truus werd 95.", "self")]
    [InlineData("Tante Jenny kwam op bezoek bij mijn patiënt.", "relative")]
    [InlineData("His wife Mary came to visit.", "relative")]
    [InlineData("Prinses Amalia bezocht de kinderafdeling.", "public")]
    [InlineData("Wes Streeting visited our ward today.", "public")]
    [InlineData("Wielrenner Joris Bakker bezocht de kinderafdeling.", "public")]
    public void Sets_the_role(string text, string role) =>
        new PostLinter().Analyze(text).Entities.First(e => e.Type == EntityType.Person).Attribute("role").Should().Be(role);

    [Fact]
    public void A_repeated_given_name_takes_the_role_of_the_full_mention() =>
        new PostLinter().Analyze("Mijn patiënt Kees Meijer is een jaar rookvrij. Kees, ik ben trots op je.")
            .Entities.Where(e => e.Type == EntityType.Person).Select(e => e.Attribute("role")).Should().OnlyContain(r => r == "patient");
}

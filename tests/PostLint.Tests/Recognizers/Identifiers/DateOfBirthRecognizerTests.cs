using PostLint.Analysis;
using PostLint.Recognizers.Identifiers;
using PostLint.Tests.Verification;

namespace PostLint.Tests.Recognizers.Identifiers;

public class DateOfBirthRecognizerTests
{
    [Theory]
    [InlineData("Mevrouw A. Smit, geboren {|DATE_OF_BIRTH:12-05-1948|}: dubbele paracetamol.")]
    [InlineData("Geboren op {|DATE_OF_BIRTH:3 maart 1925|} en nog steeds fit.")]
    [InlineData("geb. {|DATE_OF_BIRTH:12 mrt. 1941|}, geboortedatum {|DATE_OF_BIRTH:14/08/1962|}")]
    [InlineData("Meneer (°{|DATE_OF_BIRTH:12/03/1941|}) kwam binnen.")]
    [InlineData("DOB {|DATE_OF_BIRTH:01.02.1950|}, date of birth: {|DATE_OF_BIRTH:March 3, 1941|}.")]
    [InlineData("Baby Aria, born {|DATE_OF_BIRTH:2 June 2024|}, weighing 7lb.")]
    [InlineData("Born on the {|DATE_OF_BIRTH:3rd of March 1941|} in Leeds.")]
    [InlineData("Op {|DATE_OF_BIRTH:12 maart 2024|} geboren, 3820 gram.")]
    [InlineData("DOB: {|DATE_OF_BIRTH:07/14/1982|}, allergic to penicillin.")]
    [InlineData("d.o.b. {|DATE_OF_BIRTH:02/29/1964|}")]
    [InlineData("Date of birth {|DATE_OF_BIRTH:1990-05-21|}, admitted for observation.")]
    [InlineData("Geboortedatum {|DATE_OF_BIRTH:1958-11-03|}")]
    public void Finds_birth_dates(string markup) => Verify.Entities(EntityType.DateOfBirth, markup);

    [Theory]
    [InlineData("Vannacht om 04:12 geboren, 3820 gram.")]
    [InlineData("Geboren in 1941, opgegroeid in Zwolle.")]
    [InlineData("Opgenomen op 12-05-2024, ontslagen op 14-05-2024.")]
    [InlineData("Geboren op 31-02-1950 kan niet.")]
    [InlineData("Born in March 1941.")]
    [InlineData("Admitted 2024-05-21, discharged 07/14/2024.")]
    [InlineData("DOB: 13/14/1982 is not a date.")]
    public void Ignores_other_dates_and_partial_dates(string text) => Verify.Entities(EntityType.DateOfBirth, text);

    [Theory]
    [InlineData("12-03-1941", "1941-03-12")]
    [InlineData("3 maart 1925", "1925-03-03")]
    [InlineData("June 2, 2024", "2024-06-02")]
    [InlineData("31-04-1950", null)]
    [InlineData("07/14/1982", "1982-07-14")]
    [InlineData("02/03/1964", "1964-03-02")]
    [InlineData("1990-05-21", "1990-05-21")]
    [InlineData("1990-21-05", null)]
    public void Parses_day_month_year(string text, string? iso) =>
        DateOfBirthRecognizer.Parse(text)?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture).Should().Be(iso);
}

using PostLint.Tests.Verification;

namespace PostLint.Tests.Rules.Privacy;

public class DateOfBirthAnalyzerTests
{
    [Theory]
    [InlineData("Recept voor mevrouw A. Smit, geboren {|PL1010:12-05-1948|}: dubbele paracetamol.")]
    [InlineData("Iemand noemt zijn BSN en geboortedatum {|PL1010:14-08-1962|} aan de telefoon.")]
    [InlineData("Onze bewoner werd 100! Geboren op {|PL1010:3 maart 1925|}.")]
    [InlineData("Happy birthday Bill! Born {|PL1010:14/02/1927|}, a true Valentine.")]
    [InlineData("Welcome baby Aria, born {|PL1010:2 June 2024|} weighing 7lb.")]
    public void Fires_on_birth_dates(string markup) => Verify.Rule("PL1010", markup);

    [Theory]
    [InlineData("Ik ben geboren op 3 maart 1980 en heb zelf diabetes.")]
    [InlineData("I was born on 2 June 1975, so I remember the old NHS.")]
    [InlineData("Florence Nightingale, born 12 May 1820, changed nursing.")]
    [InlineData("Vannacht om 04:12 geboren, 3820 gram.")]
    [InlineData("Opgenomen op 12-05-2024 en ontslagen op 14-05-2024.")]
    [InlineData("Geboren in 1941 in Zwolle.")]
    public void Is_silent_on_own_historical_and_other_dates(string text) => Verify.Rule("PL1010", text);

    [Theory]
    [InlineData("Recept voor mevrouw, geboren 12-05-1948.")]
    [InlineData("Baby Aria, born 2 June 2024.")]
    public void Fix_removes_the_date(string text) => Verify.FixesResolve("PL1010", text);

    [Theory]
    [InlineData("Mevrouw Jansen, geb. {|PL1010:3-4-1951|}, werd vannacht opgenomen.")]
    [InlineData("Admitted Mrs K, DOB {|PL1010:03/04/51|}, with chest pain.")]
    [InlineData("The patient, born on {|PL1010:3 April 1951|}, was admitted last night.")]
    [InlineData("Man van 73 (geb. {|PL1010:03.04.1951|}) met sepsis.")]
    public void Fires_on_short_and_spelled_birth_dates(string markup) => Verify.Rule("PL1010", markup);

    [Theory]
    [InlineData("Afspraak op 3-4-2025 om 10 uur bij de poli.")]
    [InlineData("Your appointment is on 03/04/2025 at 10:00.")]
    [InlineData("Zij is geboren in 1951 en woont nog zelfstandig.")]
    [InlineData("In 1951 werd het ziekenhuis geopend, op 3-4-1951 om precies te zijn.")]
    public void Is_silent_on_appointments_and_years(string text) => Verify.Rule("PL1010", text);

    [Theory]
    [InlineData("Mevrouw, geboren {|PL1010:04-jun-1938|}, ligt al drie dagen op de gang.")]
    [InlineData("Geb. {|PL1010:12.05.'61|} en nu al voor de derde keer opgenomen.")]
    [InlineData("Patient DOB {|PL1010:1949-11-03|} admitted overnight.")]
    [InlineData("Patiënt, geb. {|PL1010:17.mei.2011|}, opgenomen op de kinderafdeling.")]
    public void Fires_on_month_words_between_dashes_apostrophe_years_and_year_first_dates(string markup) => Verify.Rule("PL1010", markup);

    [Theory]
    [InlineData("Geboortedatum: 31-02-1950, zegt het formulier; dat kan dus niet.")]
    [InlineData("Born 2024-13-45 is no date at all.")]
    public void Is_silent_on_impossible_dates(string text) => Verify.Rule("PL1010", text);

    [Theory]
    [InlineData("Geb.dat: {|PL1010:21 jul. 1994|}")]
    [InlineData("geb.dat. {|PL1010:17/11/2003|}, lft 20 jr")]
    [InlineData("gebore {|PL1010:4-5-1977|}, Kevin Smit")]
    [InlineData("Oliver Grant, DOB {|PL1010:19880704|}")]
    public void Fires_on_record_abbreviations_typos_and_compact_dates(string markup) => Verify.Rule("PL1010", markup);

    [Theory]
    [InlineData("Versie 20230415 van het protocol staat op intranet.")]
    [InlineData("Bestelnummer 19880704 is verzonden.")]
    [InlineData("DOB 19881304 is not a date.")]
    public void Is_silent_on_compact_numbers_without_a_birth_word_or_that_are_no_date(string text) => Verify.Rule("PL1010", text);

    [Theory]
    [InlineData("Date of Birth - {|PL1010:February 3rd, 1955|}")]
    [InlineData("Birthday: {|PL1010:12/25/2001|}")]
    [InlineData("birthdate {|PL1010:1955/02/03|}")]
    public void Fires_on_dashes_after_the_cue_a_birthday_field_and_year_first_slashes(string markup) => Verify.Rule("PL1010", markup);

    [Theory]
    [InlineData("Birthday party on 12/25/2025 for the whole ward!")]
    [InlineData("Report 2024/02/03 on births in the region.")]
    public void Is_silent_on_birthday_events_and_year_first_dates_without_a_birth_cue(string text) => Verify.Rule("PL1010", text);
}

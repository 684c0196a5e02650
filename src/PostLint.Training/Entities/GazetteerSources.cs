using System.Globalization;
using PostLint.Text;
using PostLint.Text.Entities;

namespace PostLint.Training.Entities;

/// <summary>
/// Builds the entity model's <see cref="EntityGazetteer"/> from <c>shared/data/gazetteers</c>. Only hashes of the
/// normalised words and their list flags are shipped, never the lists.
/// </summary>
internal static class GazetteerSources
{
    /// <summary>US first names given to fewer babies than this (1880–2020) are left out: the long tail is mostly spelling variants and ordinary words.</summary>
    public const int MinimumUsBirths = 500;

    // Words of institution and place names that say nothing about being a name.
    private static readonly HashSet<string> Filler = new(StringComparer.Ordinal)
    {
        "and", "of", "the", "for", "at", "in", "on", "van", "de", "den", "der", "het", "aan", "op", "en", "bij", "s", "t",
    };

    // Particles of Dutch surnames: the flag goes to the core ("Jong" of "de Jong"), never to "de" or "van".
    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "van", "de", "der", "den", "ter", "ten", "te", "het", "in", "t", "op", "la", "le", "du", "von", "vande", "vanden", "vander", "d", "s", "onder", "aan", "uit",
    };

    /// <summary>The words and flags of every list under <paramref name="folder"/>, with a line per list for the model card.</summary>
    public static (EntityGazetteer Gazetteer, List<string> Summary) Load(string folder)
    {
        var words = new List<(string Word, GazetteerFlags Flags)>();
        var summary = new List<string>();
        void Take(string file, GazetteerFlags flags, IEnumerable<string> entries, string note)
        {
            var before = words.Count;
            words.AddRange(entries.Select(w => (w, flags)));
            summary.Add($"`gazetteers/{file}` → {flags}: {words.Count - before} words ({note})");
        }

        Take("first_names_nl.tsv", GazetteerFlags.DutchFirstName, Rows(folder, "first_names_nl.tsv").Select(r => r[0]).SelectMany(Words), "every name");
        Take("first_names_en_us_ssa.tsv", GazetteerFlags.EnglishFirstName,
            Rows(folder, "first_names_en_us_ssa.tsv").Where(r => long.Parse(r[2], CultureInfo.InvariantCulture) >= MinimumUsBirths).Select(r => r[0]).SelectMany(Words),
            $"names with at least {MinimumUsBirths} births");
        var surnames = Rows(folder, "surnames_nl.tsv").ToList();
        Take("surnames_nl.tsv", GazetteerFlags.CommonSurname, surnames.Where(r => r[2] == "exact_2007").Select(r => Core(r[0])).OfType<string>(), "core word of the top 1,000");
        Take("surnames_nl.tsv", GazetteerFlags.KnownSurname, surnames.Select(r => Core(r[0])).OfType<string>(), "core word of every surname borne by 5 or more; absence is the rare-name signal");
        Take("places_nl_woonplaatsen_bag2019.tsv", GazetteerFlags.Place, Rows(folder, "places_nl_woonplaatsen_bag2019.tsv").SelectMany(r => NameWords(r[0])), "words of every town name");
        Take("municipalities_nl.tsv", GazetteerFlags.Place, Rows(folder, "municipalities_nl.tsv").SelectMany(r => NameWords(r[0])), "words of every municipality name");
        Take("nhs_trusts_en.tsv", GazetteerFlags.HealthOrganisation, Rows(folder, "nhs_trusts_en.tsv").SelectMany(r => NameWords(r[1])), "words of every trust name");
        Take("hospitals_wikidata.tsv", GazetteerFlags.HealthOrganisation, Rows(folder, "hospitals_wikidata.tsv").SelectMany(r => NameWords(r[0])), "words of every hospital name");
        return (EntityGazetteer.Of(words), summary);
    }

    private static IEnumerable<string[]> Rows(string folder, string file) =>
        File.ReadLines(Path.Combine(folder, file)).Skip(1).Select(l => l.Split('\t')).Where(r => r.Length > 0 && r[0].Length > 0);

    private static IEnumerable<string> Words(string name) => Tokenizer.Split(name).Select(t => t.Normalized);

    private static IEnumerable<string> NameWords(string name) =>
        Tokenizer.Split(name).Select(t => t.Normalized).Where(w => w.Length >= 3 && !Filler.Contains(w) && !w.All(char.IsAsciiDigit));

    // "de Jong" → "jong", "van den Berg-Smit" → "smit"; null for a name that is only particles.
    private static string? Core(string surname) =>
        Tokenizer.Split(surname).Select(t => t.Normalized).LastOrDefault(w => !Particles.Contains(w));
}

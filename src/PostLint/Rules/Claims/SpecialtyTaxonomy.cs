using PostLint.Text;

namespace PostLint.Rules.Claims;

/// <summary>
/// The specialty taxonomy of <c>rules/lexicons/claims/specialties.tsv</c>: which clinical topics each
/// specialty speaks to with authority.
/// </summary>
internal static class SpecialtyTaxonomy
{
    private static readonly Lazy<Dictionary<string, Specialty>> Specialties = new(Load);

    /// <summary>The specialty named by the author's declared specialty, or else by a role that names one ("cardiologist", "huisarts"); null when neither does.</summary>
    public static Specialty? Of(AuthorProfile author) =>
        Find(author.Specialty) ?? Find(author.Role);

    private static Specialty? Find(string? name) =>
        name is not null && Specialties.Value.TryGetValue(Key(name), out var specialty) ? specialty : null;

    private static Dictionary<string, Specialty> Load()
    {
        var specialties = new Dictionary<string, Specialty>(StringComparer.Ordinal);
        foreach (var entry in Lexicon.Load("lexicons/claims/specialties.tsv"))
        {
            var topics = (entry.Column(1) ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            specialties.TryAdd(Key(entry.Term), new Specialty(entry.Column(0) ?? entry.Term, topics.Contains("*"), topics.ToHashSet(StringComparer.Ordinal)));
        }

        return specialties;
    }

    /// <summary>"Emergency_Physician", "emergency physician" and "SEH-arts" all become their words, lower case, accents removed.</summary>
    private static string Key(string name) => string.Join(' ', Tokenizer.Tokenize(name).Select(t => t.Normalized));
}

/// <summary>A specialty and the topics within its field.</summary>
/// <param name="Name">Canonical name, e.g. <c>dermatology</c>.</param>
/// <param name="Broad">True for generalists (GP, internist, emergency physician): nothing is outside their field.</param>
/// <param name="Topics">Topics within the field.</param>
internal sealed record Specialty(string Name, bool Broad, IReadOnlySet<string> Topics)
{
    /// <summary>True when a term with these clinical domains lies within the field.</summary>
    public bool Covers(IEnumerable<string> domains) => Broad || domains.Any(Topics.Contains);
}

namespace PostLint.Text.Entities;

/// <summary>
/// The hashed features of an @-handle for the person-or-organisation classifier: character 3- to 5-grams of the
/// handle, its parts (split at "_", ".", digits and inner capitals: "NHSEngland" is "nhs england"), which name lists the
/// parts occur in, organisation words inside it (news, nhs, gov, hospital, uni, ...), digits, its shape, and the words
/// just before and after it. Training and the engine both call this code.
/// </summary>
internal static class HandleFeaturizer
{
    /// <summary>Number of hash bits.</summary>
    public const int Bits = 18;

    // Pieces that mark an account as an institution's, found anywhere inside the handle.
    private static readonly string[] OrganisationPieces =
    [
        "news", "nhs", "gov", "hosp", "uni", "official", "tv", "radio", "fc", "health", "care", "ggd", "rivm", "umc",
        "team", "club", "org", "inc", "ltd", "hq", "daily", "times", "post", "mag", "media", "press", "info", "council",
        "police", "trust", "clinic", "zorg", "ziekenhuis", "foundation", "society", "assoc", "institute", "journal",
        "online", "app", "shop", "store", "world", "uk", "nl", "usa", "live", "sport", "music", "records", "festival",
    ];

    /// <summary>The features of handle <paramref name="name"/> (without "@") between the words <paramref name="before"/> and <paramref name="after"/> (normalised, empty when none).</summary>
    public static List<int> Features(string name, string before, string after, bool atStart, EntityGazetteer gazetteer)
    {
        var into = new List<int>(96);
        var lower = name.ToLowerInvariant();
        Add(into, "bias", string.Empty);
        Add(into, "h=", lower);
        Add(into, "s=", EntityFeaturizer.Shape(name));
        var padded = "<" + lower + ">";
        for (var n = 3; n <= 5; n++)
        {
            for (var k = 0; k + n <= padded.Length; k++)
            {
                Add(into, "c=", padded.AsSpan(k, n));
            }
        }

        var parts = HandleParts.Split(name);
        Add(into, "n=", [(char)('0' + Math.Min(parts.Count, 4))]);
        for (var k = 0; k < parts.Count; k++)
        {
            var part = Tokenizer.Normalize(parts[k]);
            Add(into, "p=", part);
            var flags = gazetteer.Lookup(part);
            for (var bit = 1; bit <= (int)GazetteerFlags.HealthOrganisation; bit <<= 1)
            {
                if (((int)flags & bit) != 0)
                {
                    Add(into, k == 0 ? "g0=" : "g=", ((GazetteerFlags)bit).ToString());
                }
            }
        }

        foreach (var piece in OrganisationPieces)
        {
            if (lower.Contains(piece, StringComparison.Ordinal))
            {
                Add(into, "k=", piece);
            }
        }

        if (lower.Any(char.IsAsciiDigit))
        {
            Add(into, "digits", string.Empty);
        }

        Add(into, "len=", [(char)('0' + Math.Min(lower.Length / 4, 5))]);
        Add(into, "w-1=", before);
        Add(into, "w+1=", after);
        if (atStart)
        {
            Add(into, "start", string.Empty);
        }

        return into;
    }

    private static void Add(List<int> into, string name, ReadOnlySpan<char> value) =>
        into.Add(FeatureHash.Of(name).Append('\u0001').Append(value).Bucket(Bits));
}

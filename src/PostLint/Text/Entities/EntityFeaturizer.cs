namespace PostLint.Text.Entities;

/// <summary>
/// The hashed features of a word for the entity tagger: the word, its shape, prefixes and suffixes of 2 to 4
/// letters, whether it opens a sentence, the two words on each side and their shapes, the marks around it, whether it
/// is in a handle or hashtag, the name lists it and its neighbours occur in, and the tags already given to the two
/// words before it. Training and the engine both call this code, so a learned weight means the same in both.
/// </summary>
internal static class EntityFeaturizer
{
    /// <summary>Number of hash bits.</summary>
    public const int Bits = 20;

    // Feature names and values built once, not per word: the tagger runs on every post that might name a patient.
    private static readonly string[] Prefixes = ["", "", "p2", "p3", "p4"];
    private static readonly string[] Suffixes = ["", "", "x2", "x3", "x4"];
    private static readonly string[] FlagNames = [.. Enumerable.Range(0, (int)GazetteerFlags.HealthOrganisation + 1).Select(f => ((GazetteerFlags)f).ToString())];
    private static readonly string[] FlagSets = [.. Enumerable.Range(0, 2 * (int)GazetteerFlags.HealthOrganisation).Select(f => f.ToString(System.Globalization.CultureInfo.InvariantCulture))];

    /// <summary>The features that do not depend on earlier tags, added to <paramref name="into"/>.</summary>
    public static void AddStatic(EntitySentence sentence, int i, List<int> into)
    {
        var word = sentence.Words[i];
        var normalized = word.Token.Normalized;
        var shape = sentence.Shapes[i];
        Add(into, "bias", string.Empty);
        Add(into, "w=", normalized);
        Add(into, "s=", shape);
        for (var n = 2; n <= 4 && n < normalized.Length; n++)
        {
            Add(into, Prefixes[n], normalized.AsSpan(0, n));
            Add(into, Suffixes[n], normalized.AsSpan(normalized.Length - n));
        }

        if (word.SentenceStart)
        {
            Add(into, "first=", shape);
        }

        Add(into, "w-1=", Neighbour(sentence, i - 1));
        Add(into, "w-2=", Neighbour(sentence, i - 2));
        Add(into, "w+1=", Neighbour(sentence, i + 1));
        Add(into, "w+2=", Neighbour(sentence, i + 2));
        Add(into, "s-1=", NeighbourShape(sentence, i - 1));
        Add(into, "s+1=", NeighbourShape(sentence, i + 1));
        Add(into, "w-1s=", Neighbour(sentence, i - 1), shape);
        Add(into, "s-1s+1=", NeighbourShape(sentence, i - 1), shape, NeighbourShape(sentence, i + 1));
        Add(into, "b=", [word.Before]);
        Add(into, "a=", [word.After]);
        if (word.InHandle)
        {
            Add(into, "handle", string.Empty);
        }

        if (word.InHashtag)
        {
            Add(into, "hashtag", string.Empty);
        }

        var flags = sentence.Flags[i];
        for (var bit = 1; bit <= (int)GazetteerFlags.HealthOrganisation; bit <<= 1)
        {
            if (((int)flags & bit) != 0)
            {
                Add(into, "g=", FlagNames[bit]);
                Add(into, "gs=", FlagNames[bit], shape);
            }
        }

        if (flags == GazetteerFlags.None)
        {
            Add(into, "g0s=", shape);
        }

        Add(into, "g-1=", NeighbourFlags(sentence, i - 1));
        Add(into, "g+1=", NeighbourFlags(sentence, i + 1));
    }

    /// <summary>The features of the tags given to the two previous words (<paramref name="previous"/>, <paramref name="beforePrevious"/>; 0 is O or none).</summary>
    public static void AddHistory(EntitySentence sentence, int i, int previous, int beforePrevious, List<int> into)
    {
        var tag = EntityTags.Names[previous];
        Add(into, "t-1=", tag);
        Add(into, "t-2t-1=", EntityTags.Names[beforePrevious], tag);
        Add(into, "t-1s=", tag, sentence.Shapes[i]);
        Add(into, "t-1w=", tag, sentence.Words[i].Token.Normalized);
    }

    /// <summary>
    /// The word's shape: upper case X, lower case x, digit d, anything else -, runs collapsed, at most four
    /// ("Saskia" Xx, "RIVM" X, "McDonald" XxXx, "covid19" xd).
    /// </summary>
    public static string Shape(string word)
    {
        Span<char> shape = stackalloc char[4];
        var length = 0;
        var code = 1;
        foreach (var c in word)
        {
            var kind = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : '-';
            if (length == 0 || shape[length - 1] != kind)
            {
                if (length == 4)
                {
                    break;
                }

                shape[length++] = kind;
                code = (code * 4) + ShapeKinds.IndexOf(kind);
            }
        }

        // There are a few hundred shapes and every word of every post has one: each is made once and handed out again.
        // (A race makes the same string twice at worst.)
        return KnownShapes[code] ??= new string(shape[..length]);
    }

    private const string ShapeKinds = "Xxd-";

    // Indexed by the shape's kinds as base-4 digits after a leading 1, which tells "x" from "Xx" (at most 4^5 codes).
    private static readonly string?[] KnownShapes = new string?[1 << 10];

    private static string Neighbour(EntitySentence sentence, int i) =>
        i < 0 ? "<s>" : i >= sentence.Words.Length ? "</s>" : sentence.Words[i].Token.Normalized;

    private static string NeighbourShape(EntitySentence sentence, int i) =>
        i < 0 ? "<s>" : i >= sentence.Words.Length ? "</s>" : sentence.Shapes[i];

    private static string NeighbourFlags(EntitySentence sentence, int i) =>
        i < 0 || i >= sentence.Words.Length ? "-" : FlagSets[(int)sentence.Flags[i]];

    private static void Add(List<int> into, string name, ReadOnlySpan<char> value) =>
        into.Add(FeatureHash.Of(name).Append('\u0001').Append(value).Bucket(Bits));

    // The feature "name" + "\u0001" + "a|b" (and "a|b|c"), hashed piece by piece instead of built as a string.
    private static void Add(List<int> into, string name, string a, string b) =>
        into.Add(FeatureHash.Of(name).Append('\u0001').Append(a).Append('|').Append(b).Bucket(Bits));

    private static void Add(List<int> into, string name, string a, string b, string c) =>
        into.Add(FeatureHash.Of(name).Append('\u0001').Append(a).Append('|').Append(b).Append('|').Append(c).Bucket(Bits));
}

namespace PostLint.Text.Entities;

/// <summary>The BIO tags of the entity tagger: 0 is O, then B- and I- for each type in <see cref="Types"/>.</summary>
internal static class EntityTags
{
    /// <summary>The entity types, in tag order.</summary>
    public static readonly string[] Types = ["PER", "ORG", "LOC", "MISC"];

    /// <summary>Every tag's name, by index.</summary>
    public static readonly string[] Names = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"];

    /// <summary>Number of tags.</summary>
    public static int Count => Names.Length;

    /// <summary>The type index of <paramref name="tag"/> (-1 for O).</summary>
    public static int TypeOf(int tag) => tag == 0 ? -1 : (tag - 1) / 2;

    /// <summary>True for a B- tag.</summary>
    public static bool IsBegin(int tag) => tag != 0 && tag % 2 == 1;

    /// <summary>True when <paramref name="tag"/> may follow <paramref name="previous"/>: an I- tag only continues its own type.</summary>
    public static bool MayFollow(int previous, int tag) => tag == 0 || IsBegin(tag) || (previous != 0 && TypeOf(previous) == TypeOf(tag));

    /// <summary>The index of the tag named <paramref name="name"/>, or -1.</summary>
    public static int Of(string name) => Array.IndexOf(Names, name);
}

namespace PostLint.Text;

/// <summary>
/// A one-sided set of words: <see cref="MayContain"/> is true for every added word and for few others. A post
/// is matched against dozens of lexicons and most of its words are in none of them; this answers "certainly
/// not here" from one bit, before the dictionary has to hash and compare the word.
/// </summary>
internal sealed class WordFilter
{
    private const int Bits = 14;

    private readonly ulong[] _bits = new ulong[(1 << Bits) / 64];

    /// <summary>Adds <paramref name="key"/> (a word, or any number standing for one).</summary>
    public void Add(int key)
    {
        var bit = Spread(key);
        _bits[bit >> 6] |= 1UL << bit;
    }

    /// <summary>False when <paramref name="key"/> was certainly never added.</summary>
    public bool MayContain(int key)
    {
        var bit = Spread(key);
        return (_bits[bit >> 6] & (1UL << bit)) != 0;
    }

    // Fibonacci hashing: keys that differ only in their high bits still land on different bits.
    private static int Spread(int key) => (int)(((uint)key * 2654435769u) >> (32 - Bits));

    /// <summary>A cheap key for a non-empty word: its length and three of its letters, spread over the filter.</summary>
    public static int KeyOf(string word) => (word.Length * 4099) ^ (word[0] * 263) ^ (word[^1] * 17) ^ word[word.Length / 2];
}

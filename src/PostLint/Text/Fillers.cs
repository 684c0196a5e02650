using System.Collections.Frozen;

namespace PostLint.Text;

/// <summary>The filler words (<c>rules/lexicons/text/fillers.txt</c>) that <see cref="PostIndex.Words"/> leaves out.</summary>
internal static class Fillers
{
    private static readonly FrozenSet<string> Words = Lexicon.Load("lexicons/text/fillers.txt").Select(e => e.Term).ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> WordsBySpan = Words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when the normalised word is a filler.</summary>
    public static bool Contains(string normalized) => Words.Contains(normalized);

    /// <summary>True when the normalised word is a filler.</summary>
    public static bool Contains(ReadOnlySpan<char> normalized) => WordsBySpan.Contains(normalized);
}

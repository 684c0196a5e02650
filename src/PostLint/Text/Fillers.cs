using System.Collections.Frozen;

namespace PostLint.Text;

/// <summary>The filler words (<c>rules/lexicons/text/fillers.txt</c>) that <see cref="PostIndex.Words"/> leaves out.</summary>
internal static class Fillers
{
    private static readonly FrozenSet<string> Words = Lexicon.Load("lexicons/text/fillers.txt").Select(e => e.Term).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>True when the normalised word is a filler.</summary>
    public static bool Contains(string normalized) => Words.Contains(normalized);
}

using PostLint.Diagnostics;
using PostLint.Text;

namespace PostLint.Rules.Tone;

/// <summary>
/// Finds insults the word lists cannot see as written (PL4001):
/// <list type="bullet">
/// <item>disguised spellings the post index reads back ("k4nkerlijer", "f*cking", "k l o o t z a k", "idioooot");</item>
/// <item>Dutch disease curses glued to a person or an insult ("kankermongool", "teringwijf", "kk mongool",
/// "klere-lijer"), from <c>curse-compounds.txt</c>, while "kankerpatiënten" and "tyfusvaccinatie" stay care;</item>
/// <item>a long insult with one vowel changed or "ij" written "y" ("kenkerlijer", "tyfuslyer").</item>
/// </list>
/// Each is returned as a match on the filler-free words, so the insult rule asks the same questions of it as of a
/// listed insult (quoted to reject, self-directed, reported, aimed at a thing).
/// </summary>
internal static class DisguisedInsultFinder
{
    private const int MinVariantLength = 8;
    private const char AnyVowel = '?';
    private const string Vowels = "aeiouy";

    private static readonly LexiconEntry Disguised = new("(disguised insult)", []);

    private static readonly Lazy<HashSet<string>> LazyVariantKeys = new(VariantKeys);

    private static readonly Lazy<LexiconEntry[]> LazyInsultStems = new(() => [.. ToneLexicons.Insults.List.Entries.Where(e => e.Term.EndsWith('*') && !e.Term.Contains(' ', StringComparison.Ordinal))]);

    private static readonly Lazy<Dictionary<string, LexiconEntry>> LazyInsultEntries = new(() =>
        ToneLexicons.Insults.List.Entries.Where(e => e.Term.All(char.IsLetter)).DistinctBy(e => e.Term).ToDictionary(e => e.Term, StringComparer.Ordinal));

    private static readonly Func<ToneText, IReadOnlyList<TermMatch>> FindOnce = text => FindAll(text).ToList();

    /// <summary>Every disguised or compound insult in the post, in text order, found once per post.</summary>
    public static IReadOnlyList<TermMatch> Find(ToneText text) => text.Memo(FindOnce);

    private static IEnumerable<TermMatch> FindAll(ToneText text)
    {
        var tokens = text.Tokens;
        var covered = new HashSet<int>();
        foreach (var disguised in text.Index.Disguised)
        {
            if (disguised.Readings.FirstOrDefault(IsInsult) is { } reading)
            {
                covered.UnionWith(Enumerable.Range(disguised.FirstToken, disguised.TokenCount));
                yield return AsMatch(text, disguised.Span, EntryOf(reading));
            }
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            var word = tokens[i].Normalized;
            if (covered.Contains(i))
            {
                continue;
            }

            if (IsCurse(word) && i + 1 < tokens.Count && IsCurseTail(tokens[i + 1].Normalized) && Glued(text, tokens, i))
            {
                // "kk mongool", "klere-lijer": the curse and its tail as two words.
                yield return AsMatch(text, new TextSpan(tokens[i].Span.Start, tokens[i + 1].Span.End), Disguised);
                i++;
            }
            else if (!ToneLexicons.Insults.HasWord(word) && (IsCurseCompound(word) || (word.Length >= MinVariantLength && IsVariant(word))))
            {
                yield return AsMatch(text, tokens[i].Span, Disguised);
            }
        }
    }

    private static bool IsInsult(string reading) =>
        ToneLexicons.Insults.HasWord(reading) || StemOf(reading) is not null || IsCurseCompound(reading) || (reading.Length >= MinVariantLength && IsVariant(reading));

    // A reading that is a listed insult, or starts with a listed stem ("k*thospice" as "kut*"), keeps that entry's columns.
    private static LexiconEntry EntryOf(string reading) =>
        LazyInsultEntries.Value.TryGetValue(reading, out var entry) ? entry : StemOf(reading) ?? Disguised;

    // "k*tprinter" curses a printer, as "kutprinter" does (ObjectVentFinder): not an insult.
    private static LexiconEntry? StemOf(string reading) =>
        LazyInsultStems.Value.FirstOrDefault(e => reading.StartsWith(e.Term[..^1], StringComparison.Ordinal) && !ToneLexicons.Things.HasWord(reading[(e.Term.Length - 1)..]));

    // "kankermongool", "k4nkerhuisarts": a curse, then a tail or a person of at least three letters.
    private static bool IsCurseCompound(string word)
    {
        // Asked for every word of the post: indexing the list spares an enumerator per word.
        var curses = ToneLexicons.Curses.List.Entries;
        for (var c = 0; c < curses.Count; c++)
        {
            var stem = curses[c].Term;
            if (word.Length >= stem.Length + 3 && word.StartsWith(stem, StringComparison.Ordinal) && (IsCurseTail(word[stem.Length..]) || ToneLexicons.CursedPeople.HasWord(word[stem.Length..])))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsCurse(string word) => ToneLexicons.Curses.HasWord(word);

    private static bool IsCurseTail(string word) =>
        ToneLexicons.CurseTails.HasWord(word) || ToneLexicons.Insults.HasWord(word) || ToneLexicons.DirectedNouns.HasWord(word);

    // Two words, with a space or a hyphen between them and nothing else.
    private static bool Glued(ToneText text, IReadOnlyList<Token> tokens, int i) =>
        text.Text.AsSpan(tokens[i].Span.End, tokens[i + 1].Span.Start - tokens[i].Span.End) is " " or "-";

    // One vowel changed, or "ij" written "y": both sides are keyed with "ij" as "y" and each vowel in turn as any vowel.
    // The post's side builds its keys in one buffer, changing one vowel at a time, instead of a string per key as
    // Keys does for the lexicon's side: every long word of every post is asked.
    private static bool IsVariant(string word)
    {
        var lookup = LazyVariantKeys.Value.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> plain = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        var length = 0;
        for (var i = 0; i < word.Length; i++)
        {
            var ij = word[i] == 'i' && i + 1 < word.Length && word[i + 1] == 'j';
            plain[length++] = ij ? 'y' : word[i];
            i += ij ? 1 : 0;
        }

        plain = plain[..length];
        if (lookup.Contains(plain))
        {
            return true;
        }

        for (var k = 0; k < plain.Length; k++)
        {
            var vowel = plain[k];
            if (Vowels.Contains(vowel, StringComparison.Ordinal))
            {
                plain[k] = AnyVowel;
                var found = lookup.Contains(plain);
                plain[k] = vowel;
                if (found)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static HashSet<string> VariantKeys() =>
        ToneLexicons.Insults.List.Entries
            .Select(e => e.Term)
            .Where(t => t.Length >= MinVariantLength && t.All(char.IsLetter))
            .SelectMany(Keys)
            .ToHashSet(StringComparer.Ordinal);

    private static IEnumerable<string> Keys(string word)
    {
        var plain = word.Replace("ij", "y", StringComparison.Ordinal);
        yield return plain;
        for (var k = 0; k < plain.Length; k++)
        {
            if (Vowels.Contains(plain[k], StringComparison.Ordinal))
            {
                yield return string.Concat(plain.AsSpan(0, k), [AnyVowel], plain.AsSpan(k + 1));
            }
        }
    }

    // The filler-free words that the span covers, as a match the insult checks understand.
    private static TermMatch AsMatch(ToneText text, TextSpan span, LexiconEntry entry)
    {
        var words = text.Words;
        var first = SortedOffsets.CountBefore(words, w => w.Span.Start, span.Start);
        var end = SortedOffsets.CountBefore(words, w => w.Span.Start, span.End);
        return new TermMatch(span, entry, first < words.Count ? first : -1, Math.Max(1, end - first));
    }
}

using PostLint.Diagnostics;
using PostLint.Text;

namespace PostLint.Rules.Tone;

/// <summary>
/// A post as the tone rules read it: its words without filler words, its sentences, and the checks
/// every lexicon rule shares (is a term quoted in order to reject it, is an insult aimed at the author).
/// </summary>
internal sealed class ToneText
{
    private static readonly HashSet<string> FirstPerson = new(StringComparer.Ordinal) { "ik", "me", "mezelf", "mijzelf", "i", "myself" };

    private static readonly HashSet<string> FirstPersonPlural = new(StringComparer.Ordinal) { "wij", "we", "us", "ons" };

    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal)
    {
        "de", "het", "een", "mijn", "onze", "ons", "die", "deze", "haar", "zijn", "hun", "the", "a", "an", "my", "our", "this", "these", "those", "that", "their", "his", "her",
    };

    private static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal)
    {
        "van", "bij", "door", "voor", "met", "over", "naar", "aan", "uit", "tegen", "zonder", "tussen", "om", "via",
        "of", "by", "from", "for", "with", "about", "to", "at", "against", "between",
    };

    private static readonly HashSet<string> Relatives = new(StringComparer.Ordinal) { "who", "that", "which" };

    private static readonly HashSet<string> BeVerbs = new(StringComparer.Ordinal) { "ben", "was", "voel", "voelde", "am", "m", "feel", "felt" };

    private static readonly HashSet<string> OtherPerson = new(StringComparer.Ordinal)
    {
        "jij", "je", "u", "jullie", "hij", "zij", "ze", "hem", "haar", "hen", "die", "deze", "dat",
        "you", "he", "she", "they", "him", "her", "them", "this", "that", "these", "those",
    };

    // A sentence that starts with one of these comments on the sentence before it.
    private static readonly HashSet<string> Commenting = new(StringComparer.Ordinal) { "dat", "dit", "wat", "that", "this", "which" };

    // "Felt like such an idiot": a diary sentence that drops its "I".
    private static readonly HashSet<string> SubjectlessFeelings = new(StringComparer.Ordinal) { "felt", "feel", "feeling", "voelde", "voel" };

    private static readonly object Key = new();

    private readonly Dictionary<Delegate, object?> _memo = [];

    private ToneText(PostIndex index) => Index = index;

    /// <summary>The index of the post.</summary>
    public PostIndex Index { get; }

    /// <summary>The post's text.</summary>
    public string Text => Index.Text;

    /// <summary>All the post's words in order, filler words included.</summary>
    public IReadOnlyList<Token> Tokens => Index.Tokens;

    /// <summary>The post's words in order, filler words left out.</summary>
    public IReadOnlyList<Token> Words => Index.Words;

    /// <summary>The tone rules' reading of the post <paramref name="index"/> indexes, made once per post and shared by them.</summary>
    public static ToneText Of(PostIndex index) => index.Shared(Key, static i => new ToneText(i));

    /// <summary>
    /// <paramref name="compute"/> applied to this text, computed on the first call with that delegate
    /// and remembered: for results several analyzers need (lexicon matches, aimed insults, sarcasm).
    /// The delegate instance is the key, so pass one kept in a field. Not thread-safe, like the post index.
    /// </summary>
    public T Memo<T>(Func<ToneText, T> compute)
    {
        if (!_memo.TryGetValue(compute, out var value))
        {
            _memo[compute] = value = compute(this);
        }

        return (T)value!;
    }

    /// <summary>The sentence around <paramref name="position"/>: up to the nearest <c>. ! ?</c> or line break on either side.</summary>
    public TextSpan SentenceAt(int position)
    {
        var ends = _sentenceEnds ??= SentenceEnds();
        var end = SortedOffsets.FirstAtOrAfter(ends, position);
        return new TextSpan(SortedOffsets.LastBefore(ends, position) + 1, end >= 0 ? end : Text.Length);
    }

    /// <summary>
    /// True when the sentence around <paramref name="span"/> rejects the term it quotes
    /// ("zeg nooit 'lastige patiënt'", "'bed blocker' is not a diagnosis").
    /// </summary>
    public bool IsRejected(TextSpan span)
    {
        var sentence = SentenceAt(span.Start);
        if (ToneLexicons.RejectionCues.OccursIn(this, sentence))
        {
            return true;
        }

        // "Iemand schreef dat ouderen 'lui volk' zijn. Dat is onzin.": the next sentence judges this one.
        var next = SortedOffsets.CountBefore(Words, w => w.Span.Start, sentence.End);
        return next < Words.Count && Commenting.Contains(Words[next].Normalized) && ToneLexicons.RejectionCues.OccursIn(this, SentenceAt(Words[next].Span.Start));
    }

    /// <summary>
    /// True when <paramref name="span"/> stands inside quotation marks in a sentence that reports
    /// someone else's words ("een patiënt zei 'dit is toch allemaal kut'", "he called me a 'moron'"), or in a
    /// that-clause after such a verb ("a patient shouted that refugees are animals"): the author quotes, the author
    /// does not swear.
    /// </summary>
    public bool IsReportedSpeech(TextSpan span)
    {
        if (Index.QuoteAround(span) is not var (open, close))
        {
            return IsIndirectSpeech(span);
        }

        return ToneLexicons.ReportedSpeech.OccursIn(this, new TextSpan(SentenceAt(open).Start, SentenceAt(close).End));
    }

    // "A patient shouted that refugees are animals": someone else's words, reported in a that-clause before the span. The
    // author's own ("ik zei dat …", "I said that …") are the author's.
    private bool IsIndirectSpeech(TextSpan span)
    {
        var sentence = SentenceAt(span.Start);
        foreach (var verb in ToneLexicons.ReportedSpeech.Matches(this))
        {
            if (verb.FirstToken < 0 || verb.Span.Start < sentence.Start || verb.Span.End > span.Start)
            {
                continue;
            }

            var next = verb.FirstToken + verb.TokenCount;
            var before = verb.FirstToken - 1;
            var introducesClause = next < Words.Count && Words[next].Normalized is "that" or "dat" && Words[next].Span.End <= span.Start;
            var byAuthor = before >= 0 && Words[before].Span.Start >= sentence.Start && (FirstPerson.Contains(Words[before].Normalized) || FirstPersonPlural.Contains(Words[before].Normalized));
            if (introducesClause && !byAuthor)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when the words just before <paramref name="match"/> say the author is what it names
    /// ("ik ben ook maar een sukkel", "I'm such an idiot"): self-directed irony hurts nobody. A first
    /// person without "to be" ("ik heb schijt aan …") is not self-directed.
    /// </summary>
    public bool IsSelfDirected(TermMatch match)
    {
        if (match.FirstToken < 0)
        {
            return false;
        }

        var sentence = SentenceAt(match.Span.Start);
        var firstPerson = false;
        var beVerb = false;
        var i = match.FirstToken - 1;
        for (; i >= Math.Max(0, match.FirstToken - 4) && Words[i].Span.Start >= sentence.Start; i--)
        {
            var word = Words[i].Normalized;
            if (OtherPerson.Contains(word))
            {
                return false;
            }

            firstPerson |= FirstPerson.Contains(word);
            beVerb |= BeVerbs.Contains(word);
        }

        // "Felt like such a moron", with nothing before the feeling in its sentence.
        var opensWithFeeling = i + 1 < Words.Count && Words[i + 1].Span.Start >= sentence.Start && (i < 0 || Words[i].Span.End <= sentence.Start) && SubjectlessFeelings.Contains(Words[i + 1].Normalized);
        return (firstPerson && beVerb) || opensWithFeeling || IsFollowedByFirstPersonBe(match);
    }

    // "What a muppet I am", "wat een sukkel ben ik".
    private bool IsFollowedByFirstPersonBe(TermMatch match)
    {
        var after = match.FirstToken + match.TokenCount;
        if (after + 1 >= Words.Count)
        {
            return false;
        }

        var (first, second) = (Words[after].Normalized, Words[after + 1].Normalized);
        return (first is "i" && second is "am" or "m") || (first is "ben" && second is "ik");
    }

    /// <summary>
    /// True when the word just before <paramref name="position"/> is "wij", "we" or "us": "wij chirurgen
    /// zijn soms echte cowboys" is the author joking about their own group, not attacking colleagues.
    /// </summary>
    public bool IsOwnGroupAt(int position)
    {
        // The last word that ends by the position, by binary search: rules ask this for every group they find.
        var before = SortedOffsets.CountBefore(Words, w => w.Span.End, position + 1) - 1;

        return before >= 0 && FirstPersonPlural.Contains(Words[before].Normalized) && OnlyBetween(Words[before].Span.End, position, string.Empty);
    }

    /// <summary>
    /// True unless <paramref name="group"/> stands after a preposition or before a relative pronoun:
    /// "de voorwaarden van de verzekeraar zijn belachelijk" judges the conditions, not the insurer, and
    /// "nurses who are lazy" picks out some nurses. What is said next is then not said of the group.
    /// </summary>
    public bool IsSubject(TermMatch group)
    {
        var before = group.FirstToken - 1;
        if (before >= 0 && Determiners.Contains(Words[before].Normalized))
        {
            before--;
        }

        var after = group.FirstToken + group.TokenCount;
        var inPhrase = before >= 0 && Prepositions.Contains(Words[before].Normalized);
        var relative = after < Words.Count && Relatives.Contains(Words[after].Normalized);
        return !inPhrase && !relative;
    }

    /// <summary>True when <paramref name="sentence"/> (from <see cref="SentenceAt"/>) ends with a question mark.</summary>
    public bool IsQuestion(TextSpan sentence) => sentence.End < Text.Length && Text[sentence.End] == '?';

    /// <summary>The text between two positions contains only spaces and the given punctuation.</summary>
    public bool OnlyBetween(int from, int to, string allowed)
    {
        for (var i = from; i < to; i++)
        {
            if (!char.IsWhiteSpace(Text[i]) && !allowed.Contains(Text[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    // Sentence ends are found once per post: rules ask for the sentence around each of their matches, and scanning
    // for it from every match made a long post cost its length squared.
    // A sentence with no end is cut at the first space after SentenceBounds.MaxLength characters, as there.
    private int[]? _sentenceEnds;

    private int[] SentenceEnds()
    {
        var ends = new List<int>();
        var start = 0;
        for (var i = 0; i < Text.Length; i++)
        {
            var length = i - start;
            if (IsSentenceEnd(Text[i]) || (length >= SentenceBounds.MaxLength && char.IsWhiteSpace(Text[i])) || length >= SentenceBounds.MaxLength + (SentenceBounds.MaxLength / 4))
            {
                ends.Add(i);
                start = i + 1;
            }
        }

        return [.. ends];
    }

    private static bool IsSentenceEnd(char c) => c is '.' or '!' or '?' or '\n';
}

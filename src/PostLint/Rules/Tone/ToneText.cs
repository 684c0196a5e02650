using PostLint.Diagnostics;
using PostLint.Text;

namespace PostLint.Rules.Tone;

/// <summary>
/// A post as the tone rules read it: its words without filler words, its sentences, and the checks
/// every lexicon rule shares (is a term quoted in order to reject it, is an insult aimed at the author).
/// </summary>
internal sealed class ToneText
{
    /// <summary>
    /// Intensifiers and particles left out before matching, so that one entry covers
    /// "kunnen er niks van" and "kunnen er echt helemaal niks van".
    /// </summary>
    public static readonly HashSet<string> Fillers = new(StringComparer.Ordinal)
    {
        "echt", "gewoon", "gewoonweg", "helemaal", "toch", "nou", "wel", "ook", "maar", "even", "werkelijk", "compleet", "totaal", "zo", "weer", "eens",
        "allemaal", "ongelofelijk", "ongelofelijke", "ongelooflijk", "ongelooflijke", "enorme", "complete", "totale", "vreselijke", "echte",
        "really", "just", "totally", "absolutely", "completely", "literally", "honestly", "bloody", "truly", "utterly", "all", "total",
    };

    private static readonly HashSet<string> FirstPerson = new(StringComparer.Ordinal) { "ik", "me", "mezelf", "mijzelf", "i", "myself" };

    private static readonly HashSet<string> BeVerbs = new(StringComparer.Ordinal) { "ben", "was", "voel", "voelde", "am", "m", "feel", "felt" };

    private static readonly HashSet<string> OtherPerson = new(StringComparer.Ordinal)
    {
        "jij", "je", "u", "jullie", "hij", "zij", "ze", "hem", "haar", "hen", "die", "deze", "dat",
        "you", "he", "she", "they", "him", "her", "them", "this", "that", "these", "those",
    };

    /// <summary>The text read last on this thread: the tone analyzers run one after another on the same post.</summary>
    [ThreadStatic]
    private static ToneText? t_last;

    private readonly Dictionary<Delegate, object?> _memo = [];

    private ToneText(string text, IReadOnlyList<Token> tokens)
    {
        Text = text;
        Tokens = tokens;
        var words = new List<Token>(tokens.Count);
        foreach (var token in tokens)
        {
            if (!Fillers.Contains(token.Normalized))
            {
                words.Add(token);
            }
        }

        Words = words;
    }

    /// <summary>The post's text.</summary>
    public string Text { get; }

    /// <summary>All the post's words in order, filler words included.</summary>
    public IReadOnlyList<Token> Tokens { get; }

    /// <summary>The post's words in order, filler words left out.</summary>
    public IReadOnlyList<Token> Words { get; }

    /// <summary>
    /// Reads <paramref name="text"/>. Every tone analyzer reads the post it is given, so the last text
    /// read on this thread is kept and handed out again for the same string: the words are split once
    /// per post, and what the analyzers compute from them through <see cref="Memo{T}"/> is computed once too.
    /// </summary>
    public static ToneText Of(string text)
    {
        if (t_last is { } last && ReferenceEquals(last.Text, text))
        {
            return last;
        }

        return t_last = new ToneText(text, Tokenizer.Tokenize(text));
    }

    /// <summary>
    /// <paramref name="compute"/> applied to this text, computed on the first call with that delegate
    /// and remembered: for results several analyzers need (lexicon matches, aimed insults, sarcasm).
    /// The delegate instance is the key, so pass one kept in a field. Not thread-safe: a
    /// <see cref="ToneText"/> belongs to the thread that read it.
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
        var start = position;
        while (start > 0 && !IsSentenceEnd(Text[start - 1]))
        {
            start--;
        }

        var end = position;
        while (end < Text.Length && !IsSentenceEnd(Text[end]))
        {
            end++;
        }

        return new TextSpan(start, end);
    }

    /// <summary>
    /// True when the sentence around <paramref name="span"/> rejects the term it quotes
    /// ("zeg nooit 'lastige patiënt'", "'bed blocker' is not a diagnosis").
    /// </summary>
    public bool IsRejected(TextSpan span) => ToneLexicons.RejectionCues.OccursIn(this, SentenceAt(span.Start));

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
        for (var i = match.FirstToken - 1; i >= Math.Max(0, match.FirstToken - 4) && Words[i].Span.Start >= sentence.Start; i--)
        {
            var word = Words[i].Normalized;
            if (OtherPerson.Contains(word))
            {
                return false;
            }

            firstPerson |= FirstPerson.Contains(word);
            beVerb |= BeVerbs.Contains(word);
        }

        return firstPerson && beVerb;
    }

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

    private static bool IsSentenceEnd(char c) => c is '.' or '!' or '?' or '\n';
}

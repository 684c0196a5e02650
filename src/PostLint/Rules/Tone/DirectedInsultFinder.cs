using PostLint.Diagnostics;
using PostLint.Text;

namespace PostLint.Rules.Tone;

/// <summary>
/// Finds words from <c>directed-insults.txt</c> ("dom", "gestoord", "kwallen", "pathetic") where a frame
/// aims them at people: an exclamation ("wat een clowns", "stelletje kwallen", "what a clown"), a
/// predicate of a person or group ("die antivaxers zijn gewoon gestoord", "you're pathetic"), or a
/// form of address at the end of a sentence ("Betaal die rit dan zelf, parasiet."). Elsewhere the
/// same words are ordinary ("gestoorde nierfunctie", "gestoken door een kwal") and stay silent.
/// </summary>
internal static class DirectedInsultFinder
{
    private static readonly string[][] Exclamations =
    [
        ["wat", "een"], ["stelletje"], ["what", "a"], ["what", "an"], ["such", "a"], ["such", "an"], ["bunch", "of"], ["you"], ["jij"], ["jullie"],

        // Tweet spellings of "you" and "you're": "u fag", "ur a clown", "you a clown" (the copula left out).
        ["u"], ["u", "a"], ["u", "an"], ["ur", "a"], ["ur", "an"], ["you", "a"], ["you", "an"],
    ];

    // "held that clown to account", "die oplichter van de kliniek": a demonstrative points the word at someone, unless
    // a liking comes first ("gek op die clown", "fond of that clown").
    private static readonly HashSet<string> Demonstratives = new(StringComparer.Ordinal) { "that", "those", "die" };

    // "Grifters, every one of them.", "Oplichters, allemaal.": a comma and a word for all of them after an opening noun.
    private static readonly HashSet<string> AllOfThem = new(StringComparer.Ordinal) { "every", "each", "all", "allemaal", "allen", "stuk", "ieder", "elk", "lot" };

    // "s" is "he's", "she's": a copula only after a pronoun, for "the patient's pig valve" is a possessive.
    private static readonly HashSet<string> Copulas = new(StringComparer.Ordinal) { "zijn", "bent", "ben", "is", "are", "re", "s" };

    private static readonly HashSet<string> Addressed = new(StringComparer.Ordinal) { "jij", "je", "u", "jullie" };

    private static readonly HashSet<string> FondOf = new(StringComparer.Ordinal) { "op" };

    private static readonly HashSet<string> FondOfBefore = new(StringComparer.Ordinal) { "op", "of" };

    private static readonly HashSet<string> Articles = new(StringComparer.Ordinal) { "een", "a", "an" };

    // "is" only counts after a person: "die vrouw is een heks" fires, "het beleid is belachelijk" does not.
    private static readonly HashSet<string> PronounSubjects = new(StringComparer.Ordinal) { "jij", "je", "u", "jullie", "ze", "zij", "hij", "die", "you", "they", "he", "she" };

    /// <summary>One aimed insult: where it is and the words that make it one.</summary>
    /// <param name="Span">From the frame (or subject) to the last insulting word.</param>
    /// <param name="Words">The insulting words, for the message.</param>
    /// <param name="TargetKind">The kind of the subject when it is a named group (patient, colleague, group), else null.</param>
    public readonly record struct Finding(TextSpan Span, string Words, string? TargetKind);

    private static readonly Func<ToneText, IReadOnlyList<Finding>> FindOnce = text => FindAll(text).ToList();

    /// <summary>Every aimed insult in <paramref name="text"/>, found once per post (PL4001 and PL4003 both ask).</summary>
    public static IReadOnlyList<Finding> Find(ToneText text) => text.Memo(FindOnce);

    private static IEnumerable<Finding> FindAll(ToneText text)
    {
        var nouns = WordIndices(ToneLexicons.DirectedNouns.Matches(text));
        var adjectives = WordIndices(ToneLexicons.DirectedAdjectives.Matches(text));
        if (nouns.Count == 0 && adjectives.Count == 0)
        {
            yield break;
        }

        var targets = ToneLexicons.Targets.Matches(text).Where(m => m.FirstToken >= 0).ToDictionary(m => m.FirstToken + m.TokenCount - 1);
        var targetsByFirstWord = targets.Values.Select(m => m.FirstToken).ToHashSet();
        var words = text.Words;
        var i = 0;
        while (i < words.Count)
        {
            if (!nouns.Contains(i) && !adjectives.Contains(i))
            {
                i++;
                continue;
            }

            // A run of insulting words: "verwend, irritant volk".
            var first = i;
            while (i + 1 < words.Count && (nouns.Contains(i + 1) || adjectives.Contains(i + 1)))
            {
                i++;
            }

            var last = i;
            i++;
            if (IsFondness(words, last))
            {
                continue;
            }

            var quoted = text.Text[words[first].Span.Start..words[last].Span.End];
            var endsInNoun = nouns.Contains(last);
            if (ExclamationBefore(words, first) is { } frameStart && endsInNoun)
            {
                yield return new Finding(new TextSpan(words[frameStart].Span.Start, words[last].Span.End), quoted, null);
            }
            else if (CopulaBefore(words, first) is { } copula && copula >= 1 && !IsAsked(text, words[last].Span.End) && SubjectBefore(text, targets, copula - 1) is { } subject)
            {
                yield return new Finding(new TextSpan(subject.Start, words[last].Span.End), quoted, subject.Kind);
            }
            else if (endsInNoun && IsFormOfAddress(text, first, last))
            {
                yield return new Finding(new TextSpan(words[first].Span.Start, words[last].Span.End), quoted, null);
            }
            else if (InvertedCopulaBefore(words, first) is { } inverted && !IsAsked(text, words[last].Span.End))
            {
                yield return new Finding(new TextSpan(words[inverted].Span.Start, words[last].Span.End), quoted, null);
            }
            else if (endsInNoun && IsOfAPerson(words, targetsByFirstWord, last))
            {
                // "die eikel van een chirurg": the Dutch "X van een Y" says the person Y is an X.
                yield return new Finding(new TextSpan(words[first].Span.Start, words[last].Span.End), quoted, null);
            }
            else if (endsInNoun && OpensSentence(text, first) && IsAllOfThemAfter(text, last))
            {
                yield return new Finding(new TextSpan(words[first].Span.Start, words[last].Span.End), quoted, null);
            }
            else if (endsInNoun && OpensReply(text, first) && ClosesSentence(text, last))
            {
                // "@jan Eikel.", "@jan Vuile landverrader!": a reply that is nothing but the insult calls the person replied to that.
                yield return new Finding(new TextSpan(words[first].Span.Start, words[last].Span.End), quoted, null);
            }
            else if (endsInNoun && last > first && adjectives.Contains(first) && OpensSentence(text, first))
            {
                // "Smerige leugenaars, allemaal.", "Stupid cow doesn't know": an insulting adjective and noun that open the sentence name its target.
                yield return new Finding(new TextSpan(words[first].Span.Start, words[last].Span.End), quoted, null);
            }
        }
    }

    /// <summary>
    /// True when the word at <paramref name="last"/> is followed by "op": "de kinderen zijn gek op de
    /// clown" is a liking for something, not a label for the person.
    /// </summary>
    public static bool IsFondness(IReadOnlyList<Token> words, int last) =>
        last + 1 < words.Count && FondOf.Contains(words[last + 1].Normalized);

    // A question about the insult asks; a tag after a comma ("Jij bent een eikel, weet je dat?") does not.
    private static bool IsAsked(ToneText text, int end)
    {
        var sentence = text.SentenceAt(end);
        return text.IsQuestion(sentence) && !text.Index.ClauseBreakBetween(end, sentence.End);
    }

    private static bool IsOfAPerson(IReadOnlyList<Token> words, HashSet<int> targetsByFirstWord, int last) =>
        last + 3 < words.Count && words[last + 1].Normalized == "van" && Articles.Contains(words[last + 2].Normalized) && targetsByFirstWord.Contains(last + 3);

    // "wat ben jij dom", "wat ben je een vieze rat": the copula before the person addressed, then the insult.
    private static int? InvertedCopulaBefore(IReadOnlyList<Token> words, int first)
    {
        var at = first - 1;
        if (at >= 0 && Articles.Contains(words[at].Normalized))
        {
            at--;
        }

        return at >= 1 && Addressed.Contains(words[at].Normalized) && Copulas.Contains(words[at - 1].Normalized) ? at - 1 : null;
    }

    // Read on all tokens: "allemaal" is a filler word the words leave out.
    private static bool IsAllOfThemAfter(ToneText text, int last)
    {
        var tokens = text.Tokens;
        var comma = text.Index.FirstTokenAtOrAfter(text.Words[last].Span.End);
        var next = comma < tokens.Count && tokens[comma].Normalized == "the" ? comma + 1 : comma;
        return next < tokens.Count && AllOfThem.Contains(tokens[next].Normalized)
            && text.Text[text.Words[last].Span.End..tokens[comma].Span.Start].Trim() == ",";
    }

    private static bool OpensSentence(ToneText text, int first) =>
        text.OnlyBetween(text.SentenceAt(text.Words[first].Span.Start).Start, text.Words[first].Span.Start, "\"'“‘#@");

    // "zijn dom", "are a menace": the copula right before the insult, or before its article.
    private static int? CopulaBefore(IReadOnlyList<Token> words, int first)
    {
        var at = first - 1;
        if (at >= 0 && Articles.Contains(words[at].Normalized))
        {
            at--;
        }

        return at >= 0 && Copulas.Contains(words[at].Normalized) ? at : null;
    }

    private static HashSet<int> WordIndices(IReadOnlyList<TermMatch> matches) =>
        matches.Where(m => m.FirstToken >= 0).SelectMany(m => Enumerable.Range(m.FirstToken, m.TokenCount)).ToHashSet();

    private static int? ExclamationBefore(IReadOnlyList<Token> words, int first)
    {
        if (first >= 1 && Demonstratives.Contains(words[first - 1].Normalized) && (first < 2 || !FondOfBefore.Contains(words[first - 2].Normalized)))
        {
            return first - 1;
        }

        foreach (var frame in Exclamations)
        {
            var start = first - frame.Length;
            if (start >= 0 && frame.Select((w, k) => words[start + k].Normalized == w).All(ok => ok))
            {
                return start;
            }
        }

        return null;
    }

    // The subject of the copula: a named group ("die antivaxers zijn"), a group word with a name ("collega
    // Sanne is") or a pronoun ("jij bent"). A group after a preposition ("de regels van het management
    // zijn belachelijk") is not the subject.
    private static (int Start, string? Kind)? SubjectBefore(ToneText text, Dictionary<int, TermMatch> targetsByLastWord, int index)
    {
        var words = text.Words;
        if (words[index + 1].Normalized == "s")
        {
            return PronounSubjects.Contains(words[index].Normalized) ? (words[index].Span.Start, null) : null;
        }

        if (targetsByLastWord.TryGetValue(index, out var target))
        {
            return text.IsSubject(target) ? (target.Span.Start, target.Term.Column(0)) : null;
        }

        if (index >= 1 && char.IsUpper(words[index].Value[0]) && targetsByLastWord.TryGetValue(index - 1, out var named) && text.IsSubject(named))
        {
            return (named.Span.Start, named.Term.Column(0));
        }

        return PronounSubjects.Contains(words[index].Normalized) ? (words[index].Span.Start, null) : null;
    }

    // "..., parasiet.", "..., lui volk." : insulting words after a comma that close the sentence address the reader's target.
    private static bool IsFormOfAddress(ToneText text, int first, int last)
    {
        var start = text.Words[first].Span.Start;
        var before = first > 0 ? text.Words[first - 1].Span.End : 0;
        return ClosesSentence(text, last) && text.Text[before..start].Contains(',', StringComparison.Ordinal);
    }

    private static bool ClosesSentence(ToneText text, int last)
    {
        var end = text.Words[last].Span.End;
        var after = last + 1 < text.Words.Count ? text.Words[last + 1].Span.Start : text.Text.Length;
        var rest = text.Text[end..after].TrimStart();
        return rest.Length == 0 ? last + 1 == text.Words.Count : rest[0] is '.' or '!' or '?';
    }

    // Only @-mentions (at least one) stand between the start of the sentence and the word: the opening of a reply.
    private static bool OpensReply(ToneText text, int first)
    {
        var before = text.Text.AsSpan(text.SentenceAt(text.Words[first].Span.Start).Start, text.Words[first].Span.Start - text.SentenceAt(text.Words[first].Span.Start).Start);
        var mentions = 0;
        var inMention = false;
        foreach (var c in before)
        {
            if (char.IsWhiteSpace(c))
            {
                inMention = false;
            }
            else if (c == '@' && !inMention)
            {
                inMention = true;
                mentions++;
            }
            else if (!inMention)
            {
                return false;
            }
        }

        return mentions > 0;
    }
}

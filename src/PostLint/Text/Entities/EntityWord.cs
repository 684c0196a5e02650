using PostLint.Diagnostics;

namespace PostLint.Text.Entities;

/// <summary>
/// A word as the entity model sees it: the post index's token with what surrounds it. Training builds these from the
/// NER corpora's sentences and the engine from a post, with the same <see cref="Of"/>, so both see the same features.
/// </summary>
/// <param name="Token">The word.</param>
/// <param name="SentenceStart">True for the first word of a sentence.</param>
/// <param name="Before">The last non-space character between the previous word and this one, or a space when there is none.</param>
/// <param name="After">The first non-space character between this word and the next, or a space.</param>
/// <param name="InHandle">True when the word is part of an @-mention (after "@", or joined to such a part by "_").</param>
/// <param name="InHashtag">True right after "#".</param>
internal readonly record struct EntityWord(Token Token, bool SentenceStart, char Before, char After, bool InHandle, bool InHashtag)
{
    /// <summary>The words of <paramref name="text"/>, whose tokens are <paramref name="tokens"/> and sentences <paramref name="sentences"/>.</summary>
    public static EntityWord[] Of(string text, IReadOnlyList<Token> tokens, IReadOnlyList<TextSpan> sentences)
    {
        var words = new EntityWord[tokens.Count];
        var sentence = 0;
        var previousSentence = -1;
        for (var i = 0; i < tokens.Count; i++)
        {
            var span = tokens[i].Span;
            while (sentence < sentences.Count - 1 && sentences[sentence].End <= span.Start)
            {
                sentence++;
            }

            var gapStart = i == 0 ? 0 : tokens[i - 1].Span.End;
            var gapEnd = i + 1 < tokens.Count ? tokens[i + 1].Span.Start : text.Length;
            var adjacent = span.Start > 0 ? text[span.Start - 1] : ' ';
            var inHandle = adjacent == '@' || (adjacent == '_' && i > 0 && words[i - 1].InHandle && tokens[i - 1].Span.End == span.Start - 1);
            words[i] = new EntityWord(
                tokens[i], sentence != previousSentence, LastMark(text, gapStart, span.Start), FirstMark(text, span.End, gapEnd), inHandle, adjacent == '#');
            previousSentence = sentence;
        }

        return words;
    }

    private static char LastMark(string text, int start, int end)
    {
        for (var k = end - 1; k >= start; k--)
        {
            if (!char.IsWhiteSpace(text[k]))
            {
                return text[k];
            }
        }

        return ' ';
    }

    private static char FirstMark(string text, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (!char.IsWhiteSpace(text[k]))
            {
                return text[k];
            }
        }

        return ' ';
    }
}

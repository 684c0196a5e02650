using System.Text;
using PostLint.Diagnostics;
using PostLint.Text;

namespace PostLint.Training.Entities;

/// <summary>A gold entity of a sentence: its type and the characters of its words in <see cref="ConllSentence.Text"/>.</summary>
/// <param name="Type">PER, ORG, LOC or MISC.</param>
/// <param name="Span">From the first character of its first word to the last of its last.</param>
internal readonly record struct GoldEntity(string Type, TextSpan Span);

/// <summary>An @-mention of a sentence with its gold type (BTC types them; WNUT leaves them O).</summary>
/// <param name="Name">The handle without "@".</param>
/// <param name="Type">PER, ORG, LOC or O.</param>
/// <param name="Before">The normalised word before it, or empty.</param>
/// <param name="After">The normalised word after it, or empty.</param>
/// <param name="AtStart">True when only handles (or "RT") come before it: a reply addresses it.</param>
internal readonly record struct GoldHandle(string Name, string Type, string Before, string After, bool AtStart);

/// <summary>
/// One sentence of a CoNLL file, re-read the way the engine reads a post: the corpus tokens joined by spaces, split
/// into PostLint's own words, each word tagged B-/I-/O after the corpus token it lies in. Entities are scored as
/// character spans over those words, so a tag that the engine could not produce (a name made only of punctuation)
/// still counts as missed.
/// </summary>
internal sealed class ConllSentence
{
    private ConllSentence(string corpus, string text, Token[] tokens, int[] tags, List<GoldEntity> entities, List<GoldHandle> handles)
    {
        Corpus = corpus;
        Text = text;
        Tokens = tokens;
        Tags = tags;
        Entities = entities;
        Handles = handles;
    }

    /// <summary>The file's name without <c>.conll</c> ("btc_en.train").</summary>
    public string Corpus { get; }

    /// <summary>The corpus tokens joined by single spaces.</summary>
    public string Text { get; }

    /// <summary>PostLint's words of <see cref="Text"/>.</summary>
    public Token[] Tokens { get; }

    /// <summary>The gold tag of each word (index into <see cref="EntityTagNames"/>).</summary>
    public int[] Tags { get; }

    /// <summary>The gold entities that are not @-mentions (mentions are the handle classifier's).</summary>
    public List<GoldEntity> Entities { get; }

    /// <summary>The @-mentions.</summary>
    public List<GoldHandle> Handles { get; }

    /// <summary>The tag names, by index.</summary>
    public static IReadOnlyList<string> EntityTagNames => PostLint.Text.Entities.EntityTags.Names;

    /// <summary>Reads every sentence of <paramref name="path"/> (token TAB tag per line, a blank line between sentences).</summary>
    public static List<ConllSentence> ReadFile(string path)
    {
        var corpus = Path.GetFileName(path).Replace(".conll", string.Empty, StringComparison.Ordinal);
        var sentences = new List<ConllSentence>();
        var words = new List<(string Word, string Tag)>();
        foreach (var line in File.ReadLines(path).Append(string.Empty))
        {
            if (line.Trim().Length == 0)
            {
                if (words.Count > 0)
                {
                    sentences.Add(Of(corpus, words));
                    words.Clear();
                }

                continue;
            }

            var tab = line.LastIndexOf('\t');
            var word = tab < 0 ? line : line[..tab];
            var tag = tab < 0 ? "O" : line[(tab + 1)..].Trim();
            word = word.Trim();
            if (word.Length == 0)
            {
                continue;
            }

            // BTC splits a mention into "@" and the name, both B-typed: join them as the post wrote them, typed by the "@".
            // An untyped "@" before a typed word is "at" ("@ Philly"), or WNUT's split of a mention it typed: kept apart.
            if (words.Count > 0 && words[^1].Word == "@" && Tokenizer.IsWordChar(word[0]) && (words[^1].Tag != "O" || tag == "O"))
            {
                words[^1] = ("@" + word, words[^1].Tag);
                continue;
            }

            words.Add((word, tag));
        }

        return sentences;
    }

    private static ConllSentence Of(string corpus, List<(string Word, string Tag)> words)
    {
        var text = new StringBuilder();
        var spans = new TextSpan[words.Count];
        for (var k = 0; k < words.Count; k++)
        {
            if (k > 0)
            {
                text.Append(' ');
            }

            spans[k] = TextSpan.FromLength(text.Length, words[k].Word.Length);
            text.Append(words[k].Word);
        }

        var tokens = Tokenizer.Split(text.ToString());
        var tags = new int[tokens.Length];
        var entities = new List<GoldEntity>();
        var handles = new List<GoldHandle>();
        for (var k = 0; k < words.Count; k++)
        {
            var tag = words[k].Tag;
            if (!tag.StartsWith("B-", StringComparison.Ordinal) && !(tag.StartsWith("I-", StringComparison.Ordinal) && (k == 0 || words[k - 1].Tag == "O")))
            {
                if (IsMention(words[k].Word) && tag == "O")
                {
                    handles.Add(Handle(words, k, tokens, spans, "O"));
                }

                continue;
            }

            var type = tag[2..];
            var last = k;
            while (last + 1 < words.Count && words[last + 1].Tag == "I-" + type)
            {
                last++;
            }

            if (IsMention(words[k].Word))
            {
                handles.Add(Handle(words, k, tokens, spans, type));
            }
            else
            {
                var covered = new TextSpan(spans[k].Start, spans[last].End);
                var inside = tokens.Select((t, i) => (t, i)).Where(p => covered.Contains(p.t.Span)).ToList();
                if (inside.Count > 0)
                {
                    entities.Add(new GoldEntity(type, new TextSpan(inside[0].t.Span.Start, inside[^1].t.Span.End)));
                    for (var n = 0; n < inside.Count; n++)
                    {
                        tags[inside[n].i] = Array.IndexOf(PostLint.Text.Entities.EntityTags.Names, (n == 0 ? "B-" : "I-") + type);
                    }
                }
                else
                {
                    entities.Add(new GoldEntity(type, covered));
                }
            }

            k = last;
        }

        return new ConllSentence(corpus, text.ToString(), tokens, tags, entities, handles);
    }

    private static bool IsMention(string word) => word.Length > 1 && word[0] == '@';

    private static GoldHandle Handle(List<(string Word, string Tag)> words, int k, Token[] tokens, TextSpan[] spans, string type)
    {
        var before = tokens.LastOrDefault(t => t.Span.End <= spans[k].Start && !InMention(words, spans, t)).Normalized ?? string.Empty;
        var after = tokens.FirstOrDefault(t => t.Span.Start >= spans[k].End).Normalized ?? string.Empty;
        var atStart = Enumerable.Range(0, k).All(j => IsMention(words[j].Word) || words[j].Word is "RT" or "." or ":");
        return new GoldHandle(words[k].Word[1..], type, before, after, atStart);
    }

    private static bool InMention(List<(string Word, string Tag)> words, TextSpan[] spans, Token token)
    {
        var index = Array.FindIndex(spans, s => s.Contains(token.Span));
        return index >= 0 && IsMention(words[index].Word);
    }
}

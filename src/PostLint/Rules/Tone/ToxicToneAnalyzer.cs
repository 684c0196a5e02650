using System.Globalization;
using PostLint.Analysis;
using PostLint.Diagnostics;
using PostLint.Text;

namespace PostLint.Rules.Tone;

/// <summary>
/// PL4005: the tone classifier's verdict. A linear model trained on public toxicity data (Dutch and
/// English; see <c>rules/models/tone-model.md</c>) scores the post; at or above the model's threshold
/// the most hostile sentence is reported with the score and the words that drove it. It speaks only
/// when no other tone rule explained the post, so it adds what the word lists miss without repeating
/// them, and it never loads the model for posts the lexicons already flagged. A post that only
/// curses at a thing ("stupid printer") is read without the curse.
/// </summary>
internal sealed class ToxicToneAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "PL4005",
        "Hostile tone (classifier)",
        DiagnosticCategory.Tone,
        DiagnosticSeverity.Info,
        "KNMG Artsen en social media A6 (toon respect); V&VN handreiking 4 (respectvol en beleefd); GMC social media §14; Ahpra B4",
        "A trained model reads the post as hostile, insulting or toxic although no word list explains why: worth a second look.");

    private const int WordsToQuote = 3;

    private static readonly HashSet<string> DenyingCopulas = new(StringComparer.Ordinal) { "is", "zijn", "are", "isn", "aren" };

    private static readonly HashSet<string> Pronouns = new(StringComparer.Ordinal)
    {
        "je", "jij", "u", "jullie", "hij", "zij", "ze", "you", "he", "she", "they", "we", "wij", "ik", "i", "it", "this", "that", "dit", "dat", "het",
    };

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override IEnumerable<WordList> WordLists => ToneLexicons.All;

    // The classifier speaks only when no lexicon rule did: a named insult says more than a score.
    public override IEnumerable<DiagnosticSuppression> Suppressions { get; } = [DiagnosticSuppression.InPostWith(Rule, DiagnosticCategory.Tone)];

    public override void Analyze(AnalysisContext context)
    {
        var model = ToneClassifier.Model;
        var score = ToneClassifier.Score(context.Text);
        if (score < model.Threshold)
        {
            return;
        }

        // Cursing at a printer is venting, not hostility to anyone: what is left without it must still read as hostile.
        var text = ToneText.Of(context.Index);
        var unvented = ObjectVentFinder.WithoutVenting(text);
        if (!ReferenceEquals(unvented, context.Text) && ToneClassifier.Score(unvented) < model.Threshold)
        {
            return;
        }

        var sentences = Sentences(text).ToList();
        if (sentences.Count == 0)
        {
            return;
        }

        // "Burn-out is geen zwakte", "Depression is not laziness": a stigma denied is counter-speech, and what is left
        // without the denials must still read as hostile.
        var undenied = WithoutDenials(text, sentences);
        if (!ReferenceEquals(undenied, context.Text) && ToneClassifier.Score(undenied) < model.Threshold)
        {
            return;
        }

        var sentence = sentences.MaxBy(s => ToneClassifier.Score(context.Text[s.Start..s.End]));
        var words = string.Join("', '", ToneClassifier.DrivingWords(context.Text[sentence.Start..sentence.End], WordsToQuote));
        var shown = score.ToString("0.000", CultureInfo.InvariantCulture);
        var threshold = model.Threshold.ToString("0.00", CultureInfo.InvariantCulture);
        context.Report(Rule, sentence, context.Localize(
            $"Het toonmodel leest dit bericht als vijandig of kwetsend (score {shown}, drempel {threshold}), vooral door '{words}'. Lees het nog eens als de persoon over wie het gaat.",
            $"The tone model reads this post as hostile or hurtful (score {shown}, threshold {threshold}), mostly because of '{words}'. Read it again as the person it is about."));
    }

    // The post with every sentence blanked that denies a stigma ("Burn-out is geen zwakte").
    private static string WithoutDenials(ToneText text, IReadOnlyList<TextSpan> sentences)
    {
        var denials = sentences.Where(s => IsDenial(text, s)).ToList();
        if (denials.Count == 0)
        {
            return text.Text;
        }

        var chars = text.Text.ToCharArray();
        foreach (var span in denials)
        {
            chars.AsSpan(span.Start, span.End - span.Start).Fill(' ');
        }

        return new string(chars);
    }

    // "X is geen Y", "X is not Y", "X isn't Y" with a thing or condition as X: said of a person ("you are not welcome")
    // it may still be hostile, so a pronoun before the copula is no denial.
    private static bool IsDenial(ToneText text, TextSpan sentence)
    {
        var index = text.Index;
        var tokens = index.Tokens;
        for (var k = Math.Max(1, index.FirstTokenAtOrAfter(sentence.Start)); k + 1 < tokens.Count && tokens[k + 1].Span.End <= sentence.End; k++)
        {
            if (DenyingCopulas.Contains(tokens[k].Normalized) && index.IsNegator(k + 1) && tokens[k - 1].Span.Start >= sentence.Start && !Pronouns.Contains(tokens[k - 1].Normalized))
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<TextSpan> Sentences(ToneText text)
    {
        var position = 0;
        while (position < text.Text.Length)
        {
            var sentence = text.SentenceAt(position);
            var trimmed = Trim(text.Text, sentence);
            if (trimmed.Length > 0)
            {
                yield return trimmed;
            }

            position = sentence.End + 1;
        }
    }

    // The sentence without surrounding spaces, with its closing punctuation.
    private static TextSpan Trim(string text, TextSpan sentence)
    {
        var start = sentence.Start;
        var end = Math.Min(text.Length, sentence.End + 1);
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return new TextSpan(start, end);
    }
}

using PostLint.Diagnostics;
using PostLint.Text;

namespace PostLint.Rules.Tone;

/// <summary>
/// Finds disgust aimed at a group of patients (<c>contempt.txt</c>): "Obese people clogging up our
/// clinics again. Disgusting." The disgust word must stand in the sentence that names the people, or
/// alone as the exclamation right after it, and the people must be cast as a nuisance ("clogging up")
/// or by a judged trait ("obese people"). Disgust at a thing ("This waiting list is disgusting",
/// "Disgusting weather today") names no people, and disgust at how people are treated ("Patients left
/// on trolleys all night. Disgusting.") casts them as the ones wronged: neither matches. Care denied to such a group
/// ("Smokers who won't quit shouldn't get surgery") counts like a disgust word in the same sentence.
/// </summary>
internal static class PatientContemptFinder
{
    /// <summary>How many words may stand between the people and the nuisance ("people are clogging up").</summary>
    private const int MaxDistanceToNuisance = 3;

    /// <summary>The span from the people to the disgust word, or null.</summary>
    public static TextSpan? Find(ToneText text)
    {
        // "Obese patients who won't lose weight shouldn't get surgery": care denied to them says the same as disgust.
        foreach (var denial in ToneLexicons.ContemptDenials.Matches(text))
        {
            // "It is not true that obese patients shouldn't get surgery" denies the denial.
            if (People(text, text.SentenceAt(denial.Span.Start)).FirstOrDefault(p => p.End <= denial.Span.Start) is { Length: > 0 } denied
                && !text.Index.IsNegatedBefore(text.Index.FirstTokenAtOrAfter(denied.Start), 3))
            {
                return new TextSpan(denied.Start, denial.Span.End);
            }
        }

        foreach (var word in ToneLexicons.ContemptWords.Matches(text))
        {
            var sentence = text.SentenceAt(word.Span.Start);
            if (People(text, sentence).FirstOrDefault(p => p.End <= word.Span.Start) is { Length: > 0 } inSentence)
            {
                return new TextSpan(inSentence.Start, word.Span.End);
            }

            if (StandsAlone(text, word, sentence) && PreviousSentence(text, sentence) is { } previous && People(text, previous).FirstOrDefault() is { Length: > 0 } before)
            {
                return new TextSpan(before.Start, word.Span.End);
            }
        }

        return null;
    }

    // People in the sentence cast as a nuisance or by a judged trait, each from its trait (if any) to its noun.
    private static IEnumerable<TextSpan> People(ToneText text, TextSpan sentence)
    {
        if (ToneLexicons.ContemptVictims.OccursIn(text, sentence))
        {
            yield break;
        }

        var traits = ToneLexicons.ContemptTraits.Matches(text);
        var nuisances = ToneLexicons.ContemptNuisances.Matches(text);
        var people = ToneLexicons.Targets.Matches(text).Where(t => t.Term.Column(0) is "patient" or "group").Concat(ToneLexicons.ContemptPeople.Matches(text));
        foreach (var person in people.Where(p => p.FirstToken >= 0 && p.Span.Start >= sentence.Start && p.Span.End <= sentence.End).OrderBy(p => p.Span.Start))
        {
            var after = person.FirstToken + person.TokenCount;
            var trait = traits.Where(t => t.FirstToken >= 0 && t.FirstToken + t.TokenCount == person.FirstToken).Select(t => (int?)t.Span.Start).FirstOrDefault();
            var nuisance = nuisances.Any(n => n.FirstToken >= after && n.FirstToken - after <= MaxDistanceToNuisance && n.Span.End <= sentence.End);
            if (trait is not null || nuisance)
            {
                yield return new TextSpan(trait ?? person.Span.Start, person.Span.End);
            }
        }
    }

    // "Disgusting." or "Echt walgelijk!": the disgust word is all its sentence says, filler words aside.
    private static bool StandsAlone(ToneText text, TermMatch word, TextSpan sentence) =>
        word.FirstToken >= 0 && text.Words.Count(w => w.Span.Start >= sentence.Start && w.Span.End <= sentence.End) == word.TokenCount;

    private static TextSpan? PreviousSentence(ToneText text, TextSpan sentence)
    {
        var at = sentence.Start - 1;
        while (at >= 0 && (char.IsWhiteSpace(text.Text[at]) || text.Text[at] is '.' or '!' or '?'))
        {
            at--;
        }

        return at >= 0 ? text.SentenceAt(at) : null;
    }
}

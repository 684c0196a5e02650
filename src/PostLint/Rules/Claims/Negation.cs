using PostLint.Text;

namespace PostLint.Rules.Claims;

/// <summary>
/// Tells whether a phrase is negated within its own clause: "geen enkel medicijn is 100% veilig",
/// "no vaccine is 100% effective" and "kurkuma geneest niet" are the opposite of the claim they contain.
/// </summary>
internal static class Negation
{
    private static readonly HashSet<string> Negators = new(StringComparer.Ordinal)
    {
        "niet", "geen", "nooit", "niets", "niks", "niemand", "nergens", "zonder",
        "not", "no", "never", "nothing", "none", "nobody", "cannot", "neither", "nor", "without",
    };

    /// <summary>True when a negation stands in the same clause, at most <paramref name="window"/> words before token <paramref name="index"/>.</summary>
    public static bool Before(string text, IReadOnlyList<Token> tokens, int index, int window = 6)
    {
        for (var k = index - 1; k >= 0 && index - k <= window; k--)
        {
            if (PostSentences.ClauseBreakBetween(text, tokens[k].Span.End, tokens[k + 1].Span.Start))
            {
                return false;
            }

            if (IsNegator(text, tokens, k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when a negation directly follows the phrase that ends at token <paramref name="lastIndex"/> ("geneest niet", "works no better").</summary>
    public static bool After(string text, IReadOnlyList<Token> tokens, int lastIndex, int window = 2)
    {
        for (var k = lastIndex + 1; k < tokens.Count && k - lastIndex <= window; k++)
        {
            if (PostSentences.ClauseBreakBetween(text, tokens[k - 1].Span.End, tokens[k].Span.Start))
            {
                return false;
            }

            if (IsNegator(text, tokens, k))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsNegator(string text, IReadOnlyList<Token> tokens, int k)
    {
        var word = tokens[k].Normalized;
        if (Negators.Contains(word))
        {
            return true;
        }

        // English n't is tokenised as "doesn" + "t"; a Dutch "'t" (het) is not preceded by such a stem.
        return word == "t" && k > 0 && tokens[k - 1].Normalized.EndsWith('n') && tokens[k].Span.Start - tokens[k - 1].Span.End == 1
            && text[tokens[k - 1].Span.End] is '\'' or '’';
    }
}

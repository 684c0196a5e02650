using PostLint.Diagnostics;

namespace PostLint.Rules.Reidentification;

/// <summary>A set of generalisations and the crowd estimate after applying them (null: no longer a combination).</summary>
/// <param name="Steps">The edits, applied together.</param>
/// <param name="LowAfter">Pessimistic crowd estimate of the edited post; null when it no longer describes a small crowd at all.</param>
internal sealed record GeneralizationFix(IReadOnlyList<Generalization> Steps, double? LowAfter);

/// <summary>
/// Finds the generalisations that bring a post's estimated crowd to at least the warning threshold: single
/// edits first, ordered by how much they help; when no single edit is enough, pairs, then up to four edits together.
/// Each candidate is judged by re-recognising the edited text (see <see cref="Reanalysis"/>).
/// </summary>
internal static class GeneralizationSearch
{
    private const int MaxFixes = 3;
    private const int MaxEdits = 4;

    // Each combination tried re-recognises the whole edited post. Up to 56 combinations of a short post cost little;
    // of a 100,000-character post they cost seconds. So the search reads at most this many characters in all
    // (a 1,700-character post, the longest in the dev corpora, still gets every combination) and then gives up.
    private const int MaxCharactersReanalysed = 250_000;

    /// <summary>
    /// Up to three fixes that each lift the estimate to <paramref name="threshold"/> or above; <paramref name="estimateAfter"/>
    /// gives the estimate of the post after the edits given, which turn it into the text given.
    /// </summary>
    public static IReadOnlyList<GeneralizationFix> Find(IReadOnlyList<Generalization> candidates, string text, double threshold, Func<IReadOnlyList<TextEdit>, string, double?> estimateAfter)
    {
        var reanalysed = 0L;
        for (var size = 1; size <= Math.Min(MaxEdits, candidates.Count); size++)
        {
            var passing = new List<GeneralizationFix>();
            foreach (var combination in Combinations(candidates, size))
            {
                if (Overlap(combination))
                {
                    continue;
                }

                var edits = combination.Select(g => g.Edit).ToArray();
                var edited = new CodeFix(string.Empty, edits).ApplyTo(text);
                reanalysed += edited.Length;
                if (reanalysed > MaxCharactersReanalysed)
                {
                    return [];
                }

                var after = estimateAfter(edits, edited);
                if (after is null || after >= threshold)
                {
                    passing.Add(new GeneralizationFix(combination, after));
                }
            }

            if (passing.Count > 0)
            {
                return passing.OrderByDescending(f => f.LowAfter ?? double.MaxValue).Take(MaxFixes).ToArray();
            }
        }

        return [];
    }

    private static bool Overlap(IReadOnlyList<Generalization> steps)
    {
        for (var i = 0; i < steps.Count; i++)
        {
            for (var j = i + 1; j < steps.Count; j++)
            {
                if (steps[i].Edit.Span.Overlaps(steps[j].Edit.Span) || steps[i].Edit.Span.Start == steps[j].Edit.Span.Start)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static IEnumerable<IReadOnlyList<Generalization>> Combinations(IReadOnlyList<Generalization> items, int size)
    {
        if (size == 1)
        {
            foreach (var item in items)
            {
                yield return [item];
            }

            yield break;
        }

        for (var i = 0; i <= items.Count - size; i++)
        {
            foreach (var rest in Combinations(items.Skip(i + 1).ToArray(), size - 1))
            {
                yield return [items[i], .. rest];
            }
        }
    }
}

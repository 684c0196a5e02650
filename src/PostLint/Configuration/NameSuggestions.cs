namespace PostLint.Configuration;

/// <summary>
/// Suggests known names close to a mistyped one: rule IDs (<c>PL1030</c> → <c>PL1003</c>), commands and
/// options (<c>--formt</c> → <c>--format</c>). Case is ignored.
/// </summary>
public static class NameSuggestions
{
    /// <summary>The known names nearest to <paramref name="name"/> (at most two edits away, at most three of them).</summary>
    public static IReadOnlyList<string> Nearest(string name, IEnumerable<string> known)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(known);
        var wanted = name.Trim().ToUpperInvariant();
        var candidates = known.Select(k => (Id: k, Distance: Distance(wanted, k.ToUpperInvariant()))).Where(c => c.Distance <= 2).ToList();
        if (candidates.Count == 0)
        {
            return [];
        }

        var nearest = candidates.Min(c => c.Distance);
        return candidates.Where(c => c.Distance == nearest).Select(c => c.Id).Order(StringComparer.Ordinal).Take(3).ToArray();
    }

    // Optimal string alignment distance: like Levenshtein, plus swaps of neighbours (PL1030 vs PL1003).
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}

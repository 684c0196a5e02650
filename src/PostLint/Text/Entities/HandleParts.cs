namespace PostLint.Text.Entities;

/// <summary>Splits an account name into its words: at "_", ".", "-", between letters and digits, and at inner capitals ("NHSEngland" → NHS, England).</summary>
internal static class HandleParts
{
    /// <summary>The parts of <paramref name="name"/>, as written.</summary>
    public static List<string> Split(string name)
    {
        var parts = new List<string>();
        var start = 0;
        for (var k = 0; k <= name.Length; k++)
        {
            if (k == name.Length || !char.IsLetterOrDigit(name[k]))
            {
                if (k > start)
                {
                    parts.Add(name[start..k]);
                }

                start = k + 1;
                continue;
            }

            if (k > start && IsBoundary(name, k))
            {
                parts.Add(name[start..k]);
                start = k;
            }
        }

        return parts;
    }

    // A new part starts at a letter after a digit or a digit after a letter, at a capital after a small letter,
    // and at the last capital of a run that a small letter follows ("NHSEngland": the E).
    private static bool IsBoundary(string name, int k)
    {
        char previous = name[k - 1], current = name[k];
        return char.IsDigit(previous) != char.IsDigit(current)
            || (char.IsLower(previous) && char.IsUpper(current))
            || (char.IsUpper(previous) && char.IsUpper(current) && k + 1 < name.Length && char.IsLower(name[k + 1]));
    }
}

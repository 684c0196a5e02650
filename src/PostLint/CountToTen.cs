using PostLint.Diagnostics;

namespace PostLint;

/// <summary>
/// PL0001, "tel tot tien voordat je iets plaatst": the per-post verdict that asks the author to pause.
/// It is not a diagnostic of its own but a summary of the others, so it has no span.
/// </summary>
public static class CountToTen
{
    /// <summary>The rule that stands for the verdict in rule lists and documentation.</summary>
    public static readonly DiagnosticDescriptor Descriptor = new(
        "PL0001",
        "Count to ten before posting",
        DiagnosticCategory.Tone,
        DiagnosticSeverity.Info,
        "KNMG Artsen en social media (tel tot tien); V&VN handreiking sociale media",
        "Advises a pause when the tone of a post is hostile or angry, or when any finding is an error.");

    /// <summary>The verdict for a post's diagnostics.</summary>
    public static CountToTenVerdict Judge(IReadOnlyList<Diagnostic> diagnostics, PostLanguage language)
    {
        var dutch = language == PostLanguage.Dutch;
        var reasons = new List<string>();
        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic.Category == DiagnosticCategory.Tone)
            {
                reasons.Add(dutch
                    ? $"Tel tot tien: de toon van '{diagnostic.Text}' ({diagnostic.Id}) kan kwetsen of boos overkomen."
                    : $"Count to ten: the tone of '{diagnostic.Text}' ({diagnostic.Id}) may hurt or read as angry.");
            }
            else if (diagnostic.Severity == DiagnosticSeverity.Error)
            {
                reasons.Add(dutch
                    ? $"Tel tot tien: '{diagnostic.Text}' ({diagnostic.Id}) moet eruit voordat je plaatst."
                    : $"Count to ten: '{diagnostic.Text}' ({diagnostic.Id}) must go before you post.");
            }
        }

        return reasons.Count == 0 ? CountToTenVerdict.NotAdvised : new CountToTenVerdict(true, reasons.Distinct().ToArray());
    }
}

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
        "Advises a pause when the tone of a post is hostile or angry, when any finding is an error, or when several direct identifiers together point at one person.");

    /// <summary>
    /// Kinds of direct identifier (Privacy rules) from which a post counts as pointing at a person: a name
    /// with a room number, or a phone number with a date of birth, is enough to find someone.
    /// </summary>
    private const int SeveralIdentifiers = 2;

    /// <summary>Longest quotation of a finding's text in a reason; longer spans (a shouted sentence) are cut.</summary>
    private const int MaxQuoted = 60;

    /// <summary>The verdict for a post's diagnostics.</summary>
    public static CountToTenVerdict Judge(IReadOnlyList<Diagnostic> diagnostics, PostLanguage language)
    {
        var dutch = language == PostLanguage.Dutch;
        var reasons = new List<string>();
        foreach (var diagnostic in diagnostics)
        {
            var quoted = Quote(diagnostic.Text);
            if (diagnostic.Category == DiagnosticCategory.Tone)
            {
                reasons.Add(ToneReason(diagnostic.Id, quoted, dutch));
            }
            else if (diagnostic.Severity == DiagnosticSeverity.Error)
            {
                reasons.Add(dutch
                    ? $"Tel tot tien: '{quoted}' ({diagnostic.Id}) moet eruit voordat je plaatst."
                    : $"Count to ten: '{quoted}' ({diagnostic.Id}) must go before you post.");
            }
        }

        var identifiers = diagnostics.Where(d => d.Category == DiagnosticCategory.Privacy).DistinctBy(d => d.Id).ToList();
        if (identifiers.Count >= SeveralIdentifiers)
        {
            var quoted = string.Join(", ", identifiers.Select(d => $"'{Quote(d.Text)}' ({d.Id})"));
            reasons.Add(dutch
                ? $"Tel tot tien: {quoted} wijzen samen één persoon aan. Haal er minstens zoveel weg dat niemand te herkennen is."
                : $"Count to ten: {quoted} together point at one person. Remove enough of them that nobody can be recognised.");
        }

        return reasons.Count == 0 ? CountToTenVerdict.NotAdvised : new CountToTenVerdict(true, reasons.Distinct().ToArray());
    }

    // One question per kind of tone finding, the one the author should ask themself before posting.
    private static string ToneReason(string id, string quoted, bool dutch) => (id, dutch) switch
    {
        ("PL4001", true) => $"Tel tot tien: '{quoted}' ({id}) is een scheldwoord. Wil je dit echt zo zeggen, in het openbaar?",
        ("PL4001", false) => $"Count to ten: '{quoted}' ({id}) is name-calling. Do you really want to say it like this, in public?",
        ("PL4002", true) => $"Tel tot tien: '{quoted}' ({id}) spot met een patiënt. Zou je het ook zeggen als de patiënt meeleest?",
        ("PL4002", false) => $"Count to ten: '{quoted}' ({id}) mocks a patient. Would you say it if the patient were reading?",
        ("PL4003", true) => $"Tel tot tien: '{quoted}' ({id}) kleineert een collega. Bespreek het liever met die collega zelf.",
        ("PL4003", false) => $"Count to ten: '{quoted}' ({id}) belittles a colleague. Better to raise it with them directly.",
        ("PL4004", true) => $"Tel tot tien: '{quoted}' ({id}) leest als schreeuwen.",
        ("PL4004", false) => $"Count to ten: '{quoted}' ({id}) reads as shouting.",
        ("PL4006", true) => $"Tel tot tien: '{quoted}' ({id}) klinkt boos. Lees het morgen nog eens voordat je het plaatst.",
        ("PL4006", false) => $"Count to ten: '{quoted}' ({id}) sounds angry. Read it again tomorrow before you post it.",
        (_, true) => $"Tel tot tien: de toon van '{quoted}' ({id}) kan kwetsen of boos overkomen.",
        (_, false) => $"Count to ten: the tone of '{quoted}' ({id}) may hurt or read as angry.",
    };

    private static string Quote(string text) => text.Length <= MaxQuoted ? text : string.Concat(text.AsSpan(0, MaxQuoted).TrimEnd(), "…");
}

using PostLint.Text;

namespace PostLint.Rules.Professionalism;

/// <summary>
/// Words that make patients or their families the readers a post speaks to ("voor patiënten", "na ontslag", "our
/// clinic"): an own channel or number offered there is an invitation to patients (PL6001), not only personal data.
/// </summary>
internal static class PatientAudience
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "patient", "patienten", "patients", "client", "clienten", "clients", "bewoner", "bewoners", "residents", "families", "familie",
        "familieleden", "mantelzorgers", "ouders", "parents", "ontslag", "discharge", "spreekuur", "consult", "clinic", "praktijk", "rates", "tarieven",
        "opname", "nazorg", "aftercare", "admission", "patientjes", "patiente", "clientjes", "relatives", "carers", "caregivers", "naasten",
    };

    /// <summary>True when a word of <paramref name="tokens"/> names patients, their families or their care.</summary>
    public static bool IsNamedIn(IReadOnlyList<Token> tokens) => tokens.Any(t => Words.Contains(t.Normalized));
}

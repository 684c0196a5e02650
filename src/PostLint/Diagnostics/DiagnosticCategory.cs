namespace PostLint.Diagnostics;

/// <summary>
/// The six families a diagnostic belongs to. Downstream tools match on these names, so they never change.
/// </summary>
public enum DiagnosticCategory
{
    /// <summary>Direct identifiers of a patient or private person (PL1xxx).</summary>
    Privacy,

    /// <summary>Combinations of details that single out a person without naming them (PL2xxx).</summary>
    Reidentification,

    /// <summary>Internal, secret or unpublished information (PL3xxx).</summary>
    Confidentiality,

    /// <summary>Disrespectful, hostile or angry language (PL4xxx).</summary>
    Tone,

    /// <summary>Misleading, absolute or out-of-scope health claims and public individual advice (PL5xxx).</summary>
    Claims,

    /// <summary>The boundary between professional and private (PL6xxx).</summary>
    Professionalism,
}

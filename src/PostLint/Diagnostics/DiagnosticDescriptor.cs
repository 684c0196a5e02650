namespace PostLint.Diagnostics;

/// <summary>
/// Describes one rule: its stable ID, what it finds and why, as Roslyn's <c>DiagnosticDescriptor</c> does.
/// </summary>
public sealed class DiagnosticDescriptor
{
    /// <summary>
    /// Base address of the rule pages, set by the build (a rule's page is <c>{HelpBase}/{Id}.md</c>);
    /// null when the build did not know where they are published.
    /// </summary>
    public static string? HelpBase => HelpLinks.Base;

    /// <summary>Creates a descriptor.</summary>
    /// <param name="id">Stable ID, <c>PL</c> followed by four digits; never changes meaning once released.</param>
    /// <param name="title">Short title for rule lists.</param>
    /// <param name="category">The family the rule belongs to.</param>
    /// <param name="defaultSeverity">Severity unless configuration says otherwise.</param>
    /// <param name="guideline">The professional guideline the rule enforces, with its clause.</param>
    /// <param name="description">One or two sentences on why the rule exists.</param>
    /// <param name="helpUri">Where the rule is documented; null for a built-in rule, whose page is under <see cref="HelpBase"/>.</param>
    public DiagnosticDescriptor(string id, string title, DiagnosticCategory category, DiagnosticSeverity defaultSeverity, string guideline, string description, string? helpUri = null)
    {
        if (!RuleId.IsWellFormed(id))
        {
            throw new ArgumentException($"Rule ID '{id}' is not two to eight capital letters and four digits, such as PL1001 or HOSP0001.", nameof(id));
        }

        Id = id;
        Title = title;
        Category = category;
        DefaultSeverity = defaultSeverity;
        Guideline = guideline;
        Description = description;
        _helpUri = helpUri;
    }

    private readonly string? _helpUri;

    /// <summary>Stable rule ID such as <c>PL1001</c>.</summary>
    public string Id { get; }

    /// <summary>Short title.</summary>
    public string Title { get; }

    /// <summary>The family.</summary>
    public DiagnosticCategory Category { get; }

    /// <summary>Severity unless configured otherwise.</summary>
    public DiagnosticSeverity DefaultSeverity { get; }

    /// <summary>The guideline the rule enforces.</summary>
    public string Guideline { get; }

    /// <summary>Why the rule exists.</summary>
    public string Description { get; }

    /// <summary>
    /// Address of the rule's documentation: the one given when it was created, else for a built-in rule its page under
    /// <see cref="HelpBase"/>; null when neither is known.
    /// </summary>
    public string? HelpUri => _helpUri ?? (HelpBase is not null && RuleId.IsReserved(Id) ? $"{HelpBase}/{Id}.md" : null);

    /// <inheritdoc />
    public override string ToString() => $"{Id}: {Title}";
}

/// <summary>Helpers for rule IDs.</summary>
public static class RuleId
{
    /// <summary>
    /// True for two to eight capital letters followed by exactly four digits: <c>PL1001</c> for a built-in rule,
    /// <c>HOSP0001</c> for one from a rule pack or a plugin.
    /// </summary>
    public static bool IsWellFormed(string? id)
    {
        if (id is not { Length: >= 6 and <= 12 })
        {
            return false;
        }

        var letters = id.Length - 4;
        return id.AsSpan(0, letters).IndexOfAnyExceptInRange('A', 'Z') < 0 && id.AsSpan(letters).IndexOfAnyExceptInRange('0', '9') < 0;
    }

    /// <summary>True for the <c>PL</c> prefix, which only PostLint's own rules may use.</summary>
    public static bool IsReserved(string id) => id.StartsWith("PL", StringComparison.Ordinal);
}

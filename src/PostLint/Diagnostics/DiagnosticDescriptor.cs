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
    public DiagnosticDescriptor(string id, string title, DiagnosticCategory category, DiagnosticSeverity defaultSeverity, string guideline, string description)
    {
        if (!RuleId.IsWellFormed(id))
        {
            throw new ArgumentException($"Rule ID '{id}' is not of the form PL0000.", nameof(id));
        }

        Id = id;
        Title = title;
        Category = category;
        DefaultSeverity = defaultSeverity;
        Guideline = guideline;
        Description = description;
    }

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

    /// <summary>Address of the rule's documentation page, or null when the build did not set <see cref="HelpBase"/>.</summary>
    public string? HelpUri => HelpBase is null ? null : $"{HelpBase}/{Id}.md";

    /// <inheritdoc />
    public override string ToString() => $"{Id}: {Title}";
}

/// <summary>Helpers for rule IDs.</summary>
public static class RuleId
{
    /// <summary>True for <c>PL</c> followed by exactly four digits.</summary>
    public static bool IsWellFormed(string? id) =>
        id is { Length: 6 } && id.StartsWith("PL", StringComparison.Ordinal) && id.AsSpan(2).IndexOfAnyExceptInRange('0', '9') < 0;
}

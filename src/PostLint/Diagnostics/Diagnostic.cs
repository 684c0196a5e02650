using PostLint.Analysis;

namespace PostLint.Diagnostics;

/// <summary>One finding in a post: which rule, how serious, where, why, and how to fix it.</summary>
public sealed class Diagnostic
{
    /// <summary>Creates a diagnostic at the descriptor's default severity.</summary>
    public Diagnostic(DiagnosticDescriptor descriptor, TextSpan span, string text, string message, IReadOnlyList<CodeFix>? fixes = null, CrowdEstimate? estimate = null)
        : this(descriptor, descriptor.DefaultSeverity, span, text, message, fixes, estimate)
    {
    }

    /// <summary>Creates a diagnostic with an explicit severity.</summary>
    public Diagnostic(DiagnosticDescriptor descriptor, DiagnosticSeverity severity, TextSpan span, string text, string message, IReadOnlyList<CodeFix>? fixes = null, CrowdEstimate? estimate = null)
    {
        Descriptor = descriptor;
        Severity = severity;
        Span = span;
        Text = text;
        Message = message;
        Fixes = fixes ?? [];
        Estimate = estimate;
    }

    /// <summary>The rule that produced this diagnostic.</summary>
    public DiagnosticDescriptor Descriptor { get; }

    /// <summary>Rule ID, e.g. <c>PL1001</c>.</summary>
    public string Id => Descriptor.Id;

    /// <summary>The rule's family.</summary>
    public DiagnosticCategory Category => Descriptor.Category;

    /// <summary>Effective severity after configuration.</summary>
    public DiagnosticSeverity Severity { get; }

    /// <summary>Where in the post's text (UTF-16 offsets).</summary>
    public TextSpan Span { get; }

    /// <summary>The text covered by <see cref="Span"/>.</summary>
    public string Text { get; }

    /// <summary>What was found and why it matters, in the post's language.</summary>
    public string Message { get; }

    /// <summary>Suggested fixes; empty when none exists.</summary>
    public IReadOnlyList<CodeFix> Fixes { get; }

    /// <summary>For re-identification findings: how many people the post points at, and from which details.</summary>
    public CrowdEstimate? Estimate { get; }

    /// <summary>Returns the same diagnostic at another severity.</summary>
    public Diagnostic WithSeverity(DiagnosticSeverity severity) =>
        severity == Severity ? this : new Diagnostic(Descriptor, severity, Span, Text, Message, Fixes, Estimate);

    /// <inheritdoc />
    public override string ToString() => $"{Id} {Severity.ToName()} {Span} '{Text}': {Message}";
}

/// <summary>
/// Estimated number of people who match the details in a post (the crowd size k), with the
/// quasi-identifiers that were combined to reach it.
/// </summary>
/// <param name="Low">Pessimistic end of the estimate.</param>
/// <param name="High">Optimistic end of the estimate.</param>
/// <param name="QuasiIdentifiers">The details that were combined, with their spans.</param>
public sealed record CrowdEstimate(double Low, double High, IReadOnlyList<Entity> QuasiIdentifiers);

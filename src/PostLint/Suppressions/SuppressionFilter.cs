using PostLint.Diagnostics;

namespace PostLint.Suppressions;

/// <summary>
/// Applies a post's suppressions to what its analyzers reported, after they ran: the post-wide ones
/// (front matter, JSON Lines <c>postlint</c>) to every finding of their rule, an inline directive to the
/// findings of its rules on the line it covers. Findings inside a directive (a name in its reason) are
/// the author's note, not the post. Every suppression that hid nothing, and every directive PostLint
/// cannot use, becomes a PL0003 info in its place.
/// </summary>
internal static class SuppressionFilter
{
    /// <summary>The findings that remain, with the PL0003 reports added, in text order.</summary>
    /// <param name="post">The post, with its post-wide suppressions.</param>
    /// <param name="diagnostics">What the analyzers reported.</param>
    /// <param name="knownRuleIds">IDs a directive may name.</param>
    /// <param name="isRuleOn">Whether configuration leaves a rule on: a suppression of a rule that is off cannot be tested, so it is not reported.</param>
    public static List<Diagnostic> Apply(Post post, IReadOnlyList<Diagnostic> diagnostics, IReadOnlySet<string> knownRuleIds, Func<string, bool> isRuleOn)
    {
        var inline = InlineSuppression.Find(post.Text);
        if (post.Suppressions.Count == 0 && inline.Count == 0)
        {
            return [.. diagnostics];
        }

        var dutch = post.Language == PostLanguage.Dutch;
        var notes = new List<Diagnostic>();
        var used = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var kept = new List<Diagnostic>();
        var usable = new List<InlineSuppression>();
        foreach (var directive in inline)
        {
            if (Problem(directive, knownRuleIds) is { } problem)
            {
                notes.Add(Note(post, directive.Directive, dutch
                    ? $"Deze suppressie werkt niet: {problem}."
                    : $"This suppression has no effect: {problem}."));
            }
            else
            {
                usable.Add(directive);
            }
        }

        foreach (var diagnostic in diagnostics)
        {
            if (inline.Any(d => d.Directive.Contains(diagnostic.Span)))
            {
                continue;
            }

            var wide = post.Suppressions.FirstOrDefault(s => s.RuleId == diagnostic.Id);
            var line = usable.FirstOrDefault(d => d.RuleIds.Contains(diagnostic.Id) && Covers(d.Scope, diagnostic.Span));
            if (wide is null && line is null)
            {
                kept.Add(diagnostic);
                continue;
            }

            used.Add((object?)line ?? wide!);
        }

        foreach (var suppression in post.Suppressions.Where(s => !used.Contains(s) && isRuleOn(s.RuleId)))
        {
            notes.Add(Note(post, new TextSpan(0, 0), dutch
                ? $"postlint.disable: {suppression.RuleId} meldt niets in dit bericht; haal de suppressie weg, dan valt een nieuwe melding op."
                : $"postlint.disable: {suppression.RuleId} reports nothing in this post; remove the suppression so that a new finding shows."));
        }

        foreach (var directive in usable.Where(d => !used.Contains(d)))
        {
            var ids = string.Join(", ", directive.RuleIds.Where(isRuleOn));
            if (ids.Length > 0)
            {
                notes.Add(Note(post, directive.Directive, dutch
                    ? $"Deze suppressie van {ids} onderdrukt niets: op de regel die ze dekt meldt {ids} niets. Haal haar weg."
                    : $"This suppression of {ids} suppresses nothing: {ids} reports nothing on the line it covers. Remove it."));
            }
        }

        return [.. kept, .. notes];
    }

    private static string? Problem(InlineSuppression directive, IReadOnlySet<string> knownRuleIds)
    {
        if (directive.RuleIds.Count == 0)
        {
            return "it names no rule ID (postlint-disable-line PL1001: reason)";
        }

        if (directive.RuleIds.Select(id => RuleIdCheck.Problem(id, knownRuleIds, "in the directive")).FirstOrDefault(p => p is not null) is { } idProblem)
        {
            return idProblem;
        }

        return directive.Reason.Length == 0 ? $"a reason is required after the rule IDs ({directive.RuleIds[0]}: why it does not apply here)" : null;
    }

    // A finding belongs to the line its first character is on.
    private static bool Covers(TextSpan line, TextSpan span) => span.Start >= line.Start && span.Start <= line.End && line.Start < line.End;

    private static Diagnostic Note(Post post, TextSpan span, string message) =>
        new(UnusedSuppression.Descriptor, span, post.Text[span.Start..span.End], message);
}

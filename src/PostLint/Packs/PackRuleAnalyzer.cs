using PostLint.Analysis;
using PostLint.Diagnostics;
using PostLint.Text;

namespace PostLint.Packs;

/// <summary>Runs one <see cref="PackRule"/>: the same analyzer API, post index and reporting as a built-in rule.</summary>
public sealed class PackRuleAnalyzer : DiagnosticAnalyzer
{
    private readonly PackRule _rule;

    /// <summary>Creates the analyzer for <paramref name="rule"/>.</summary>
    public PackRuleAnalyzer(PackRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        _rule = rule;
        SupportedDiagnostics = [rule.Descriptor];
    }

    /// <inheritdoc />
    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; }

    /// <inheritdoc />
    public override IEnumerable<WordList> WordLists => _rule.Words is { } words ? [words] : [];

    /// <inheritdoc />
    public override void Analyze(AnalysisContext context)
    {
        var index = context.Index;
        foreach (var span in Matches(context))
        {
            if (!context.IsEnabled(_rule.Descriptor))
            {
                return;
            }

            var language = context.LanguageAt(span.Start);
            if ((_rule.Language is { } only && language != only)
                || (_rule.Unless.HasFlag(PackRuleExceptions.Negated) && index.IsNegatedBefore(index.FirstTokenAtOrAfter(span.Start)))
                || (_rule.Unless.HasFlag(PackRuleExceptions.Quoted) && index.QuoteAround(span) is not null))
            {
                continue;
            }

            var matched = context.Text[span.Start..span.End];
            var message = _rule.Message.For(language).Replace("{0}", matched, StringComparison.Ordinal);
            context.Report(_rule.Descriptor, span, message, _rule.Replacement is { } replacement ? [Fix(replacement.For(language), span, language)] : []);
        }
    }

    private IEnumerable<TextSpan> Matches(AnalysisContext context)
    {
        if (_rule.Words is { } words)
        {
            foreach (var match in context.Index.Matches(words))
            {
                yield return match.Span;
            }

            yield break;
        }

        // Matches are taken one at a time, so a post over its time budget stops between them.
        for (var match = _rule.Pattern!.Match(context.Text); match.Success; match = match.NextMatch())
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            if (match.Length > 0)
            {
                yield return new TextSpan(match.Index, match.Index + match.Length);
            }
        }
    }

    private static CodeFix Fix(string replacement, TextSpan span, PostLanguage language) =>
        CodeFix.Replace(language == PostLanguage.Dutch ? $"Vervang door '{replacement}'" : $"Replace with '{replacement}'", span, replacement);
}

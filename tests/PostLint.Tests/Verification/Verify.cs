using PostLint.Analysis;
using PostLint.Diagnostics;

namespace PostLint.Tests.Verification;

/// <summary>
/// One helper for every analyzer and recognizer test: the input carries its expectations as markup,
/// and the helper asserts that exactly those findings are produced (no more, no fewer, same spans).
/// </summary>
public static class Verify
{
    private static readonly PostLinter DefaultLinter = new();

    /// <summary>
    /// Asserts that rule <paramref name="ruleId"/> reports exactly the spans marked <c>{|ruleId:...|}</c>.
    /// Input without markers asserts that the rule stays silent.
    /// </summary>
    public static AnalysisResult Rule(string ruleId, string markup, Func<Post, Post>? post = null, PostLinterOptions? options = null)
    {
        var (text, marked) = Markup.Parse(markup);
        var result = Analyze(text, post, options);
        var expected = marked.Where(m => m.Id == ruleId).Select(m => (m.Id, m.Span, Text: text[m.Span.Start..m.Span.End]));
        var actual = result.Diagnostics.Where(d => d.Id == ruleId).Select(d => (d.Id, d.Span, d.Text));
        actual.Should().BeEquivalentTo(expected, o => o.WithoutStrictOrdering(), Describe(result));
        return result;
    }

    /// <summary>Asserts that no rule of <paramref name="category"/> fires on <paramref name="text"/>.</summary>
    public static void NoFinding(DiagnosticCategory category, string text, Func<Post, Post>? post = null, PostLinterOptions? options = null)
    {
        var result = Analyze(text, post, options);
        result.Diagnostics.Where(d => d.Category == category).Should().BeEmpty(Describe(result));
    }

    /// <summary>Asserts that the recognizers find exactly the entities of <paramref name="type"/> marked <c>{|TYPE:...|}</c>.</summary>
    public static IReadOnlyList<Entity> Entities(EntityType type, string markup, Func<Post, Post>? post = null)
    {
        var (text, marked) = Markup.Parse(markup);
        var result = Analyze(text, post, null);
        var expected = marked.Where(m => m.Id == type.Name).Select(m => (m.Span, Text: text[m.Span.Start..m.Span.End]));
        var found = result.Entities.Where(e => e.Type == type).ToList();
        found.Select(e => (e.Span, e.Text)).Should().BeEquivalentTo(expected, o => o.WithoutStrictOrdering(),
            "entities found: " + string.Join(", ", result.Entities.Select(e => $"{e.Type}:'{e.Text}'{e.Span}")));
        return found;
    }

    /// <summary>
    /// Asserts that every diagnostic of <paramref name="ruleId"/> in <paramref name="text"/> has a fix, and
    /// that applying it yields a post on which that diagnostic no longer fires.
    /// </summary>
    public static void FixesResolve(string ruleId, string text, Func<Post, Post>? post = null, PostLinterOptions? options = null)
    {
        var result = Analyze(text, post, options);
        var diagnostics = result.Diagnostics.Where(d => d.Id == ruleId).ToList();
        diagnostics.Should().NotBeEmpty($"{ruleId} should fire on: {text}");
        foreach (var diagnostic in diagnostics)
        {
            diagnostic.Fixes.Should().NotBeEmpty($"{diagnostic} should offer a fix");
            foreach (var fix in diagnostic.Fixes)
            {
                var fixedText = fix.ApplyTo(text);
                var after = Analyze(fixedText, post, options);
                after.Diagnostics.Where(d => d.Id == ruleId && d.Text == diagnostic.Text).Should()
                    .BeEmpty($"fix '{fix.Title}' should resolve {diagnostic}; fixed text: {fixedText}");
            }
        }
    }

    private static AnalysisResult Analyze(string text, Func<Post, Post>? post, PostLinterOptions? options)
    {
        var linter = options is null ? DefaultLinter : new PostLinter(options);
        var input = new Post(text);
        return linter.Analyze(post is null ? input : post(input));
    }

    private static string Describe(AnalysisResult result) =>
        "diagnostics: " + string.Join("; ", result.Diagnostics.Select(d => d.ToString())) +
        " | entities: " + string.Join(", ", result.Entities.Select(e => $"{e.Type}:'{e.Text}'"));
}

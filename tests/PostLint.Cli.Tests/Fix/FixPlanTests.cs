using PostLint.Cli.Fixes;
using PostLint.Diagnostics;

namespace PostLint.Cli.Tests.Fix;

/// <summary>Colliding fixes: the first in file order wins, the other is skipped and named; identical fixes count once.</summary>
public sealed class FixPlanTests
{
    private static readonly DiagnosticDescriptor Email = new("PL1003", "Personal e-mail address", DiagnosticCategory.Privacy, DiagnosticSeverity.Warning, "test", "test");
    private static readonly DiagnosticDescriptor Name = new("PL1001", "Name of a patient", DiagnosticCategory.Privacy, DiagnosticSeverity.Warning, "test", "test");

    [Fact]
    public void Overlapping_fix_is_skipped_and_names_the_fix_that_won()
    {
        const string Text = "Mail jan.devries@gmail.com now";
        var post = new Post(Text) { SourceMap = new SourceMap(Text, 4, 1, 30) };
        var name = Finding(Name, Text, 5, 16, "[naam]");
        var email = Finding(Email, Text, 5, 26, "[e-mail]");

        var plan = FixPlan.For([Result(post, name, email)]);

        plan.Applied.Should().ContainSingle().Which.Diagnostic.Should().BeSameAs(name);
        plan.Skipped.Should().ContainSingle().Which.Should().Match<SkippedFix>(s => s.Diagnostic == email && s.Blocker == name);
        plan.Edits.Should().Equal(new FileEdit(35, 11, "[naam]"));
    }

    [Fact]
    public void Identical_fixes_of_two_findings_are_applied_once()
    {
        const string Text = "Mail jan@gmail.com now";
        var post = new Post(Text);

        var plan = FixPlan.For([Result(post, Finding(Email, Text, 5, 18, "[e-mail]"), Finding(Name, Text, 5, 18, "[e-mail]"))]);

        plan.Applied.Should().HaveCount(2);
        plan.Skipped.Should().BeEmpty();
        plan.Edits.Should().ContainSingle();
    }

    [Fact]
    public void Adjacent_replacements_both_apply()
    {
        const string Text = "ab";
        var post = new Post(Text);

        var plan = FixPlan.For([Result(post, Finding(Email, Text, 0, 1, "X"), Finding(Name, Text, 1, 2, "Y"))]);

        FileEdit.Apply(Text, plan.Edits).Should().Be("XY");
    }

    [Fact]
    public void Json_string_post_gets_escaped_replacement_at_raw_offsets()
    {
        const string Line = "{\"text\": \"caf\\u00e9 \\\"x\\\" a@b.nl\"}";
        var (map, text) = SourceMap.ForJsonString(Line, 9, 1, 0);
        var post = new Post(text) { SourceMap = map };
        var start = text.IndexOf("a@b.nl", StringComparison.Ordinal);

        var plan = FixPlan.For([Result(post, Finding(Email, text, start, start + 6, "\"weg\""))]);

        FileEdit.Apply(Line, plan.Edits).Should().Be("{\"text\": \"caf\\u00e9 \\\"x\\\" \\\"weg\\\"\"}");
    }

    private static Diagnostic Finding(DiagnosticDescriptor rule, string text, int start, int end, string replacement)
    {
        var span = new TextSpan(start, end);
        return new Diagnostic(rule, span, text[start..end], "message", [CodeFix.Replace("replace", span, replacement)]);
    }

    private static AnalysisResult Result(Post post, params Diagnostic[] diagnostics) =>
        new(post, PostLanguage.Dutch, [], diagnostics, CountToTenVerdict.NotAdvised);
}

using PostLint.Diagnostics;

namespace PostLint.Cli.Fixes;

/// <summary>A finding whose first fix <c>postlint fix</c> applies.</summary>
/// <param name="Result">The post's result.</param>
/// <param name="Diagnostic">The finding.</param>
/// <param name="Fix">Its first fix.</param>
internal sealed record PlannedFix(AnalysisResult Result, Diagnostic Diagnostic, CodeFix Fix);

/// <summary>A finding whose fix was left out because it collides with one applied before it.</summary>
/// <param name="Result">The post's result.</param>
/// <param name="Diagnostic">The finding that stays.</param>
/// <param name="Blocker">The finding whose fix was applied in its place.</param>
internal sealed record SkippedFix(AnalysisResult Result, Diagnostic Diagnostic, Diagnostic Blocker);

/// <summary>
/// The first fix of every finding in one file, turned into edits of the file itself (through each
/// post's source map, escaped for JSON Lines) and freed of collisions: fixes are taken in file order,
/// a fix that would touch text an earlier one changes is skipped (running <c>fix</c> again picks it up
/// on the edited text), and a fix identical to one already taken counts as applied.
/// </summary>
internal sealed class FixPlan
{
    private FixPlan(IReadOnlyList<PlannedFix> applied, IReadOnlyList<SkippedFix> skipped, IReadOnlyList<FileEdit> edits)
    {
        Applied = applied;
        Skipped = skipped;
        Edits = edits;
    }

    /// <summary>The fixes applied, in file order.</summary>
    public IReadOnlyList<PlannedFix> Applied { get; }

    /// <summary>The fixes left out.</summary>
    public IReadOnlyList<SkippedFix> Skipped { get; }

    /// <summary>The edits to the file, none overlapping.</summary>
    public IReadOnlyList<FileEdit> Edits { get; }

    /// <summary>Plans the fixes of <paramref name="results"/>, the posts of one file.</summary>
    public static FixPlan For(IEnumerable<AnalysisResult> results)
    {
        var candidates = results
            .SelectMany(r => r.Diagnostics.Where(d => d.Fixes.Count > 0 && d.Fixes[0].Edits.Count > 0).Select(d => (Result: r, Diagnostic: d, Edits: ToFileEdits(r.Post, d.Fixes[0]))))
            .OrderBy(c => c.Edits.Min(e => e.Start))
            .ThenBy(c => c.Diagnostic.Id, StringComparer.Ordinal);

        var applied = new List<PlannedFix>();
        var skipped = new List<SkippedFix>();
        var taken = new List<(FileEdit[] Edits, Diagnostic Diagnostic)>();
        foreach (var (result, diagnostic, edits) in candidates)
        {
            if (taken.Any(t => t.Edits.SequenceEqual(edits)))
            {
                applied.Add(new PlannedFix(result, diagnostic, diagnostic.Fixes[0]));
                continue;
            }

            var blocker = taken.FirstOrDefault(t => t.Edits.Any(a => edits.Any(a.Overlaps)));
            if (blocker.Edits is not null)
            {
                skipped.Add(new SkippedFix(result, diagnostic, blocker.Diagnostic));
                continue;
            }

            taken.Add((edits, diagnostic));
            applied.Add(new PlannedFix(result, diagnostic, diagnostic.Fixes[0]));
        }

        return new FixPlan(applied, skipped, taken.SelectMany(t => t.Edits).OrderBy(e => e.Start).ToList());
    }

    private static FileEdit[] ToFileEdits(Post post, CodeFix fix)
    {
        var map = post.SourceMap ?? new SourceMap(post.Text);
        return fix.Edits
            .Select(edit =>
            {
                var start = map.GetFileOffset(edit.Span.Start);
                return new FileEdit(start, map.GetFileOffset(edit.Span.End) - start, map.ToSourceText(edit.NewText));
            })
            .OrderBy(e => e.Start)
            .ToArray();
    }
}

using PostLint.Diagnostics;
using PostLint.Input;
using PostLint.Output;

namespace PostLint.Cli.Baselines;

/// <summary>
/// Sets a run's findings against a baseline, post by post as they stream past. A finding is known when
/// the baseline records one with the same rule, file and fingerprint; identical findings in one file are
/// counted, so a second copy of a known sentence is new. Recorded findings of the checked files that no
/// longer occur are resolved.
/// </summary>
internal sealed class BaselineComparison
{
    private readonly Dictionary<BaselineEntry, int> _remaining;
    private readonly HashSet<string> _checkedFiles = new(StringComparer.Ordinal);
    private readonly HashSet<Diagnostic> _known = [];
    private readonly FileKeys _files;
    private readonly string _displayPath;

    /// <summary>Compares with <paramref name="baseline"/>, read from <paramref name="displayPath"/> (as the command line named it).</summary>
    public BaselineComparison(BaselineFile baseline, string displayPath, string currentDirectory)
    {
        _remaining = baseline.Entries.GroupBy(e => e).ToDictionary(g => g.Key, g => g.Count());
        _files = new FileKeys(displayPath, currentDirectory);
        _displayPath = displayPath;
    }

    /// <summary>The findings so far that the baseline knows (by reference).</summary>
    public IReadOnlySet<Diagnostic> Known => _known;

    /// <summary>How many were left out and how many are resolved, once every post has been compared.</summary>
    public BaselineSummary Summary => new(
        _displayPath,
        _known.Count,
        _remaining.Where(r => _checkedFiles.Contains(r.Key.File)).Sum(r => r.Value));

    /// <summary>Records every finding of <paramref name="results"/>, with files relative to <paramref name="baselinePath"/>'s directory.</summary>
    public static BaselineFile Record(IEnumerable<AnalysisResult> results, string baselinePath, string currentDirectory)
    {
        var files = new FileKeys(baselinePath, currentDirectory);
        var entries = results
            .SelectMany(r => r.Diagnostics.Select(d => new BaselineEntry(d.Id, files.Of(r.Post), FindingFingerprint.Of(r.Post, d))))
            .OrderBy(e => e.File, StringComparer.Ordinal)
            .ThenBy(e => e.RuleId, StringComparer.Ordinal)
            .ThenBy(e => e.Fingerprint, StringComparer.Ordinal)
            .ToList();
        return new BaselineFile(entries);
    }

    /// <summary>The post's result with only the findings the baseline does not know.</summary>
    public AnalysisResult Compare(AnalysisResult result)
    {
        var file = _files.Of(result.Post);
        _checkedFiles.Add(file);
        var fresh = new List<Diagnostic>(result.Diagnostics.Count);
        foreach (var diagnostic in result.Diagnostics)
        {
            var entry = new BaselineEntry(diagnostic.Id, file, FindingFingerprint.Of(result.Post, diagnostic));
            if (_remaining.TryGetValue(entry, out var count) && count > 0)
            {
                _remaining[entry] = count - 1;
                _known.Add(diagnostic);
            }
            else
            {
                fresh.Add(diagnostic);
            }
        }

        return fresh.Count == result.Diagnostics.Count ? result : result.WithDiagnostics(fresh);
    }

    /// <summary>Names post files as the baseline does: relative to its directory, with <c>/</c>, so it works from any checkout.</summary>
    private sealed class FileKeys(string baselinePath, string currentDirectory)
    {
        private readonly string _directory = Path.GetDirectoryName(Path.GetFullPath(baselinePath, currentDirectory))!;

        public string Of(Post post) => post.SourcePath is null or PostReader.StandardInputName
            ? PostReader.StandardInputName
            : Path.GetRelativePath(_directory, Path.GetFullPath(post.SourcePath, currentDirectory)).Replace('\\', '/');
    }
}

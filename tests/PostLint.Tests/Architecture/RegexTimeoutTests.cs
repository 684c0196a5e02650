using System.Reflection;
using System.Text.RegularExpressions;

namespace PostLint.Tests.Architecture;

/// <summary>
/// No regex may run without bound: each has a match timeout or uses <see cref="RegexOptions.NonBacktracking"/>.
/// Checked twice: by reflection on every regex the library declares, and by a scan of the sources for
/// regexes built at run time, which reflection cannot see.
/// </summary>
public partial class RegexTimeoutTests
{
    private const BindingFlags AllStatic = BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;

    [Fact]
    public void Every_declared_regex_is_bounded()
    {
        var regexes = DeclaredRegexes(typeof(PostLinter).Assembly).ToList();

        regexes.Should().HaveCountGreaterThan(100, "the rules declare their patterns as [GeneratedRegex] members");
        regexes.Where(r => !IsBounded(r.Regex)).Select(r => r.Member)
            .Should().BeEmpty("every regex needs a match timeout (RegexLimits.MatchTimeoutMilliseconds) or RegexOptions.NonBacktracking");
    }

    [Fact]
    public void Every_regex_built_at_run_time_names_a_timeout()
    {
        var unbounded =
            from file in Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, "src"), "*.cs", SearchOption.AllDirectories)
            where !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
            let source = File.ReadAllText(file)
            from Match call in RuntimeRegex().Matches(source)
            let arguments = source.Substring(call.Index, Math.Min(400, source.Length - call.Index))
            where !BoundedArguments().IsMatch(arguments)
            select $"{Path.GetRelativePath(RepositoryRoot.Path, file)}: {call.Value}";

        unbounded.Should().BeEmpty("a regex constructed or called at run time must pass a timeout or RegexOptions.NonBacktracking");
    }

    [Fact]
    public void The_scan_recognises_unbounded_and_bounded_construction()
    {
        const string unbounded = "var r = new Regex(pattern, RegexOptions.IgnoreCase);";
        const string bounded = "var r = new Regex(pattern, RegexOptions.None, TimeSpan.FromMilliseconds(RegexLimits.MatchTimeoutMilliseconds));";

        RuntimeRegex().IsMatch(unbounded).Should().BeTrue();
        BoundedArguments().IsMatch(unbounded).Should().BeFalse();
        BoundedArguments().IsMatch(bounded).Should().BeTrue();
        IsBounded(new Regex("a+")).Should().BeFalse();
        IsBounded(new Regex("a+", RegexOptions.None, TimeSpan.FromSeconds(1))).Should().BeTrue();
    }

    private static bool IsBounded(Regex regex) =>
        regex.MatchTimeout != Regex.InfiniteMatchTimeout || regex.Options.HasFlag(RegexOptions.NonBacktracking);

    private static IEnumerable<(string Member, Regex Regex)> DeclaredRegexes(Assembly assembly)
    {
        foreach (var type in assembly.GetTypes().Where(t => !t.IsGenericTypeDefinition))
        {
            foreach (var method in type.GetMethods(AllStatic).Where(m => m.ReturnType == typeof(Regex) && m.GetParameters().Length == 0))
            {
                yield return ($"{type.FullName}.{method.Name}", (Regex)method.Invoke(null, null)!);
            }

            foreach (var property in type.GetProperties(AllStatic).Where(p => p.PropertyType == typeof(Regex) && p.GetIndexParameters().Length == 0))
            {
                yield return ($"{type.FullName}.{property.Name}", (Regex)property.GetValue(null)!);
            }
        }
    }

    // "new Regex(", "Regex.IsMatch(", "Regex.Replace(" and the other static helpers, which default to no timeout.
    [GeneratedRegex(@"\bnew\s+Regex\s*\(|(?<![\w.])Regex\.(?:IsMatch|Match|Matches|Replace|Split|Count|EnumerateMatches|EnumerateSplits)\s*\(", RegexOptions.None, 1000)]
    private static partial Regex RuntimeRegex();

    [GeneratedRegex(@"^[^;]*(?:MatchTimeout|TimeSpan|NonBacktracking)", RegexOptions.None, 1000)]
    private static partial Regex BoundedArguments();
}

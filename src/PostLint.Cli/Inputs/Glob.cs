namespace PostLint.Cli.Inputs;

/// <summary>
/// File globs for shells that do not expand them (and for quoted patterns in CI): <c>*</c> and
/// <c>?</c> within a path segment, <c>[abc]</c> character sets, and <c>**</c> for any number of
/// directories. Hidden directories are entered only when a pattern segment names them.
/// </summary>
internal static class Glob
{
    /// <summary>True when <paramref name="path"/> contains glob syntax.</summary>
    public static bool IsPattern(string path) => path.AsSpan().IndexOfAny('*', '?', '[') >= 0;

    /// <summary>Files matching <paramref name="pattern"/>, as (full path, display path) pairs.</summary>
    public static IEnumerable<(string FullPath, string DisplayPath)> Expand(string pattern, string currentDirectory)
    {
        var segments = pattern.Replace('\\', '/').Split('/');
        var literal = segments.TakeWhile(s => !IsPattern(s)).Count();
        var baseDisplay = string.Join('/', segments.Take(literal));
        var baseDirectory = literal == 0 ? currentDirectory : Path.GetFullPath(baseDisplay.Length == 0 ? "/" : baseDisplay, currentDirectory);
        if (!Directory.Exists(baseDirectory))
        {
            return [];
        }

        var matches = new List<(string, string)>();
        Walk(baseDirectory, baseDisplay, segments.Skip(literal).Where(s => s.Length > 0).ToArray(), 0, matches);
        return matches.Distinct();
    }

    private static void Walk(string directory, string display, string[] segments, int index, List<(string, string)> matches)
    {
        var segment = segments[index];
        var last = index == segments.Length - 1;
        if (segment == "**")
        {
            if (last)
            {
                InputExpander.CollectDirectory(directory, display, matches);
                return;
            }

            Walk(directory, display, segments, index + 1, matches);
            foreach (var sub in SortedEntries(Directory.EnumerateDirectories(directory)))
            {
                if (!InputExpander.IsSkippedDirectory(Path.GetFileName(sub)))
                {
                    Walk(sub, Join(display, Path.GetFileName(sub)), segments, index, matches);
                }
            }

            return;
        }

        var entries = last ? Directory.EnumerateFiles(directory) : Directory.EnumerateDirectories(directory);
        foreach (var entry in SortedEntries(entries))
        {
            var name = Path.GetFileName(entry);
            if (name.StartsWith('.') && !segment.StartsWith('.'))
            {
                continue;
            }

            if (!Matches(segment, name))
            {
                continue;
            }

            if (last)
            {
                matches.Add((entry, Join(display, name)));
            }
            else
            {
                Walk(entry, Join(display, name), segments, index + 1, matches);
            }
        }
    }

    /// <summary>True when <paramref name="name"/> matches one path segment of a pattern.</summary>
    public static bool Matches(ReadOnlySpan<char> pattern, ReadOnlySpan<char> name)
    {
        while (pattern.Length > 0)
        {
            switch (pattern[0])
            {
                case '*':
                    var rest = pattern.TrimStart('*');
                    for (var skip = 0; skip <= name.Length; skip++)
                    {
                        if (Matches(rest, name[skip..]))
                        {
                            return true;
                        }
                    }

                    return false;
                case '?':
                    if (name.Length == 0)
                    {
                        return false;
                    }

                    break;
                case '[' when pattern.IndexOf(']') is > 1 and var close:
                    if (name.Length == 0 || !InSet(pattern[1..close], name[0]))
                    {
                        return false;
                    }

                    pattern = pattern[close..];
                    break;
                default:
                    if (name.Length == 0 || name[0] != pattern[0])
                    {
                        return false;
                    }

                    break;
            }

            pattern = pattern[1..];
            name = name[1..];
        }

        return name.Length == 0;
    }

    private static bool InSet(ReadOnlySpan<char> set, char c)
    {
        var negate = set[0] is '!' or '^';
        if (negate)
        {
            set = set[1..];
        }

        var found = false;
        for (var i = 0; i < set.Length; i++)
        {
            if (i + 2 < set.Length && set[i + 1] == '-')
            {
                found |= c >= set[i] && c <= set[i + 2];
                i += 2;
            }
            else
            {
                found |= c == set[i];
            }
        }

        return found != negate;
    }

    private static IEnumerable<string> SortedEntries(IEnumerable<string> entries) => entries.Order(StringComparer.Ordinal);

    private static string Join(string display, string name) => display.Length == 0 ? name : display.TrimEnd('/') + "/" + name;
}

using PostLint.Input;

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

    /// <summary>Post files matching <paramref name="pattern"/>, found lazily, in walk order.</summary>
    public static IEnumerable<InputSource> Expand(string pattern, string currentDirectory)
    {
        var segments = pattern.Replace('\\', '/').Split('/');
        var literal = segments.TakeWhile(s => !IsPattern(s)).Count();
        var baseDisplay = string.Join('/', segments.Take(literal));
        var baseDirectory = literal == 0 ? currentDirectory : Path.GetFullPath(baseDisplay.Length == 0 ? "/" : baseDisplay, currentDirectory);
        return Directory.Exists(baseDirectory)
            ? Walk(baseDirectory, baseDisplay, segments.Skip(literal).Where(s => s.Length > 0).ToArray(), 0)
            : [];
    }

    private static IEnumerable<InputSource> Walk(string directory, string display, string[] segments, int index)
    {
        var segment = segments[index];
        var last = index == segments.Length - 1;
        if (segment == "**" && last)
        {
            return InputExpander.WalkDirectory(directory, display);
        }

        var listing = DirectoryListing.Of(directory);
        if (listing.Problem is { } problem)
        {
            return [InputSource.Unreadable(directory, display, problem)];
        }

        if (segment == "**")
        {
            var subdirectories = listing.Entries.Where(e => e.Kind == EntryKind.Directory && !InputExpander.IsSkippedDirectory(e.Name));
            return Walk(directory, display, segments, index + 1)
                .Concat(subdirectories.SelectMany(sub => Walk(sub.FullPath, Join(display, sub.Name), segments, index)));
        }

        var matching = listing.Entries.Where(e => (!e.Name.StartsWith('.') || segment.StartsWith('.')) && Matches(segment, e.Name));
        return last
            ? matching.Where(e => e.Kind == EntryKind.File && PostFormats.FromPath(e.Name) is not null)
                .Select(e => InputExpander.FileSource(e.FullPath, Join(display, e.Name)))
            : matching.Where(e => e.Kind == EntryKind.Directory)
                .SelectMany(e => Walk(e.FullPath, Join(display, e.Name), segments, index + 1));
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

    private static string Join(string display, string name) => display.Length == 0 ? name : display.TrimEnd('/') + "/" + name;
}

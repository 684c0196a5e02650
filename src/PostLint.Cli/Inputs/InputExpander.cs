using PostLint.Input;

namespace PostLint.Cli.Inputs;

/// <summary>
/// Turns the command line's PATH|GLOB|- arguments into the files to read: a file as named, a
/// directory recursively (post files only; hidden, <c>bin</c>, <c>obj</c> and <c>node_modules</c>
/// directories, linked directories and the repository's own documents such as <c>README.md</c>
/// skipped), a glob by matching, <c>-</c> as standard input.
/// </summary>
/// <remarks>
/// Every argument is checked before anything is read, so a mistyped path stops the run before any
/// output. The walks themselves are lazy: a folder of any size is listed one directory at a time
/// while its posts are being checked. What a walk meets but cannot read (an unreadable folder, a
/// FIFO or device) comes out as an <see cref="InputSource.Unreadable"/> entry for that path.
/// </remarks>
internal static class InputExpander
{
    private static readonly HashSet<string> SkippedDirectories = new(StringComparer.Ordinal) { "bin", "obj", "node_modules" };

    // A folder of planned posts usually explains itself in a README; that text is about the posts, not one of them.
    private static readonly HashSet<string> RepositoryDocuments = new(StringComparer.OrdinalIgnoreCase)
    {
        "README", "CHANGELOG", "CONTRIBUTING", "LICENSE", "CODE_OF_CONDUCT", "SECURITY",
    };

    /// <summary>The inputs, in command-line order, each file once (by its real path).</summary>
    /// <exception cref="UsageException">An argument names nothing that exists, or nothing readable.</exception>
    public static IEnumerable<InputSource> Expand(IReadOnlyList<string> arguments, string currentDirectory)
    {
        var expansions = arguments.Select(argument => ExpandOne(argument, currentDirectory)).ToList();
        return Deduplicate(expansions.SelectMany(inputs => inputs));
    }

    /// <summary>The post files under <paramref name="directory"/>, sorted, depth first.</summary>
    public static IEnumerable<InputSource> WalkDirectory(string directory, string display)
    {
        var listing = DirectoryListing.Of(directory);
        if (listing.Problem is { } problem)
        {
            yield return InputSource.Unreadable(directory, display, problem);
            yield break;
        }

        foreach (var file in listing.Entries.Where(e => e.Kind == EntryKind.File && IsPostFile(e.Name)))
        {
            yield return FileSource(file.FullPath, Join(display, file.Name));
        }

        foreach (var sub in listing.Entries.Where(e => e.Kind == EntryKind.Directory && !IsSkippedDirectory(e.Name)))
        {
            foreach (var input in WalkDirectory(sub.FullPath, Join(display, sub.Name)))
            {
                yield return input;
            }
        }
    }

    /// <summary>A file met in a walk: to be read if it is a regular file, an error for its path if not.</summary>
    public static InputSource FileSource(string fullPath, string displayPath) => FileKind.IsRegular(fullPath)
        ? new InputSource(fullPath, displayPath, PostFormats.FromPath(fullPath) ?? PostFormat.Text)
        : InputSource.Unreadable(fullPath, displayPath, "not a regular file (a FIFO, device or socket, or a link to one); PostLint reads post files");

    /// <summary>True for directories that never hold posts: hidden ones, build output, packages.</summary>
    public static bool IsSkippedDirectory(string name) => name.StartsWith('.') || SkippedDirectories.Contains(name);

    private static bool IsPostFile(string name) =>
        !name.StartsWith('.') && PostFormats.FromPath(name) is not null && !RepositoryDocuments.Contains(Path.GetFileNameWithoutExtension(name));

    private static IEnumerable<InputSource> ExpandOne(string argument, string currentDirectory)
    {
        if (argument == "-")
        {
            return [InputSource.Stdin];
        }

        var fullPath = Path.GetFullPath(argument, currentDirectory);
        if (File.Exists(fullPath))
        {
            return [new InputSource(fullPath, argument, PostFormats.FromPath(fullPath) ?? PostFormat.Text)];
        }

        if (Directory.Exists(fullPath))
        {
            var files = WalkDirectory(fullPath, argument);
            return files.Any() ? files : throw new UsageException($"{argument}: no posts found (looked for .txt, .md and .jsonl files)");
        }

        if (Glob.IsPattern(argument))
        {
            var matches = Glob.Expand(argument, currentDirectory);
            return matches.Any() ? matches : throw new UsageException($"{argument}: no post file matches this pattern");
        }

        throw new UsageException($"{argument}: no such file or directory");
    }

    // A file reached twice (named twice, through a glob and a folder, or through a link) is checked once.
    private static IEnumerable<InputSource> Deduplicate(IEnumerable<InputSource> inputs)
    {
        var realPaths = new RealPaths();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var stdinSeen = false;
        foreach (var input in inputs)
        {
            var first = input.IsStdin ? !stdinSeen : seen.Add(realPaths.Of(input.FullPath!));
            stdinSeen |= input.IsStdin;
            if (first)
            {
                yield return input;
            }
        }
    }

    private static string Join(string display, string name) =>
        display.Length == 0 || display == "." ? name : display.Replace('\\', '/').TrimEnd('/') + "/" + name;
}

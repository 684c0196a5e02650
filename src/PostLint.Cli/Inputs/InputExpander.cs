using PostLint.Input;

namespace PostLint.Cli.Inputs;

/// <summary>
/// Turns the command line's PATH|GLOB|- arguments into the files to read: a file as named, a
/// directory recursively (post files only; hidden, <c>bin</c>, <c>obj</c> and <c>node_modules</c>
/// directories and the repository's own documents such as <c>README.md</c> skipped), a glob by
/// matching, <c>-</c> as standard input.
/// </summary>
internal static class InputExpander
{
    private static readonly HashSet<string> SkippedDirectories = new(StringComparer.Ordinal) { "bin", "obj", "node_modules" };

    // A folder of planned posts usually explains itself in a README; that text is about the posts, not one of them.
    private static readonly HashSet<string> RepositoryDocuments = new(StringComparer.OrdinalIgnoreCase)
    {
        "README", "CHANGELOG", "CONTRIBUTING", "LICENSE", "CODE_OF_CONDUCT", "SECURITY",
    };

    /// <summary>The inputs, in command-line order, each file once.</summary>
    /// <exception cref="UsageException">An argument names nothing that exists, or nothing readable.</exception>
    public static IReadOnlyList<InputSource> Expand(IReadOnlyList<string> arguments, string currentDirectory)
    {
        var inputs = new List<InputSource>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var argument in arguments)
        {
            if (argument == "-")
            {
                if (seen.Add("-"))
                {
                    inputs.Add(InputSource.Stdin);
                }

                continue;
            }

            foreach (var (fullPath, displayPath) in ExpandOne(argument, currentDirectory))
            {
                if (seen.Add(fullPath))
                {
                    inputs.Add(new InputSource(fullPath, displayPath, PostFormats.FromPath(fullPath) ?? PostFormat.Text));
                }
            }
        }

        return inputs;
    }

    /// <summary>Adds the post files under <paramref name="directory"/>, sorted, to <paramref name="files"/>.</summary>
    public static void CollectDirectory(string directory, string display, List<(string FullPath, string DisplayPath)> files)
    {
        foreach (var file in Directory.EnumerateFiles(directory).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(file);
            if (!name.StartsWith('.') && PostFormats.FromPath(name) is not null && !RepositoryDocuments.Contains(Path.GetFileNameWithoutExtension(name)))
            {
                files.Add((file, Join(display, name)));
            }
        }

        foreach (var sub in Directory.EnumerateDirectories(directory).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(sub);
            if (!IsSkippedDirectory(name))
            {
                CollectDirectory(sub, Join(display, name), files);
            }
        }
    }

    /// <summary>True for directories that never hold posts: hidden ones, build output, packages.</summary>
    public static bool IsSkippedDirectory(string name) => name.StartsWith('.') || SkippedDirectories.Contains(name);

    private static IEnumerable<(string FullPath, string DisplayPath)> ExpandOne(string argument, string currentDirectory)
    {
        var fullPath = Path.GetFullPath(argument, currentDirectory);
        if (File.Exists(fullPath))
        {
            return [(fullPath, argument)];
        }

        if (Directory.Exists(fullPath))
        {
            var files = new List<(string, string)>();
            CollectDirectory(fullPath, argument, files);
            return files.Count > 0
                ? files
                : throw new UsageException($"{argument}: no posts found (looked for .txt, .md and .jsonl files)");
        }

        if (Glob.IsPattern(argument))
        {
            var matches = Glob.Expand(argument, currentDirectory).Where(m => PostFormats.FromPath(m.FullPath) is not null).ToList();
            return matches.Count > 0 ? matches : throw new UsageException($"{argument}: no post file matches this pattern");
        }

        throw new UsageException($"{argument}: no such file or directory");
    }

    private static string Join(string display, string name) =>
        display.Length == 0 || display == "." ? name : display.Replace('\\', '/').TrimEnd('/') + "/" + name;
}

namespace PostLint.Cli.Inputs;

/// <summary>
/// The real path of a file (every symbolic link on the way resolved), so that one file reached
/// under two names is recognised. Directories' real paths are remembered: a walk asks about many
/// files in few directories.
/// </summary>
internal sealed class RealPaths
{
    private readonly Dictionary<string, string> _directories = new(StringComparer.Ordinal);

    // Links whose targets lead back through each other stop resolving here, as the kernel stops at ELOOP.
    private const int MaxLinks = 40;

    /// <summary>The real path of <paramref name="fullPath"/>; the path itself where a link cannot be resolved.</summary>
    public string Of(string fullPath)
    {
        var resolved = Resolve(fullPath) ?? fullPath;
        var directory = Path.GetDirectoryName(resolved);
        return directory is null ? resolved : Path.Join(Directory(directory, 0), Path.GetFileName(resolved));
    }

    private string Directory(string path, int depth)
    {
        if (_directories.TryGetValue(path, out var real))
        {
            return real;
        }

        var resolved = depth < MaxLinks ? Resolve(path) ?? path : path;
        var parent = Path.GetDirectoryName(resolved);
        real = parent is null ? resolved : Path.Join(Directory(parent, resolved == path ? depth : depth + 1), Path.GetFileName(resolved));
        _directories[path] = real;
        return real;
    }

    // The final target of a link (itself resolved against the link's folder), or null when the path is no link.
    private static string? Resolve(string path)
    {
        try
        {
            return File.ResolveLinkTarget(path, returnFinalTarget: true)?.FullName;
        }
        catch (IOException)
        {
            return null;
        }
    }
}

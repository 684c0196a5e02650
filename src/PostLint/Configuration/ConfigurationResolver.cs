namespace PostLint.Configuration;

/// <summary>
/// Finds the configuration for each post: the nearest <c>.postlint.yml</c> in the post's directory or
/// a parent (like <c>.editorconfig</c>; the nearest file wins, files are not merged), or one explicit
/// file for every post. Each file is loaded once.
/// </summary>
public sealed class ConfigurationResolver
{
    private readonly ConfigurationLoader _loader;
    private readonly string _baseDirectory;
    private readonly PostLintConfiguration? _explicit;
    private readonly Dictionary<string, PostLintConfiguration> _byDirectory = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PostLintConfiguration> _byFile = new(StringComparer.Ordinal);

    /// <summary>Creates a resolver.</summary>
    /// <param name="loader">Loads and validates files.</param>
    /// <param name="baseDirectory">Directory that relative paths start from; messages name files relative to it.</param>
    /// <param name="explicitPath">A file to use for every post (<c>--config</c>); null walks up from each post.</param>
    /// <exception cref="ConfigurationException">The explicit file is missing or invalid.</exception>
    public ConfigurationResolver(ConfigurationLoader loader, string baseDirectory, string? explicitPath = null)
    {
        ArgumentNullException.ThrowIfNull(loader);
        ArgumentNullException.ThrowIfNull(baseDirectory);
        _loader = loader;
        _baseDirectory = baseDirectory;
        _explicit = explicitPath is null ? null : loader.Load(Path.GetFullPath(explicitPath, baseDirectory), explicitPath);
    }

    /// <summary>The configuration that applies to files in <paramref name="directory"/>.</summary>
    /// <exception cref="ConfigurationException">The file found is invalid.</exception>
    public PostLintConfiguration ForDirectory(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        if (_explicit is not null)
        {
            return _explicit;
        }

        var full = Path.GetFullPath(directory, _baseDirectory);
        if (_byDirectory.TryGetValue(full, out var cached))
        {
            return cached;
        }

        var file = Path.Combine(full, ConfigurationLoader.FileName);
        PostLintConfiguration found;
        if (File.Exists(file))
        {
            if (!_byFile.TryGetValue(file, out found!))
            {
                found = _loader.Load(file, Path.GetRelativePath(_baseDirectory, file));
                _byFile[file] = found;
            }
        }
        else
        {
            var parent = Path.GetDirectoryName(full);
            found = parent is null ? PostLintConfiguration.Default : ForDirectory(parent);
        }

        _byDirectory[full] = found;
        return found;
    }
}

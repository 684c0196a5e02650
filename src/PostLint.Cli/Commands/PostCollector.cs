using PostLint.Cli.Console;
using PostLint.Cli.Inputs;
using PostLint.Configuration;
using PostLint.Input;
using PostLint.Output;

namespace PostLint.Cli.Commands;

/// <summary>Something the check pipeline carries in input order: a post to analyse, or a file that could not be read.</summary>
internal abstract record CheckItem;

/// <summary>A post ready to analyse, with the linter its configuration calls for.</summary>
/// <param name="Post">The post, its language settled from input, <c>--lang</c> or configuration.</param>
/// <param name="Linter">The linter built from the post's configuration.</param>
internal sealed record PostToCheck(Post Post, PostLinter Linter) : CheckItem;

/// <summary>A file (or a line of it, or its configuration) that could not be read: reported, and the run goes on.</summary>
internal sealed record UnreadableInput(InputError Error) : CheckItem;

/// <summary>
/// Reads the inputs lazily and pairs each post with the linter of its configuration (the nearest
/// <c>.postlint.yml</c>, or <c>--config</c>). A file that cannot be read becomes an
/// <see cref="UnreadableInput"/> in its place; a JSON Lines file is read line by line, so its posts
/// are checked before its end is read, and an error in a line ends that file with an error there.
/// </summary>
internal sealed class PostCollector
{
    private readonly ICliConsole _console;
    private readonly PostLanguage? _language;
    private readonly ConfigurationResolver _resolver;
    private readonly Dictionary<PostLinterOptions, Configured> _configured;

    /// <summary>Creates a collector.</summary>
    /// <exception cref="InputException">The explicit configuration file is missing or invalid.</exception>
    public PostCollector(ICliConsole console, string? configPath, PostLanguage? language)
    {
        _console = console;
        _language = language;
        var catalog = new PostLinter();
        var knownRuleIds = catalog.SupportedDiagnostics.Select(d => d.Id).ToArray();
        _resolver = new ConfigurationResolver(new ConfigurationLoader(knownRuleIds), console.CurrentDirectory, configPath);
        _configured = new Dictionary<PostLinterOptions, Configured>(ReferenceEqualityComparer.Instance)
        {
            [PostLinterOptions.Default] = new(catalog, new PostReader(knownRuleIds)),
        };
    }

    /// <summary>The posts of <paramref name="inputs"/> and the files that could not be read, in input order.</summary>
    public IEnumerable<CheckItem> Collect(IEnumerable<InputSource> inputs)
    {
        // A broken .postlint.yml is reported once, not once for every post file beneath it.
        var reportedConfigurationErrors = new HashSet<string>(StringComparer.Ordinal);
        foreach (var input in inputs)
        {
            if (input.Problem is { } problem)
            {
                yield return new UnreadableInput(new InputError(input.DisplayPath, null, null, problem));
                continue;
            }

            var (configured, language, configurationError) = Configure(input);
            if (configurationError is not null)
            {
                if (reportedConfigurationErrors.Add(configurationError.ToString()))
                {
                    yield return new UnreadableInput(configurationError);
                }

                continue;
            }

            using var posts = Read(input, configured!.Reader).GetEnumerator();
            while (true)
            {
                InputError? error = null;
                try
                {
                    if (!posts.MoveNext())
                    {
                        break;
                    }
                }
                catch (InputException ex)
                {
                    error = InputError.From(ex);
                }

                if (error is not null)
                {
                    yield return new UnreadableInput(error);
                    break;
                }

                var post = posts.Current;
                yield return new PostToCheck(post.Language == PostLanguage.Auto ? post with { Language = language } : post, configured.Linter);
            }
        }
    }

    private (Configured? Configured, PostLanguage Language, InputError? Error) Configure(InputSource input)
    {
        try
        {
            var configuration = _resolver.ForDirectory(input.IsStdin ? _console.CurrentDirectory : Path.GetDirectoryName(input.FullPath)!);
            return (For(configuration.Options), _language ?? configuration.Language, null);
        }
        catch (InputException ex)
        {
            return (null, PostLanguage.Auto, InputError.From(ex));
        }
    }

    // A reader per linter: front matter may switch off a plugin's rule only where the configuration loads that plugin.
    private Configured For(PostLinterOptions options)
    {
        if (!_configured.TryGetValue(options, out var configured))
        {
            var linter = new PostLinter(options);
            configured = new Configured(linter, new PostReader(linter.SupportedDiagnostics.Select(d => d.Id)));
            _configured[options] = configured;
        }

        return configured;
    }

    // Deferred whole, so that every read error surfaces while enumerating, where it is caught.
    private IEnumerable<Post> Read(InputSource input, PostReader reader)
    {
        var posts = input.IsStdin ? ReadStandardInput(input, reader) : reader.ReadPosts(input.FullPath!, input.DisplayPath, input.Format);
        foreach (var post in posts)
        {
            yield return post;
        }
    }

    private IReadOnlyList<Post> ReadStandardInput(InputSource input, PostReader reader)
    {
        using var stdin = _console.OpenStandardInput();
        return reader.ReadStream(stdin, input.DisplayPath, input.Format);
    }

    private sealed record Configured(PostLinter Linter, PostReader Reader);
}

using PostLint.Cli.Console;
using PostLint.Cli.Inputs;
using PostLint.Configuration;
using PostLint.Input;

namespace PostLint.Cli.Commands;

/// <summary>A post ready to analyse, with the linter its configuration calls for.</summary>
/// <param name="Post">The post, its language settled from input, <c>--lang</c> or configuration.</param>
/// <param name="Linter">The linter built from the post's configuration.</param>
internal sealed record PostToCheck(Post Post, PostLinter Linter);

/// <summary>
/// Reads every input and pairs each post with the linter of its configuration (the nearest
/// <c>.postlint.yml</c>, or <c>--config</c>). Problems are collected, not thrown one by one, so a run
/// reports every bad file at once.
/// </summary>
internal sealed class PostCollector
{
    private readonly ICliConsole _console;
    private readonly PostLanguage? _language;
    private readonly ConfigurationResolver _resolver;
    private readonly PostReader _reader;
    private readonly Dictionary<PostLinterOptions, PostLinter> _linters;

    /// <summary>Creates a collector.</summary>
    /// <exception cref="InputException">The explicit configuration file is missing or invalid.</exception>
    public PostCollector(ICliConsole console, string? configPath, PostLanguage? language)
    {
        _console = console;
        _language = language;
        var catalog = new PostLinter();
        var knownRuleIds = catalog.SupportedDiagnostics.Select(d => d.Id).ToArray();
        _resolver = new ConfigurationResolver(new ConfigurationLoader(knownRuleIds), console.CurrentDirectory, configPath);
        _reader = new PostReader(knownRuleIds);
        _linters = new Dictionary<PostLinterOptions, PostLinter>(ReferenceEqualityComparer.Instance) { [PostLinterOptions.Default] = catalog };
    }

    /// <summary>The posts of <paramref name="inputs"/>, in order; <paramref name="errors"/> receives what could not be read.</summary>
    public IReadOnlyList<PostToCheck> Collect(IReadOnlyList<InputSource> inputs, out IReadOnlyList<string> errors)
    {
        var posts = new List<PostToCheck>();
        var problems = new List<string>();
        foreach (var input in inputs)
        {
            try
            {
                var configuration = _resolver.ForDirectory(input.IsStdin ? _console.CurrentDirectory : Path.GetDirectoryName(input.FullPath)!);
                var linter = LinterFor(configuration.Options);
                var language = _language ?? configuration.Language;
                foreach (var post in Read(input))
                {
                    posts.Add(new PostToCheck(post.Language == PostLanguage.Auto ? post with { Language = language } : post, linter));
                }
            }
            catch (InputException ex)
            {
                problems.Add(ex.Message);
            }
        }

        errors = problems.Distinct().ToArray();
        return posts;
    }

    private PostLinter LinterFor(PostLinterOptions options)
    {
        if (!_linters.TryGetValue(options, out var linter))
        {
            linter = new PostLinter(options);
            _linters[options] = linter;
        }

        return linter;
    }

    private IReadOnlyList<Post> Read(InputSource input)
    {
        if (!input.IsStdin)
        {
            return _reader.ReadFile(input.FullPath!, input.DisplayPath, input.Format);
        }

        using var buffer = new MemoryStream();
        using (var stdin = _console.OpenStandardInput())
        {
            stdin.CopyTo(buffer);
        }

        var text = SourceDecoder.Decode(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), input.DisplayPath);
        return _reader.Read(text, input.DisplayPath, input.Format);
    }
}

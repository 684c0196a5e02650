using System.Globalization;

namespace PostLint.Server;

/// <summary>
/// Bounds on what one request may ask of the service, so a single client cannot tie it up.
/// Set from the command line (<c>--max-body-bytes</c>, <c>--max-post-length</c>, <c>--max-batch-posts</c>,
/// <c>--body-timeout-seconds</c>, <c>--max-request-chars</c>, <c>--max-request-milliseconds</c>) or any other ASP.NET Core
/// configuration source under the same keys.
/// </summary>
public sealed record ServerLimits
{
    /// <summary>Largest request body in bytes (default 1 MiB); larger bodies get 413.</summary>
    public int MaxBodyBytes { get; init; } = 1024 * 1024;

    /// <summary>Longest post text in UTF-16 code units (default 100,000, as for the CLI); longer posts get 413.</summary>
    public int MaxPostLength { get; init; } = 100_000;

    /// <summary>Most posts in one batch request (default 500); more get 413.</summary>
    public int MaxBatchPosts { get; init; } = 500;

    /// <summary>Longest wait for a whole request body (default 30 s); a slower body gets 408.</summary>
    public TimeSpan BodyTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Most characters of post text in one request, all posts together (default 300,000); more get 413.</summary>
    public int MaxRequestCharacters { get; init; } = 300_000;

    /// <summary>
    /// Longest time one request may spend checking its posts (default 10,000 ms); a request that runs out gets 413
    /// and the rest of its posts go unchecked. Each post also keeps the engine's own budget (PL0002).
    /// </summary>
    public int MaxRequestMilliseconds { get; init; } = 10_000;

    /// <summary>Reads the limits from configuration; a key left out keeps its default.</summary>
    /// <exception cref="ArgumentException">A value is not a positive whole number.</exception>
    public static ServerLimits From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var defaults = new ServerLimits();
        return new ServerLimits
        {
            MaxBodyBytes = Read(configuration, "max-body-bytes", defaults.MaxBodyBytes),
            MaxPostLength = Read(configuration, "max-post-length", defaults.MaxPostLength),
            MaxBatchPosts = Read(configuration, "max-batch-posts", defaults.MaxBatchPosts),
            BodyTimeout = TimeSpan.FromSeconds(Read(configuration, "body-timeout-seconds", (int)defaults.BodyTimeout.TotalSeconds)),
            MaxRequestCharacters = Read(configuration, "max-request-chars", defaults.MaxRequestCharacters),
            MaxRequestMilliseconds = Read(configuration, "max-request-milliseconds", defaults.MaxRequestMilliseconds),
        };
    }

    private static int Read(IConfiguration configuration, string key, int fallback)
    {
        var text = configuration[key];
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : throw new ArgumentException($"--{key} must be a positive whole number, not '{text}'.");
    }
}

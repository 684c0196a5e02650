using System.Text;
using PostLint.Configuration;
using PostLint.Input;

namespace PostLint.Fuzz;

/// <summary>
/// The entry points fuzzed: each takes the raw bytes of one input. An <see cref="InputException"/> is the
/// input refused as the CLI refuses it (exit 2); any other exception is a bug.
/// </summary>
internal static class FuzzTargets
{
    // Built on the first input, not before: SharpFuzz maps AFL's coverage memory in Fuzzer.Run, and
    // instrumented PostLint code that runs earlier writes to memory that is not there yet.
    private static readonly Lazy<PostLinter> Linter = new(() => new PostLinter());
    private static readonly Lazy<PostReader> Reader = new(() => new PostReader(KnownRuleIds()));
    private static readonly Lazy<ConfigurationLoader> Loader = new(() => new ConfigurationLoader(KnownRuleIds()));

    private static readonly Dictionary<string, Action<Stream>> Targets = new(StringComparer.Ordinal)
    {
        ["jsonl"] = input => ReadPosts(input, "fuzz.jsonl", PostFormat.JsonLines),
        ["markdown"] = input => ReadPosts(input, "fuzz.md", PostFormat.Markdown),
        ["config"] = LoadConfiguration,
        ["engine"] = Analyze,
    };

    private static string[] KnownRuleIds() => [.. Linter.Value.SupportedDiagnostics.Select(d => d.Id)];

    public static IEnumerable<string> Names => Targets.Keys;

    public static Action<Stream>? Find(string name) => Targets.GetValueOrDefault(name);

    // The reader as the CLI uses it: decoding, format and limits in one call.
    private static void ReadPosts(Stream input, string path, PostFormat format) => Reader.Value.ReadStream(input, path, format);

    private static void LoadConfiguration(Stream input)
    {
        using var buffer = new MemoryStream();
        input.CopyTo(buffer);
        Loader.Value.Parse(SourceDecoder.Decode(buffer.ToArray(), ConfigurationLoader.FileName), ConfigurationLoader.FileName);
    }

    // The first byte picks the language, so the fuzzer explores Dutch, English and detection;
    // the rest, decoded leniently, is the post: the engine must take any text.
    private static void Analyze(Stream input)
    {
        using var buffer = new MemoryStream();
        input.CopyTo(buffer);
        var bytes = buffer.ToArray();
        if (bytes.Length == 0)
        {
            return;
        }

        var language = (bytes[0] % 3) switch
        {
            0 => PostLanguage.Dutch,
            1 => PostLanguage.English,
            _ => PostLanguage.Auto,
        };
        var text = Encoding.UTF8.GetString(bytes, 1, bytes.Length - 1);
        Linter.Value.Analyze(new Post(text) { Language = language });
    }
}

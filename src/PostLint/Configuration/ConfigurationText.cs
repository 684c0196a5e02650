using PostLint.Input;

namespace PostLint.Configuration;

/// <summary>
/// Reads a hand-written file of the configuration (a <c>.postlint.yml</c>, a rule pack, a pack's word list) with a
/// size cap, so a path that names a device or a huge file fails at once; every failure is a <see cref="ConfigurationException"/>.
/// </summary>
internal static class ConfigurationText
{
    /// <summary>Most characters such a file may have.</summary>
    public const int MaxLength = 1024 * 1024;

    /// <summary>The text of <paramref name="path"/>; <paramref name="displayPath"/> names it and <paramref name="what"/> says what it is, in messages.</summary>
    public static string Read(string path, string displayPath, string what)
    {
        try
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
            return SourceDecoder.Read(file, displayPath, MaxLength, $"longer than the {MaxLength:N0} characters a {what} may have");
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new ConfigurationException(displayPath, null, null, $"{what} not found");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ConfigurationException(displayPath, null, null, $"cannot read the {what}: {ex.Message}");
        }
        catch (InputException ex) when (ex is not ConfigurationException)
        {
            throw new ConfigurationException(displayPath, null, null, ex.Reason);
        }
    }
}

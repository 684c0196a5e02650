using PostLint.Input;

namespace PostLint.Configuration;

/// <summary>A <c>.postlint.yml</c> that cannot be used; the message names the file, line and what was expected.</summary>
public sealed class ConfigurationException(string path, int? line, int? column, string reason)
    : InputException(path, line, column, reason);

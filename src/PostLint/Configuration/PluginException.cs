namespace PostLint.Configuration;

/// <summary>
/// A plugin assembly PostLint cannot use: missing, not a .NET assembly, without analyzers, or with an analyzer that
/// fails or breaks the rule-ID rules. The configuration loader turns it into one line naming the file and line.
/// </summary>
/// <param name="reason">What is wrong, in one line, without the plugin's path.</param>
public sealed class PluginException(string reason) : Exception(reason)
{
    /// <summary>What is wrong, in one line.</summary>
    public string Reason => Message;
}

namespace PostLint.Cli.Console;

/// <summary>Questions about the console that several commands ask.</summary>
internal static class ConsoleExtensions
{
    /// <summary>True on a CI runner (<c>CI</c> set to anything but empty, <c>0</c> or <c>false</c>): nobody watches or answers there.</summary>
    public static bool IsContinuousIntegration(this ICliConsole console) =>
        console.GetEnvironmentVariable("CI") is not (null or "" or "0" or "false" or "False");
}

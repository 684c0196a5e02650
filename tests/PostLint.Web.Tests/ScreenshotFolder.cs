using System.Reflection;

namespace PostLint.Web.Tests;

/// <summary>
/// Where the page tests save their screenshots: next to the test assembly, or, with
/// <c>POSTLINT_UPDATE_SCREENSHOTS=1</c>, over the committed ones in <c>docs/images</c> that the README shows.
/// </summary>
internal static class ScreenshotFolder
{
    public const string UpdateVariable = "POSTLINT_UPDATE_SCREENSHOTS";

    public static string Path
    {
        get
        {
            var folder = Environment.GetEnvironmentVariable(UpdateVariable) == "1"
                ? System.IO.Path.Combine(RepoRoot, "docs", "images")
                : System.IO.Path.Combine(AppContext.BaseDirectory, "screenshots");
            Directory.CreateDirectory(folder);
            return folder;
        }
    }

    private static string RepoRoot => typeof(ScreenshotFolder).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "RepoRoot").Value!;
}

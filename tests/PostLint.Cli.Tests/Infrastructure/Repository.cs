namespace PostLint.Cli.Tests.Infrastructure;

/// <summary>Files of the repository the tests were built from (the folder holding PostLint.sln).</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Path(string relative) => System.IO.Path.Combine(Root, relative);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "PostLint.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No PostLint.sln above {AppContext.BaseDirectory}");
    }
}

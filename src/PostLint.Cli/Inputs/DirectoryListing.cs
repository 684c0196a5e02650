using System.IO.Enumeration;

namespace PostLint.Cli.Inputs;

/// <summary>What a directory entry is to a walk.</summary>
internal enum EntryKind
{
    /// <summary>A file, or a symbolic link to one (still to be checked for being a regular file).</summary>
    File,

    /// <summary>A real directory: walked.</summary>
    Directory,

    /// <summary>A symbolic link to a directory: never followed, so a link loop cannot make the walk endless.</summary>
    LinkedDirectory,
}

/// <summary>One entry of a <see cref="DirectoryListing"/>.</summary>
internal sealed record DirectoryEntry(string Name, string FullPath, EntryKind Kind);

/// <summary>
/// The entries of one directory, sorted by name, or why they could not be listed: an unreadable
/// folder is an error for that folder, not the end of the run.
/// </summary>
internal sealed record DirectoryListing(IReadOnlyList<DirectoryEntry> Entries, string? Problem)
{
    private static readonly EnumerationOptions Options = new()
    {
        AttributesToSkip = 0,
        IgnoreInaccessible = false,
        RecurseSubdirectories = false,
    };

    /// <summary>Lists <paramref name="directory"/>.</summary>
    public static DirectoryListing Of(string directory)
    {
        try
        {
            var entries = new FileSystemEnumerable<DirectoryEntry>(directory, ToEntry, Options).ToList();
            entries.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
            return new DirectoryListing(entries, null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new DirectoryListing([], "cannot read folder: " + ex.Message);
        }
    }

    // On Unix a link's IsDirectory tells what it points at; its attributes tell that it is a link.
    private static DirectoryEntry ToEntry(ref FileSystemEntry entry)
    {
        var isLink = (entry.Attributes & FileAttributes.ReparsePoint) != 0;
        var kind = (entry.IsDirectory, isLink) switch
        {
            (false, _) => EntryKind.File,
            (true, false) => EntryKind.Directory,
            (true, true) => EntryKind.LinkedDirectory,
        };
        return new DirectoryEntry(entry.FileName.ToString(), entry.ToFullPath(), kind);
    }
}

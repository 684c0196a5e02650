using System.Runtime.InteropServices;

namespace PostLint.Cli.Inputs;

/// <summary>
/// Tells a regular file from a FIFO, device or socket (which a walk must not open: a FIFO blocks,
/// <c>/dev/zero</c> never ends). .NET has no API for the file type, so on Linux it asks
/// <c>statx(2)</c>, whose layout is the same on every architecture; elsewhere every file counts as
/// regular and the capped read is the guard.
/// </summary>
internal static partial class FileKind
{
    private const int CurrentDirectory = -100;
    private const uint TypeField = 0x1;
    private const int ModeOffset = 28;
    private const int TypeMask = 0xF000;
    private const int RegularType = 0x8000;

    /// <summary>False when <paramref name="path"/> (after links) is known to be something other than a regular file.</summary>
    public static bool IsRegular(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return true;
        }

        Span<byte> status = stackalloc byte[256];
        try
        {
            // A failing call (missing file, broken link) leaves the verdict to the read, which names the problem.
            if (Statx(CurrentDirectory, path, 0, TypeField, status) != 0)
            {
                return true;
            }
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return true;
        }

        return (MemoryMarshal.Read<ushort>(status[ModeOffset..]) & TypeMask) == RegularType;
    }

    [LibraryImport("libc", EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Statx(int directoryHandle, string path, int flags, uint mask, Span<byte> status);
}

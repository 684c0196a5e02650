using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace PostLint.Text;

/// <summary>
/// The bytes of a model or data file, read in place. A file embedded in the assembly is used where the loaded image
/// holds it, which lives as long as the process: a CLI run checks one post, and copying a megabyte of weights into
/// fresh arrays first (then collecting them, since large arrays trigger a full collection) cost more than the check. A
/// file read from any other stream is copied once into memory that the collector never moves.
/// </summary>
internal sealed unsafe class ModelBytes
{
    private readonly byte* _start;

    // Keeps a copied model alive; null when the bytes belong to the assembly's image.
    private readonly byte[]? _copy;

    private ModelBytes(byte* start, int length, byte[]? copy)
    {
        _start = start;
        Length = length;
        _copy = copy;
    }

    /// <summary>Number of bytes.</summary>
    public int Length { get; }

    /// <summary>All the bytes.</summary>
    public ReadOnlySpan<byte> Span => new(_start, Length);

    /// <summary>The resource <paramref name="name"/> of <paramref name="assembly"/>, in place when the runtime maps it; null when there is none.</summary>
    public static ModelBytes? OfResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name);

        // A resource stream over unmanaged memory points into the loaded image, which is never unloaded.
        return stream switch
        {
            null => null,
            UnmanagedMemoryStream mapped => new ModelBytes(mapped.PositionPointer, checked((int)(mapped.Length - mapped.Position)), null),
            _ => Copy(stream),
        };
    }

    /// <summary>A copy of what remains of <paramref name="stream"/>.</summary>
    public static ModelBytes Copy(Stream stream)
    {
        byte[] copy;
        if (stream.CanSeek)
        {
            copy = GC.AllocateUninitializedArray<byte>(checked((int)(stream.Length - stream.Position)), pinned: true);
            stream.ReadExactly(copy);
        }
        else
        {
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            copy = GC.AllocateUninitializedArray<byte>(checked((int)memory.Length), pinned: true);
            memory.GetBuffer().AsSpan(0, copy.Length).CopyTo(copy);
        }

        return new ModelBytes((byte*)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(copy)), copy.Length, copy);
    }
}

using PostLint.Text;

namespace PostLint.Training;

/// <summary>Writes a trained model to its file and reads it back: what ships is the half-precision file, so that is what is measured.</summary>
internal static class ModelFile
{
    /// <summary>Writes <paramref name="model"/> to <paramref name="path"/> and returns the model read back from it.</summary>
    public static LinearTextModel WriteAndReadBack(LinearTextModel model, string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using (var file = File.Create(path))
        {
            model.Write(file);
        }

        using var read = File.OpenRead(path);
        return LinearTextModel.Read(read, model.Magic);
    }
}

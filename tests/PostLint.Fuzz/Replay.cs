using PostLint.Input;

namespace PostLint.Fuzz;

/// <summary>Runs saved inputs (a seed corpus, AFL's queue or crashes) through a target outside AFL.</summary>
internal static class Replay
{
    public static int Run(Action<Stream> target, string directory)
    {
        var files = Directory.GetFiles(directory, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
        foreach (var file in files)
        {
            try
            {
                using var input = File.OpenRead(file);
                target(input);
            }
            catch (InputException ex)
            {
                Console.WriteLine($"{file}: refused: {ex.Message}");
            }
            catch (Exception ex)
            {
                Console.Error.WriteLine($"{file}: {ex}");
                return 3;
            }
        }

        Console.WriteLine($"{files.Length} inputs, no failure");
        return 0;
    }
}

using System.Globalization;

namespace PostLint.Training;

/// <summary>Command-line options of the training tool.</summary>
/// <param name="DataFolder">The shared data folder (with <c>tone/</c> and <c>claims/</c>).</param>
/// <param name="OutputFolder">Where the model, its check file and its card are written.</param>
/// <param name="Threshold">Decision threshold to record; null picks the F1-optimal one on the validation split.</param>
/// <param name="Command">The subcommand (<c>claims</c>), or null for the tone model.</param>
internal sealed record TrainingOptions(string DataFolder, string OutputFolder, float? Threshold, string? Command)
{
    /// <summary>Parses <c>--data DIR --out DIR [--threshold P]</c> after <paramref name="command"/>; null when incomplete.</summary>
    public static TrainingOptions? Parse(string[] args, string? command)
    {
        string? Value(string name)
        {
            var i = Array.IndexOf(args, name);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        }

        var data = Value("--data");
        var output = Value("--out");
        var threshold = Value("--threshold");
        if (data is null || output is null)
        {
            return null;
        }

        return float.TryParse(threshold ?? "0.5", NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value is > 0 and < 1
            ? new TrainingOptions(data, output, threshold is null ? null : value, command)
            : null;
    }

    /// <summary>The command line, for the model card.</summary>
    public string CommandLine =>
        $"dotnet run --project src/PostLint.Training -c Release -- {(Command is null ? string.Empty : Command + " ")}--data {DataFolder} --out {OutputFolder}" +
        (Threshold is { } t ? $" --threshold {t.ToString(CultureInfo.InvariantCulture)}" : string.Empty);
}

namespace PostLint.Output;

/// <summary>How a run compares with a baseline of findings recorded earlier (<c>postlint baseline</c>).</summary>
/// <param name="File">The baseline file, as the command line named it.</param>
/// <param name="Known">Findings of this run the baseline already records, left out of the report and the exit code.</param>
/// <param name="Resolved">Findings the baseline records for the files of this run that no longer occur.</param>
public sealed record BaselineSummary(string File, int Known, int Resolved);

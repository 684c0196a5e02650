using System.Text;

namespace PostLint.Cli.Progress;

/// <summary>
/// A report writer sharing the terminal with the progress line: every write first wipes the line and
/// is flushed at once, so report text never lands behind half a progress line.
/// </summary>
internal sealed class ProgressGuardedWriter(TextWriter inner, ProgressReporter progress) : TextWriter
{
    public override Encoding Encoding => inner.Encoding;

    public override void Write(char value) => progress.Between(() =>
    {
        inner.Write(value);
        inner.Flush();
    });

    public override void Write(string? value) => progress.Between(() =>
    {
        inner.Write(value);
        inner.Flush();
    });

    public override void Write(char[] buffer, int index, int count) => progress.Between(() =>
    {
        inner.Write(buffer, index, count);
        inner.Flush();
    });

    public override void Flush() => inner.Flush();
}

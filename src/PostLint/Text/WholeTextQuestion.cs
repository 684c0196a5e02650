namespace PostLint.Text;

/// <summary>
/// A question about a whole post ("is it about care?", "is it a vacancy?") that rules ask once per match. Asked
/// again for the same text, it answers from memory instead of reading the post again, which would make the
/// post's cost grow with the square of its length. Remembers the last text per thread, by reference, so that
/// posts checked in parallel do not push each other out. Rules hold their questions for the life of the process.
/// </summary>
/// <typeparam name="T">The answer.</typeparam>
/// <param name="answer">Reads the text and answers; must depend on the text alone.</param>
public sealed class WholeTextQuestion<T>(Func<string, T> answer) : IDisposable
{
    private readonly ThreadLocal<(string? Text, T Answer)> _last = new();

    /// <summary>The answer for <paramref name="text"/>.</summary>
    public T For(string text)
    {
        var last = _last.Value;
        if (ReferenceEquals(last.Text, text))
        {
            return last.Answer;
        }

        var fresh = answer(text);
        _last.Value = (text, fresh);
        return fresh;
    }

    /// <inheritdoc />
    public void Dispose() => _last.Dispose();
}

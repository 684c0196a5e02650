using PostLint.Cli.Console;

namespace PostLint.Cli.Commands;

/// <summary>
/// The interactive "tel tot tien": counts ten seconds out loud, one line per second, in the post's
/// language, and then asks whether to post anyway. Only the author's explicit yes posts.
/// </summary>
internal sealed class CountToTenPause(ICliConsole console, IPauseClock clock)
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);
    private static readonly string[] DutchNumbers = ["een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien"];
    private static readonly string[] EnglishNumbers = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

    /// <summary>Runs the pause; true when the author still wants to post.</summary>
    public bool AskToPost(PostLanguage language)
    {
        var dutch = language == PostLanguage.Dutch;
        console.Output.WriteLine(dutch ? "Tel tot tien voordat je plaatst." : "Count to ten before you post.");
        var numbers = dutch ? DutchNumbers : EnglishNumbers;
        for (var count = 1; count <= numbers.Length; count++)
        {
            console.Output.WriteLine($"  {count} {numbers[count - 1]}...");
            console.Output.Flush();
            clock.Wait(Second);
        }

        console.Output.Write(dutch ? "Toch plaatsen? [j/N] " : "Post anyway? [y/N] ");
        console.Output.Flush();
        var answer = console.ReadLine()?.Trim().ToLowerInvariant();
        return answer is "y" or "yes" or "j" or "ja";
    }
}

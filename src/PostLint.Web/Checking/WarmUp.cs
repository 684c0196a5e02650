namespace PostLint.Web.Checking;

/// <summary>
/// Posts the page checks once after it opens, so rule data (lexicons, phone metadata, the tone model) is
/// loaded before the author's first check rather than during it. Together they reach every recognizer.
/// </summary>
internal static class WarmUp
{
    public static readonly IReadOnlyList<Post> Samples =
    [
        new("Bel 06-12345678 of mail naar info@example.nl.") { Language = PostLanguage.Dutch },
        new("Meneer Bakker ligt op kamer 3 van de afdeling cardiologie in Utrecht, geboren 1 mei 1950.") { Language = PostLanguage.Dutch },
        new("Wat een stomme collega's! Dit middel geneest altijd. Zie https://intranet.example.nl/rooster") { Language = PostLanguage.Dutch },
        new("Good morning colleagues, Mrs Smith in bed 4 was discharged today; call 020 7946 0000 with questions."),
    ];
}

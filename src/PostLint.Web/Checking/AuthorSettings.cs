namespace PostLint.Web.Checking;

/// <summary>What the author tells the page about themself and where the post goes; empty strings mean "not said".</summary>
public sealed record AuthorSettings
{
    /// <summary><c>auto</c>, <c>nl</c> or <c>en</c>.</summary>
    public string Language { get; init; } = "auto";

    /// <summary>A platform code the engine knows (<c>x</c>, <c>linkedin</c>, …) or empty.</summary>
    public string Platform { get; init; } = "";

    /// <summary>A role code the engine knows (<c>gp</c>, <c>nurse</c>, <c>institution</c>, …) or empty.</summary>
    public string Role { get; init; } = "";

    /// <summary>Free text such as <c>dermatologie</c> or <c>cardiology</c>; the engine matches Dutch and English names.</summary>
    public string Specialty { get; init; } = "";

    /// <summary><c>professional</c>, <c>private</c> or empty.</summary>
    public string Account { get; init; } = "";

    /// <summary>The post to check with these settings.</summary>
    public Post ToPost(string text)
    {
        var language = PostLanguageNames.TryParse(Language, out var parsed) ? parsed : PostLanguage.Auto;
        var account = Account switch
        {
            "professional" => AccountKind.Professional,
            "private" => AccountKind.Private,
            _ => AccountKind.Unknown,
        };
        return new Post(text)
        {
            Language = language,
            Platform = NullIfEmpty(Platform),
            Author = new AuthorProfile(NullIfEmpty(Role), NullIfEmpty(Specialty.Trim()), account),
        };
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}

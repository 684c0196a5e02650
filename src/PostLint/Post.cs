namespace PostLint;

/// <summary>A draft post and what is known about it.</summary>
public sealed record Post
{
    /// <summary>Creates a post from its text.</summary>
    public Post(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
    }

    /// <summary>The text to check, exactly as it will be posted.</summary>
    public string Text { get; }

    /// <summary>The post's language; <see cref="PostLanguage.Auto"/> detects it from the text.</summary>
    public PostLanguage Language { get; init; } = PostLanguage.Auto;

    /// <summary>Where it will be posted (<c>x</c>, <c>linkedin</c>, <c>facebook</c>, <c>instagram</c>, <c>mastodon</c>, <c>forum</c>), if known.</summary>
    public string? Platform { get; init; }

    /// <summary>Who writes it; fields left null fall back to the configured profile.</summary>
    public AuthorProfile Author { get; init; } = AuthorProfile.Unknown;

    /// <summary>Images, screenshots or files attached to the post.</summary>
    public IReadOnlyList<Attachment> Attachments { get; init; } = [];

    /// <summary>Rule IDs suppressed for this post (e.g. from front matter), with the reason given.</summary>
    public IReadOnlyList<Suppression> Suppressions { get; init; } = [];

    /// <summary>Caller's identifier for the post (e.g. the <c>id</c> of a JSON Lines record).</summary>
    public string? Id { get; init; }

    /// <summary>The file the post came from, if any.</summary>
    public string? SourcePath { get; init; }

    /// <summary>Maps offsets in <see cref="Text"/> to positions in the source file; by default positions in the text itself.</summary>
    public SourceMap? SourceMap { get; init; }
}

/// <summary>Language of a post.</summary>
public enum PostLanguage
{
    /// <summary>Detect from the text.</summary>
    Auto,

    /// <summary>Dutch.</summary>
    Dutch,

    /// <summary>English.</summary>
    English,
}

/// <summary>Contract names (<c>nl</c>, <c>en</c>, <c>auto</c>) of languages.</summary>
public static class PostLanguageNames
{
    /// <summary>The ISO 639-1 code, or <c>auto</c>.</summary>
    public static string ToCode(this PostLanguage language) => language switch
    {
        PostLanguage.Dutch => "nl",
        PostLanguage.English => "en",
        _ => "auto",
    };

    /// <summary>Parses <c>nl</c>, <c>en</c> or <c>auto</c> (also <c>dutch</c>, <c>english</c>, <c>nederlands</c>).</summary>
    public static bool TryParse(string? code, out PostLanguage language)
    {
        switch (code?.Trim().ToLowerInvariant())
        {
            case "nl" or "nld" or "dutch" or "nederlands": language = PostLanguage.Dutch; return true;
            case "en" or "eng" or "english" or "engels": language = PostLanguage.English; return true;
            case "auto" or "" or null: language = PostLanguage.Auto; return true;
            default: language = PostLanguage.Auto; return false;
        }
    }
}

/// <summary>Whether an account is used professionally or privately.</summary>
public enum AccountKind
{
    /// <summary>Not known.</summary>
    Unknown,

    /// <summary>A professional or institutional account.</summary>
    Professional,

    /// <summary>A private, personal account.</summary>
    Private,
}

/// <summary>Who writes a post.</summary>
/// <param name="Role">Role such as <c>gp</c>, <c>nurse</c>, <c>cardiologist</c>, <c>institution</c>, <c>patient</c>.</param>
/// <param name="Specialty">Field of expertise (e.g. <c>dermatology</c>); null when unknown.</param>
/// <param name="Account">Professional or private account.</param>
public sealed record AuthorProfile(string? Role = null, string? Specialty = null, AccountKind Account = AccountKind.Unknown)
{
    /// <summary>Nothing known about the author.</summary>
    public static readonly AuthorProfile Unknown = new();

    /// <summary>Fills what this profile leaves open from <paramref name="defaults"/>.</summary>
    public AuthorProfile WithDefaults(AuthorProfile defaults) => new(
        Role ?? defaults.Role,
        Specialty ?? defaults.Specialty,
        Account == AccountKind.Unknown ? defaults.Account : Account);
}

/// <summary>A file attached to a post, as far as text can describe it.</summary>
/// <param name="FileName">File name, e.g. <c>screenshot-epd.png</c>.</param>
/// <param name="AltText">Alternative text or caption, if any.</param>
public sealed record Attachment(string? FileName, string? AltText = null);

/// <summary>A rule switched off for one post, with the reason the author gave.</summary>
/// <param name="RuleId">The suppressed rule.</param>
/// <param name="Reason">Why it is suppressed.</param>
public sealed record Suppression(string RuleId, string Reason);

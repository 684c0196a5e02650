using PostLint.Diagnostics;

namespace PostLint.Web.Checking;

/// <summary>
/// Every word of the interface, in Dutch and in English. The findings themselves come from the engine,
/// in the post's language.
/// </summary>
public sealed record UiText
{
    public required string Code { get; init; }
    public required string SwitchTo { get; init; }
    public required string Tagline { get; init; }
    public required string PrivacyNote { get; init; }
    public required string DraftLabel { get; init; }
    public required string DraftHint { get; init; }
    public required string Check { get; init; }
    public required string Preparing { get; init; }
    public required string FindingsHeading { get; init; }
    public required string NothingYet { get; init; }
    public required string NothingFound { get; init; }
    public required string Outdated { get; init; }
    public required Func<int, string> Count { get; init; }
    public required string Error { get; init; }
    public required string Warning { get; init; }
    public required string Info { get; init; }
    public required Func<string, string> About { get; init; }
    public required Func<string, string> ApplyFix { get; init; }
    public required string VerdictHeading { get; init; }
    public required string VerdictEmpty { get; init; }
    public required string VerdictClean { get; init; }
    public required string VerdictReview { get; init; }
    public required string VerdictPause { get; init; }
    public required Func<int, string> Countdown { get; init; }
    public required string PauseDone { get; init; }
    public required string Copy { get; init; }
    public required string Copied { get; init; }
    public required string SettingsHeading { get; init; }
    public required string SettingsNote { get; init; }
    public required string LanguageLabel { get; init; }
    public required IReadOnlyList<(string Value, string Label)> Languages { get; init; }
    public required string PlatformLabel { get; init; }
    public required string NotSaid { get; init; }
    public required string RoleLabel { get; init; }
    public required IReadOnlyList<(string Value, string Label)> Roles { get; init; }
    public required string SpecialtyLabel { get; init; }
    public required string SpecialtyHint { get; init; }
    public required IReadOnlyList<string> Specialties { get; init; }
    public required string AccountLabel { get; init; }
    public required IReadOnlyList<(string Value, string Label)> Accounts { get; init; }

    /// <summary>Platforms are brand names, the same in both languages.</summary>
    public static readonly IReadOnlyList<(string Value, string Label)> Platforms =
        [("x", "X (Twitter)"), ("linkedin", "LinkedIn"), ("facebook", "Facebook"), ("instagram", "Instagram"), ("mastodon", "Mastodon"), ("forum", "Forum")];

    public string Severity(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => Error,
        DiagnosticSeverity.Warning => Warning,
        _ => Info,
    };

    public static readonly UiText Dutch = new()
    {
        Code = "nl",
        SwitchTo = "English",
        Tagline = "Tel tot tien voordat je plaatst.",
        PrivacyNote = "Je bericht wordt hier in je browser gecontroleerd en gaat nergens heen.",
        DraftLabel = "Je bericht",
        DraftHint = "Typ of plak je tekst. We kijken mee terwijl je schrijft.",
        Check = "Controleer",
        Preparing = "De controle wordt klaargezet…",
        FindingsHeading = "Wat opvalt",
        NothingYet = "Nog niets te controleren.",
        NothingFound = "Niets gevonden.",
        Outdated = "Je tekst is veranderd; de controle loopt zo weer.",
        Count = n => n == 1 ? "1 punt om na te kijken." : $"{n} punten om na te kijken.",
        Error = "Moet eruit",
        Warning = "Let op",
        Info = "Om over na te denken",
        About = id => $"Waarom? ({id})",
        ApplyFix = title => $"Pas aan: {title}",
        VerdictHeading = "Klaar om te plaatsen?",
        VerdictEmpty = "Zodra je iets typt, zie je hier of je het zo kunt plaatsen.",
        VerdictClean = "Er valt niets op. Lees het nog één keer rustig door.",
        VerdictReview = "Kijk de punten hieronder na voordat je plaatst.",
        VerdictPause = "Tel tot tien.",
        Countdown = s => s == 1 ? "Nog 1 seconde voordat je kunt kopiëren." : $"Nog {s} seconden voordat je kunt kopiëren.",
        PauseDone = "Je hebt tot tien geteld. Kopiëren kan nu.",
        Copy = "Kopieer om te plaatsen",
        Copied = "Gekopieerd.",
        SettingsHeading = "Over jou en je bericht",
        SettingsNote = "Deze keuzes blijven alleen in deze browser bewaard.",
        LanguageLabel = "Taal van het bericht",
        Languages = [("auto", "Zelf herkennen"), ("nl", "Nederlands"), ("en", "Engels")],
        PlatformLabel = "Waar plaats je het?",
        NotSaid = "Niet opgegeven",
        RoleLabel = "Je rol",
        Roles = [("gp", "Huisarts"), ("nurse", "Verpleegkundige"), ("doctor", "Arts of specialist"), ("communications officer", "Communicatie of woordvoering"), ("institution", "Account van de instelling")],
        SpecialtyLabel = "Je vakgebied",
        SpecialtyHint = "Bijvoorbeeld cardiologie of dermatologie.",
        Specialties = ["cardiologie", "dermatologie", "fysiotherapie", "huisarts", "interne geneeskunde", "kindergeneeskunde", "ouderengeneeskunde", "psychiatrie", "spoedeisende geneeskunde"],
        AccountLabel = "Account",
        Accounts = [("professional", "Zakelijk"), ("private", "Privé")],
    };

    public static readonly UiText English = new()
    {
        Code = "en",
        SwitchTo = "Nederlands",
        Tagline = "Count to ten before you post.",
        PrivacyNote = "Your post is checked here in your browser and goes nowhere.",
        DraftLabel = "Your post",
        DraftHint = "Type or paste your text. We check it as you write.",
        Check = "Check",
        Preparing = "Getting the check ready…",
        FindingsHeading = "What we found",
        NothingYet = "Nothing to check yet.",
        NothingFound = "Nothing found.",
        Outdated = "Your text has changed; the check will run again in a moment.",
        Count = n => n == 1 ? "1 point to look at." : $"{n} points to look at.",
        Error = "Must go",
        Warning = "Take care",
        Info = "Worth a thought",
        About = id => $"Why? ({id})",
        ApplyFix = title => $"Change: {title}",
        VerdictHeading = "Ready to post?",
        VerdictEmpty = "Once you type something, you will see here whether it is ready to post.",
        VerdictClean = "Nothing stands out. Read it through calmly once more.",
        VerdictReview = "Look at the points below before you post.",
        VerdictPause = "Count to ten.",
        Countdown = s => s == 1 ? "1 second before you can copy." : $"{s} seconds before you can copy.",
        PauseDone = "You have counted to ten. You can copy now.",
        Copy = "Copy to post",
        Copied = "Copied.",
        SettingsHeading = "About you and your post",
        SettingsNote = "These choices are kept in this browser only.",
        LanguageLabel = "Language of the post",
        Languages = [("auto", "Detect"), ("nl", "Dutch"), ("en", "English")],
        PlatformLabel = "Where will you post it?",
        NotSaid = "Not said",
        RoleLabel = "Your role",
        Roles = [("gp", "GP"), ("nurse", "Nurse"), ("doctor", "Doctor or specialist"), ("communications officer", "Communications or press"), ("institution", "The institution's account")],
        SpecialtyLabel = "Your specialty",
        SpecialtyHint = "For example cardiology or dermatology.",
        Specialties = ["cardiology", "dermatology", "emergency medicine", "general practice", "geriatrics", "internal medicine", "paediatrics", "physiotherapy", "psychiatry"],
        AccountLabel = "Account",
        Accounts = [("professional", "Professional"), ("private", "Private")],
    };
}

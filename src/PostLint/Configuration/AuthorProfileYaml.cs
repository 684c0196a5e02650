using YamlDotNet.RepresentationModel;

namespace PostLint.Configuration;

/// <summary>Reads an <c>author: {role, specialty, account}</c> block, shared by configuration and front matter.</summary>
internal static class AuthorProfileYaml
{
    private static readonly string[] Keys = ["role", "specialty", "account"];

    public static AuthorProfile Read(YamlSource document, YamlNode node, string where)
    {
        var profile = AuthorProfile.Unknown;
        foreach (var (key, keyNode, value) in document.Entries(document.Mapping(node, where)))
        {
            profile = key switch
            {
                "role" => profile with { Role = NullIfEmpty(document.Scalar(value, where + ".role")) },
                "specialty" => profile with { Specialty = NullIfEmpty(document.Scalar(value, where + ".specialty")) },
                "account" => profile with { Account = ParseAccount(document, value, where + ".account") },
                _ => throw document.UnknownKey(keyNode, key, where, Keys),
            };
        }

        return profile;
    }

    /// <summary>Parses <c>professional</c> or <c>private</c> (also <c>personal</c>, <c>prive</c>, <c>privé</c>, <c>zakelijk</c>).</summary>
    public static bool TryParseAccount(string? text, out AccountKind account)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "professional" or "work" or "zakelijk" or "professioneel" or "institution": account = AccountKind.Professional; return true;
            case "private" or "personal" or "prive" or "privé": account = AccountKind.Private; return true;
            case "unknown" or "" or null: account = AccountKind.Unknown; return true;
            default: account = AccountKind.Unknown; return false;
        }
    }

    private static AccountKind ParseAccount(YamlSource document, YamlNode node, string what) =>
        TryParseAccount(document.Scalar(node, what), out var account)
            ? account
            : throw document.Error(node, $"{what} must be 'professional' or 'private'");

    private static string? NullIfEmpty(string value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

using Microsoft.JSInterop;

namespace PostLint.Web.Checking;

/// <summary>
/// Keeps the author's settings and the interface language in the browser's local storage, one key per
/// field, and nowhere else. The draft itself is never stored.
/// </summary>
public sealed class SettingsStore(IJSRuntime js)
{
    private const string Prefix = "postlint.";

    private IJSInProcessRuntime Storage => (IJSInProcessRuntime)js;

    public AuthorSettings Load() => new()
    {
        Language = Read("language") ?? "auto",
        Platform = Read("platform") ?? "",
        Role = Read("role") ?? "",
        Specialty = Read("specialty") ?? "",
        Account = Read("account") ?? "",
    };

    public void Save(AuthorSettings settings)
    {
        Write("language", settings.Language);
        Write("platform", settings.Platform);
        Write("role", settings.Role);
        Write("specialty", settings.Specialty);
        Write("account", settings.Account);
    }

    /// <summary>The interface language chosen earlier (<c>nl</c> or <c>en</c>), else the browser's.</summary>
    public UiText LoadInterfaceLanguage()
    {
        var code = Read("interface") ?? Storage.Invoke<string>("postLint.browserLanguage");
        return code.StartsWith("nl", StringComparison.OrdinalIgnoreCase) ? UiText.Dutch : UiText.English;
    }

    public void SaveInterfaceLanguage(UiText text) => Write("interface", text.Code);

    private string? Read(string key) => Storage.Invoke<string?>("localStorage.getItem", Prefix + key);

    private void Write(string key, string value) => Storage.InvokeVoid("localStorage.setItem", Prefix + key, value);
}

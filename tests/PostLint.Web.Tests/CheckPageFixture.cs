using Microsoft.Playwright;

namespace PostLint.Web.Tests;

/// <summary>One server and one headless Chromium for all page tests; each test opens its own browser context.</summary>
public sealed class CheckPageFixture : IAsyncLifetime
{
    /// <summary>Debian's chromium; <c>POSTLINT_CHROMIUM</c> names another Chromium build.</summary>
    private static string ChromiumPath => Environment.GetEnvironmentVariable("POSTLINT_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    private ServerProcess? _server;
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public Uri Address => _server!.Address;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new FileNotFoundException($"No Chromium at {ChromiumPath}: install it (apt-get install -y chromium) or set POSTLINT_CHROMIUM.");
        }

        _server = await ServerProcess.StartAsync();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = ChromiumPath, Headless = true });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class CheckPageGroup : ICollectionFixture<CheckPageFixture>
{
    public const string Name = "check page";
}

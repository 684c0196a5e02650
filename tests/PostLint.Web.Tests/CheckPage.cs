using Microsoft.Playwright;

namespace PostLint.Web.Tests;

/// <summary>The check page in one browser context, with the traffic it makes and the steps a person takes.</summary>
internal sealed class CheckPage : IAsyncDisposable
{
    /// <summary>Bounds every wait on the page; generous because the machine running CI is shared.</summary>
    public const float Timeout = 60_000;

    private readonly IBrowserContext _context;

    private CheckPage(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
        Traffic = new DraftTraffic(context, page);
        page.SetDefaultTimeout(Timeout);
    }

    public IPage Page { get; }

    public DraftTraffic Traffic { get; }

    public ILocator Draft => Page.Locator("textarea#post");

    public ILocator Findings => Page.Locator("#findings li[data-rule-id]");

    public ILocator Verdict => Page.Locator("#verdict");

    public static async Task<CheckPage> OpenAsync(CheckPageFixture fixture, string locale, ViewportSize? viewport = null)
    {
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = locale,
            ViewportSize = viewport ?? new ViewportSize { Width = 1280, Height = 900 },
        });
        var page = new CheckPage(context, await context.NewPageAsync());
        await page.Page.GotoAsync(fixture.Address.ToString());
        await page.Draft.WaitForAsync();
        return page;
    }

    /// <summary>Waits until the findings shown are those of the text now in the draft, and returns their rule IDs.</summary>
    public async Task<IReadOnlyList<string>> RuleIdsAsync()
    {
        await Page.Locator("#findings-summary[data-checked='true']").WaitForAsync();
        var ids = await Findings.EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.ruleId)");
        return ids;
    }

    public async Task WaitForFindingAsync(string ruleId) =>
        await Page.Locator($"#findings li[data-rule-id='{ruleId}']").WaitForAsync();

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();
}

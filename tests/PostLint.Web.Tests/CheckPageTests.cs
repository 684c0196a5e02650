using System.Diagnostics;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace PostLint.Web.Tests;

[Collection(CheckPageGroup.Name)]
public sealed class CheckPageTests(CheckPageFixture fixture, ITestOutputHelper output)
{
    private const string DutchDraft = "Mevrouw de Vries (06-23456781) uit kamer 12 mag morgen naar huis.";
    private const string EnglishDraft = "Mr John Carter in bed 4 keeps asking for his daughter; you can reach her at kate.carter71@gmail.com.";

    [Fact]
    public async Task A_risky_Dutch_draft_shows_the_name_and_the_phone_number_and_the_verdict_and_sends_nothing()
    {
        var opened = Stopwatch.StartNew();
        await using var page = await CheckPage.OpenAsync(fixture, "nl-NL");

        await page.Draft.PressSequentiallyAsync(DutchDraft);
        var ids = await page.RuleIdsAsync();
        await page.WaitForFindingAsync("PL1002");
        output.WriteLine($"first check shown {opened.ElapsedMilliseconds} ms after opening the page");

        ids.Should().Contain(["PL1001", "PL1002"]);
        (await page.Verdict.InnerTextAsync()).Should().NotBeNullOrWhiteSpace();
        (await page.Page.Locator("li[data-rule-id='PL1001'] .message").InnerTextAsync()).Should().Contain("de Vries").And.Contain("patiënt");
        var rulePage = await page.Page.Locator("li[data-rule-id='PL1001'] a.rule-link").GetAttributeAsync("href");
        rulePage.Should().EndWith("/PL1001.md");
        if (!Uri.IsWellFormedUriString(rulePage, UriKind.Absolute))
        {
            var served = await page.Page.APIRequest.GetAsync(new Uri(fixture.Address, rulePage).ToString());
            served.Status.Should().Be(200);
            (await served.TextAsync()).Should().StartWith("# PL1001");
        }

        (await page.Page.Locator(".backdrop mark").AllInnerTextsAsync()).Should().Contain(text => text.Contains("Vries"));
        page.Traffic.ShouldStayOnOriginWithout(fixture.Address, DutchDraft, "06-23456781", "23456781", "de Vries", "kamer 12");
    }

    [Fact]
    public async Task A_risky_English_draft_shows_its_findings_in_English()
    {
        await using var page = await CheckPage.OpenAsync(fixture, "en-GB");

        await page.Draft.FillAsync(EnglishDraft);
        var ids = await page.RuleIdsAsync();

        ids.Should().Contain(["PL1001", "PL1003"]);
        (await page.Page.Locator("li[data-rule-id='PL1003'] .message").InnerTextAsync()).Should().Contain("kate.carter71@gmail.com").And.Contain("person");
        (await page.Page.Locator("li[data-rule-id='PL1003'] .message").GetAttributeAsync("lang")).Should().Be("en");
        page.Traffic.ShouldStayOnOriginWithout(fixture.Address, EnglishDraft, "kate.carter71", "John Carter");
    }

    [Fact]
    public async Task Applying_a_fix_changes_the_draft_and_the_finding_goes()
    {
        await using var page = await CheckPage.OpenAsync(fixture, "nl-NL");
        await page.Draft.FillAsync("Mail haar even op els.jansen1962@gmail.com, dan weet ze het vanavond nog.");
        await page.WaitForFindingAsync("PL1003");

        await page.Page.Locator("li[data-rule-id='PL1003'] button.fix").First.ClickAsync();
        await page.Page.Locator("li[data-rule-id='PL1003']").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Detached });

        (await page.Draft.InputValueAsync()).Should().NotContain("els.jansen1962@gmail.com").And.StartWith("Mail haar even op ").And.EndWith(", dan weet ze het vanavond nog.");
        (await page.RuleIdsAsync()).Should().NotContain("PL1003");
    }

    [Fact]
    public async Task When_a_pause_is_advised_copying_waits_for_a_visible_countdown_of_ten_seconds()
    {
        await using var page = await CheckPage.OpenAsync(fixture, "nl-NL");
        var copy = page.Page.Locator("#copy");

        await page.Draft.FillAsync("Wat een idioot is die nieuwe collega op de SEH, echt niet te geloven.");
        await page.Page.Locator("#verdict[data-advised='true']").WaitForAsync();
        var countdown = page.Page.Locator("#countdown[data-remaining]");
        var first = int.Parse(await countdown.GetAttributeAsync("data-remaining") ?? "", System.Globalization.CultureInfo.InvariantCulture);

        first.Should().BeInRange(8, 10);
        (await page.Verdict.InnerTextAsync()).Should().Contain("Tel tot tien");
        (await copy.IsDisabledAsync()).Should().BeTrue("the author is asked to pause first");
        (await countdown.InnerTextAsync()).Should().Contain("seconden");
        await page.Page.Locator($"#countdown[data-remaining='{first - 2}']").WaitForAsync();
        (await copy.IsDisabledAsync()).Should().BeTrue();

        await page.Page.Locator("#copy:enabled").WaitForAsync(new LocatorWaitForOptions { Timeout = 15_000 });
        (await countdown.GetAttributeAsync("data-remaining")).Should().Be("0");
    }

    [Fact]
    public async Task The_profile_is_remembered_in_local_storage_and_the_draft_is_not()
    {
        await using var page = await CheckPage.OpenAsync(fixture, "nl-NL");
        await page.Page.Locator(".settings summary").ClickAsync();
        await page.Page.Locator("#role").SelectOptionAsync("nurse");
        await page.Page.Locator("#platform").SelectOptionAsync("linkedin");
        await page.Page.Locator("#specialty").FillAsync("cardiologie");
        await page.Page.Locator("#specialty").BlurAsync();
        await page.Draft.FillAsync(DutchDraft);
        await page.RuleIdsAsync();

        await page.Page.ReloadAsync();
        await page.Draft.WaitForAsync();

        (await page.Page.Locator("#role").InputValueAsync()).Should().Be("nurse");
        (await page.Page.Locator("#platform").InputValueAsync()).Should().Be("linkedin");
        (await page.Page.Locator("#specialty").InputValueAsync()).Should().Be("cardiologie");
        (await page.Draft.InputValueAsync()).Should().BeEmpty();
        var stored = await page.Page.EvaluateAsync<string>("() => JSON.stringify(Object.assign({}, localStorage))");
        stored.Should().NotContain("Vries").And.NotContain("23456781");
    }

    [Fact]
    public async Task Every_control_has_a_label_and_the_check_button_works_from_the_keyboard()
    {
        await using var page = await CheckPage.OpenAsync(fixture, "en-GB");
        await page.Page.Locator(".preparing").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Detached });

        foreach (var label in new[] { "Your post", "Language of the post", "Where will you post it?", "Your role", "Your specialty", "Account" })
        {
            (await page.Page.GetByLabel(label, new PageGetByLabelOptions { Exact = true }).CountAsync()).Should().Be(1, label);
        }

        await page.Draft.FocusAsync();
        await page.Page.Keyboard.InsertTextAsync("Call Mrs Patel's son on 07911 123456 tonight.");
        await page.Page.Keyboard.PressAsync("Tab");
        (await page.Page.EvaluateAsync<string>("() => document.activeElement.id")).Should().Be("check");
        await page.Page.Keyboard.PressAsync("Enter");

        (await page.RuleIdsAsync()).Should().NotBeEmpty();
        (await page.Page.Locator("#findings-summary").GetAttributeAsync("aria-live")).Should().Be("polite");
    }

    [Fact]
    public async Task Screenshots_at_desktop_and_phone_width_show_the_whole_page_without_sideways_scrolling()
    {
        var folder = ScreenshotFolder.Path;
        foreach (var (name, viewport) in new[] { ("desktop", new ViewportSize { Width = 1280, Height = 900 }), ("phone", new ViewportSize { Width = 390, Height = 844 }) })
        {
            await using var page = await CheckPage.OpenAsync(fixture, "nl-NL", viewport);
            await page.Draft.FillAsync(DutchDraft + "\nWat een idioot is die nieuwe collega op de SEH.");
            await page.RuleIdsAsync();
            await page.Page.Locator("#countdown[data-remaining]").WaitForAsync();

            var overflow = await page.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
            var path = Path.Combine(folder, $"check-page-{name}.png");
            await page.Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
            output.WriteLine($"{name} screenshot: {path}");

            overflow.Should().BeLessThanOrEqualTo(0, $"at {viewport.Width} px nothing may stick out sideways");
            new FileInfo(path).Length.Should().BePositive();
        }
    }
}

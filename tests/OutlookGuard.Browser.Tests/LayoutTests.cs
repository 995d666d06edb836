using Microsoft.Playwright;
using OutlookGuard.Browser.Tests.Infrastructure;

namespace OutlookGuard.Browser.Tests;

/// <summary>
/// Every state of the pane, in English and Japanese, at Outlook's pane widths (320, 360 and 450 px): no sideways
/// scrolling, and a screenshot of each at 360 px (screenshots/taskpane-{state}-{en|ja}.png in the test output).
/// </summary>
[Collection(BrowserGroup.Name)]
public sealed class LayoutTests(BrowserFixture fixture)
{
    private static readonly int[] Widths = [320, 360, 450];

    public static TheoryData<string, string> StatesAndLanguages()
    {
        var data = new TheoryData<string, string>();
        foreach (var state in new[] { "danger", "caution", "safe", "error", "loading", "details", "high-contrast" })
        {
            data.Add(state, "en-US");
            data.Add(state, "ja-JP");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(StatesAndLanguages))]
    public async Task State_HasNoHorizontalScrollAt320360And450(string state, string displayLanguage)
    {
        var server = fixture.FolderServer;
        var sample = state switch
        {
            "safe" => MailItem.FromSample("colleague-legitimate"),
            // A real caution: a look-alike of a brand domain, nothing forged about the sender itself.
            "caution" => MailItem.FromSample("punycode-lookalike"),
            // A message the mailbox does not hold: the API answers 404 message-not-found, the pane says what to do.
            "error" => MailItem.FromSample("colleague-legitimate", restId: "no-such-message"),
            _ => MailItem.FromSample("colleague-reply-to-gmail"),
        };
        var options = new PaneOptions { Width = 360, Height = 640, HoldAnalysis = state == "loading", HighContrast = state == "high-contrast" };
        await using var pane = await TaskpanePage.OpenAsync(fixture, server, [sample], displayLanguage, options: options);

        await ReachAsync(pane, state);
        await pane.Page.EvaluateAsync("() => document.fonts.ready");
        var language = displayLanguage[..2];
        await pane.ScreenshotAsync($"taskpane-{state}-{language}", fullPage: state == "details");

        foreach (var width in Widths)
        {
            await pane.Page.SetViewportSizeAsync(width, 640);
            Assert.True(await pane.HorizontalOverflowAsync() <= 0, $"{state} ({language}) scrolls sideways at {width} px by {await pane.HorizontalOverflowAsync()} px.");
        }
    }

    [Fact]
    public async Task OverflowCheck_SeesAnElementWiderThanThePane()
    {
        await using var pane = await TaskpanePage.OpenAsync(fixture, fixture.FolderServer, [MailItem.FromSample("colleague-legitimate")]);
        await pane.WaitForVerdictAsync();

        await pane.Page.EvaluateAsync("() => { const d = document.createElement('div'); d.style.width = '600px'; d.style.height = '1px'; document.querySelector('main').append(d); }");

        Assert.True(await pane.HorizontalOverflowAsync() > 0);
    }

    private static async Task ReachAsync(TaskpanePage pane, string state)
    {
        switch (state)
        {
            case "loading":
                await Assertions.Expect(pane.Page.Locator("[data-state=loading]")).ToBeVisibleAsync();
                break;
            case "error":
                await Assertions.Expect(pane.Page.GetByRole(AriaRole.Alert)).ToHaveAttributeAsync("data-error", "notFound");
                break;
            case "details":
                await pane.WaitForVerdictAsync();
                await pane.Page.Locator("#details > summary").ClickAsync();
                await pane.Page.Locator("button[aria-controls]").First.ClickAsync();
                await Assertions.Expect(pane.Page.Locator(".evidence").First).ToBeVisibleAsync();
                break;
            default:
                Assert.Equal(state == "high-contrast" ? "danger" : state, await pane.WaitForVerdictAsync());
                break;
        }
    }
}

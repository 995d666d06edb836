using Microsoft.Playwright;
using OutlookGuard.Browser.Tests.Infrastructure;

namespace OutlookGuard.Browser.Tests;

/// <summary>The "You and this sender" line: shown from the API's relationship summary, hidden when history is off.</summary>
[Collection(BrowserGroup.Name)]
public sealed class RelationshipLineTests(BrowserFixture fixture)
{
    private GuardServer WithSampleMailbox() => new(fixture.Issuer, graph: false, new Dictionary<string, string>
    {
        ["Mailbox:History"] = "Folder",
        ["Mailbox:HistoryFolder"] = Path.Combine(GuardServer.SamplesFolder, "colleague-mailbox"),
    });

    [Fact]
    public async Task HistoryRead_ShowsTheLineUnderTheVerdict()
    {
        await using var server = WithSampleMailbox();
        server.Start();
        await using var pane = await TaskpanePage.OpenAsync(fixture, server, [MailItem.FromSample("colleague-reply-to-gmail")]);

        Assert.Equal("danger", await pane.WaitForVerdictAsync());
        await Assertions.Expect(pane.Page.Locator("#relationship")).ToHaveTextAsync(
            "You and this sender: 7 messages since 2025, always in Japanese, always from inside your organization, you have written to them");
        await pane.ScreenshotAsync("relationship-en");
    }

    [Fact]
    public async Task HistoryRead_Japanese_ShowsTheLineInJapanese()
    {
        await using var server = WithSampleMailbox();
        server.Start();
        await using var pane = await TaskpanePage.OpenAsync(fixture, server, [MailItem.FromSample("colleague-reply-to-gmail")], displayLanguage: "ja-JP");

        Assert.Equal("danger", await pane.WaitForVerdictAsync());
        await Assertions.Expect(pane.Page.Locator("#relationship")).ToHaveTextAsync(
            "この送信者とのやり取り：2025 年以降 7 件、常に日本語、常に組織内から、あなたも送信したことがあります");
    }

    [Fact]
    public async Task HistoryOff_HidesTheLine()
    {
        await using var pane = await TaskpanePage.OpenAsync(fixture, fixture.FolderServer, [MailItem.FromSample("colleague-reply-to-gmail")]);

        Assert.Equal("danger", await pane.WaitForVerdictAsync());
        await Assertions.Expect(pane.Page.Locator("#relationship")).ToHaveCountAsync(0);
    }
}

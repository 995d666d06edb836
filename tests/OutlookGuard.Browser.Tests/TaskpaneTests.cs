using System.Text.Json;
using Microsoft.Playwright;
using OutlookGuard.Browser.Tests.Infrastructure;

namespace OutlookGuard.Browser.Tests;

/// <summary>The taskpane in Chromium against the real API reading the bundled samples (Mailbox:Source=Folder).</summary>
[Collection(BrowserGroup.Name)]
public sealed class TaskpaneTests(BrowserFixture fixture)
{
    private const string BannerKey = "outlookguard-verdict";

    [Fact]
    public async Task DangerMessage_ShowsDangerVerdictFindingsAndErrorBanner()
    {
        var item = MailItem.FromSample("colleague-reply-to-gmail");
        await using var pane = await TaskpanePage.OpenAsync(fixture, fixture.FolderServer, [item]);

        Assert.Equal("danger", await pane.WaitForVerdictAsync());
        var expected = await ExpectedAnalysisAsync(item.RestId, "en");
        var banner = expected.GetProperty("banner").GetString()!;
        Assert.Equal("danger", expected.GetProperty("verdict").GetString());
        await Assertions.Expect(pane.Page.Locator(".verdict__sentence")).ToHaveTextAsync(banner);
        await Assertions.Expect(pane.Page.Locator("#verdict-title")).ToContainTextAsync("Danger");

        var findings = pane.Page.Locator(".finding");
        Assert.Equal(expected.GetProperty("findings").GetArrayLength(), await findings.CountAsync());
        await Assertions.Expect(findings.First.Locator(".finding__title"))
            .ToContainTextAsync(expected.GetProperty("findings")[0].GetProperty("title").GetString()!);

        var call = await pane.WaitForOfficeCallAsync(c => c.Api == "replaceAsync");
        Assert.Equal(BannerKey, call.Key);
        Assert.Equal("errorMessage", call.Type);
        Assert.Equal(banner.Length <= 150 ? banner : banner[..149].TrimEnd() + "…", call.Message);
        Assert.True(call.Message!.Length <= 150);

        await pane.ScreenshotAsync("danger-en");
    }

    [Fact]
    public async Task DangerMessage_ShowsTheSendingPathWithOriginCountryAndHops()
    {
        var item = MailItem.FromSample("colleague-reply-to-gmail");
        await using var pane = await TaskpanePage.OpenAsync(fixture, fixture.FolderServer, [item]);
        Assert.Equal("danger", await pane.WaitForVerdictAsync());

        var expected = await ExpectedAnalysisAsync(item.RestId, "en");
        var hops = expected.GetProperty("path").GetProperty("received").GetArrayLength();
        Assert.True(hops > 0);

        // The sample entered Exchange Online from an ISP relay in the United States (CIP 198.51.100.77, CTRY US).
        await Assertions.Expect(pane.Page.Locator(".path__origin")).ToContainTextAsync("United States · 198.51.100.77");
        Assert.Equal(hops, await pane.Page.Locator(".path__hops .hop").CountAsync());
        await Assertions.Expect(pane.Page.Locator(".path__hops .hop", new() { HasText = "[198.51.100.77]" })).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task CautionVerdict_ShowsCautionAndAnInformationalBannerWithTheIcon()
    {
        // A tenant policy that lowers the two high-severity rules to medium and turns off the wording rule (which
        // would raise the verdict one step) makes the attack sample a caution.
        await using var server = new GuardServer(fixture.Issuer, graph: false, new Dictionary<string, string>
        {
            ["Guard:Rules:reply-to-mismatch:Severity"] = "Medium",
            ["Guard:Rules:internal-domain-spoof:Severity"] = "Medium",
            ["Guard:Rules:bec-content:Enabled"] = "false",
        });
        server.Start();
        var item = MailItem.FromSample("colleague-reply-to-gmail");
        await using var pane = await TaskpanePage.OpenAsync(fixture, server, [item]);

        Assert.Equal("caution", await pane.WaitForVerdictAsync());
        await Assertions.Expect(pane.Page.Locator("#verdict-title")).ToContainTextAsync("Caution");
        var call = await pane.WaitForOfficeCallAsync(c => c.Api == "replaceAsync");
        Assert.Equal(BannerKey, call.Key);
        Assert.Equal("informationalMessage", call.Type);
        Assert.Equal("Icon.16", call.Icon);
        await Assertions.Expect(pane.Page.Locator(".verdict__sentence")).ToHaveTextAsync(call.Message!);
        await pane.ScreenshotAsync("caution-en");
    }

    [Fact]
    public async Task Open_ConvertsToRestIdV2_AndSendsOnlyTheNaaAccessToken()
    {
        var item = MailItem.FromSample("colleague-legitimate");
        await using var pane = await TaskpanePage.OpenAsync(fixture, fixture.FolderServer, [item]);
        await pane.WaitForVerdictAsync();

        var convert = await pane.WaitForOfficeCallAsync(c => c.Api == "convertToRestId");
        Assert.Equal(item.ItemId, convert.ItemId);
        Assert.Equal("v2.0", convert.RestVersion);

        var get = Assert.Single(pane.ApiCalls);
        Assert.Equal("GET", get.Method);
        Assert.Equal($"/api/messages/{item.RestId}/analysis", get.Path);
        Assert.Equal(200, get.Status);
        Assert.Equal("Bearer " + pane.AccessToken, get.Authorization);
        Assert.DoesNotContain(pane.IdToken, get.Authorization, StringComparison.Ordinal);

        var naa = await pane.NaaRequestsAsync();
        Assert.Contains(naa, r => r.GetProperty("method").GetString() == "GetToken"
            && r.GetProperty("scope").GetString() == TestIssuer.Scope
            && r.GetProperty("clientId").GetString() == TestIssuer.ClientId);
    }

    [Fact]
    public async Task MobileHost_UsesTheItemIdAsRestIdWithoutConverting()
    {
        var item = MailItem.FromSample("colleague-legitimate", itemId: "colleague-legitimate");
        await using var pane = await TaskpanePage.OpenAsync(fixture, fixture.FolderServer, [item], hostName: "OutlookIOS");
        await pane.WaitForVerdictAsync();

        Assert.DoesNotContain(await pane.OfficeCallsAsync(), c => c.Api == "convertToRestId");
        Assert.Equal("/api/messages/colleague-legitimate/analysis", Assert.Single(pane.ApiCalls).Path);
    }

    [Fact]
    public async Task SafeMessage_RemovesTheBanner()
    {
        var item = MailItem.FromSample("colleague-legitimate");
        await using var pane = await TaskpanePage.OpenAsync(fixture, fixture.FolderServer, [item]);

        Assert.Equal("safe", await pane.WaitForVerdictAsync());
        var remove = await pane.WaitForOfficeCallAsync(c => c.Api == "removeAsync");
        Assert.Equal(BannerKey, remove.Key);
        Assert.DoesNotContain(await pane.OfficeCallsAsync(), c => c.Api == "replaceAsync");
        await Assertions.Expect(pane.Page.Locator("#verdict-title")).ToContainTextAsync("No warning signs");
        await pane.ScreenshotAsync("safe-en");
    }

    [Fact]
    public async Task JapaneseDisplayLanguage_RendersJapaneseAndAsksTheApiInJapanese()
    {
        var item = MailItem.FromSample("colleague-reply-to-gmail");
        await using var pane = await TaskpanePage.OpenAsync(fixture, fixture.FolderServer, [item], displayLanguage: "ja-JP");

        Assert.Equal("danger", await pane.WaitForVerdictAsync());
        Assert.Equal("ja", await pane.Page.EvaluateAsync<string>("() => document.documentElement.lang"));
        await Assertions.Expect(pane.Page.Locator("#verdict-title")).ToContainTextAsync("危険");
        await Assertions.Expect(pane.Page.Locator("#findings-title")).ToHaveTextAsync("OutlookGuard が見つけたこと");
        Assert.Equal("ja", Assert.Single(pane.ApiCalls).AcceptLanguage);

        var expected = await ExpectedAnalysisAsync(item.RestId, "ja");
        await Assertions.Expect(pane.Page.Locator(".verdict__sentence")).ToHaveTextAsync(expected.GetProperty("banner").GetString()!);
        await pane.ScreenshotAsync("danger-ja");
    }

    [Fact]
    public async Task PinnedPane_ItemChangedToNothingThenToAMessage_ShowsHintThenAnalyzesIt()
    {
        var first = MailItem.FromSample("colleague-legitimate");
        var second = MailItem.FromSample("colleague-reply-to-gmail");
        await using var pane = await TaskpanePage.OpenAsync(fixture, fixture.FolderServer, [first, second]);
        Assert.Equal("safe", await pane.WaitForVerdictAsync());
        await pane.WaitForOfficeCallAsync(c => c.Api == "addHandlerAsync" && c.EventType == "olkItemSelectedChanged");

        await pane.Page.EvaluateAsync("() => window.__selectItem(null)");
        await Assertions.Expect(pane.Page.Locator("#status")).ToHaveTextAsync("Select a message to check it.");
        await Assertions.Expect(pane.Page.Locator("section.verdict")).ToHaveCountAsync(0);

        await pane.Page.EvaluateAsync("() => window.__selectItem(1)");
        await Assertions.Expect(pane.Page.Locator("section.verdict")).ToHaveAttributeAsync("data-verdict", "danger");
        var replace = await pane.WaitForOfficeCallAsync(c => c.Api == "replaceAsync");
        Assert.Equal(second.ItemId, replace.ItemId);
        Assert.Equal(2, pane.ApiCalls.Count);
    }

    [Fact]
    public async Task Keyboard_TabToEvidenceAndPressEnter_ExpandsAndCollapsesIt()
    {
        var item = MailItem.FromSample("colleague-reply-to-gmail");
        await using var pane = await TaskpanePage.OpenAsync(fixture, fixture.FolderServer, [item]);
        await pane.WaitForVerdictAsync();
        var toggle = pane.Page.Locator(".finding").First.Locator("button[aria-controls]");
        var tableId = await toggle.GetAttributeAsync("aria-controls");
        var table = pane.Page.Locator($"#{tableId}");
        await Assertions.Expect(table).ToBeHiddenAsync();

        // The findings live under the "Details for IT / security" expander, closed by default: open it first.
        var summary = pane.Page.Locator("#details > summary");
        Assert.True(await TabToAsync(pane, summary), "Tab never reached the details expander.");
        await pane.Page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(pane.Page.Locator("#details")).ToHaveAttributeAsync("open", "");
        var reached = await TabToAsync(pane, toggle);

        Assert.True(reached, "Tab never reached the first finding's evidence button.");
        await pane.Page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(toggle).ToHaveAttributeAsync("aria-expanded", "true");
        await Assertions.Expect(table).ToBeVisibleAsync();
        await Assertions.Expect(table.Locator("tbody tr").First).ToBeVisibleAsync();
        await pane.ScreenshotAsync("danger-evidence-open");

        await pane.Page.Keyboard.PressAsync("Space");
        await Assertions.Expect(toggle).ToHaveAttributeAsync("aria-expanded", "false");
        await Assertions.Expect(table).ToBeHiddenAsync();
    }

    private static async Task<bool> TabToAsync(TaskpanePage pane, ILocator target)
    {
        for (var i = 0; i < 20; i++)
        {
            await pane.Page.Keyboard.PressAsync("Tab");
            if (await target.EvaluateAsync<bool>("b => document.activeElement === b"))
            {
                return true;
            }
        }

        return false;
    }

    private Task<JsonElement> ExpectedAnalysisAsync(string restId, string language) => fixture.AnalysisAsync(restId, language);
}

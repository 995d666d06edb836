using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using OutlookGuard.Browser.Tests.Infrastructure;

namespace OutlookGuard.Browser.Tests;

/// <summary>
/// The reply guard's event script (events.html + the bundled events.js) in Chromium, against the real API reading the
/// bundled samples: the compose stand-in fires OnNewMessageCompose and OnMessageSend and records event.completed.
/// </summary>
[Collection(BrowserGroup.Name)]
public sealed class ReplyGuardTests(BrowserFixture fixture)
{
    private const string SeedMessageId = "<20261117091236.4AH9CbTq031877@smtp.sunshine-broadband.example>";
    private const string OnCompose = "onNewMessageCompose";
    private const string OnSend = "onMessageSend";
    private static readonly ComposeRecipient SeedReplyTo = new("Haruto Mori", "haruto.mori.office@gmail.com");
    private static readonly ComposeRecipient SeedFrom = new("Haruto Mori", "haruto.mori@hanabi-foods.co.jp");

    private static ComposeItem SeedReply(params ComposeRecipient[] to) =>
        new("reply", SeedMessageId, "AAQkAGI2TG93AAAQAKW0hJ8kqQJIozA1cNvvd38=", to, "RE: Quick question", "What happened? I didn't get the details.");

    [Fact]
    public async Task EventScript_AssociatesBothHandlersTheManifestNames()
    {
        await using var compose = await ComposePage.OpenAsync(fixture, fixture.FolderServer, SeedReply(SeedFrom));

        Assert.Equal([OnCompose, OnSend], await compose.AssociatedAsync());
    }

    [Fact]
    public async Task SeedReplyToTheReplyTo_ShowsTheBar_BlocksTheFirstSend_AllowsTheSecond()
    {
        await using var compose = await ComposePage.OpenAsync(fixture, fixture.FolderServer, SeedReply(SeedReplyTo));
        var expected = await ExpectedAsync(SeedReplyTo, "en");

        var opened = await compose.FireAsync(OnCompose);
        var first = await compose.FireAsync(OnSend);
        var second = await compose.FireAsync(OnSend);

        Assert.True(opened.Allowed);
        var bar = Assert.Single(await compose.OfficeCallsAsync(), c => c.Api == "replaceAsync");
        Assert.Equal("outlookguard-reply", bar.Key);
        Assert.Equal("informationalMessage", bar.Type);
        Assert.Equal(expected.GetProperty("banner").GetString(), bar.Message);
        Assert.Equal("Icon.16", bar.Icon);
        await Assertions.Expect(compose.Page.Locator(".notification__message")).ToHaveTextAsync(bar.Message!);

        Assert.False(first.Allowed);
        Assert.Equal(expected.GetProperty("message").GetString(), first.ErrorMessage);
        Assert.StartsWith("Your reply goes to haruto.mori.office@gmail.com, not to Haruto Mori (haruto.mori@hanabi-foods.co.jp).", first.ErrorMessage, StringComparison.Ordinal);
        Assert.InRange(first.ErrorMessage!.Length, 1, 500);
        Assert.True(second.Allowed);

        var checks = compose.ApiCalls.Where(c => c.Path == "/api/replies/check").ToList();
        Assert.Equal(3, checks.Count);
        Assert.All(checks, c => Assert.Equal(200, c.Status));
        Assert.All(checks, c => Assert.StartsWith("Bearer ey", c.Authorization, StringComparison.Ordinal));

        var shot = await compose.ScreenshotAsync("compose-bar-en");
        Assert.True(new FileInfo(shot).Length > 0);
    }

    [Fact]
    public async Task SeedReply_AfterTheUserFixesTheRecipient_IsSent()
    {
        await using var compose = await ComposePage.OpenAsync(fixture, fixture.FolderServer, SeedReply(SeedReplyTo));

        var blocked = await compose.FireAsync(OnSend);
        await compose.SetToAsync(SeedFrom);
        var fixedUp = await compose.FireAsync(OnSend);

        Assert.False(blocked.Allowed);
        Assert.True(fixedUp.Allowed);
    }

    [Fact]
    public async Task NormalReplyToTheSender_ShowsNoBar_AndIsSent()
    {
        await using var compose = await ComposePage.OpenAsync(fixture, fixture.FolderServer, SeedReply(SeedFrom));

        var opened = await compose.FireAsync(OnCompose);
        var sent = await compose.FireAsync(OnSend);

        Assert.True(opened.Allowed);
        Assert.True(sent.Allowed);
        Assert.Null(sent.ErrorMessage);
        Assert.DoesNotContain(await compose.OfficeCallsAsync(), c => c.Api == "replaceAsync");
        Assert.Equal(2, compose.ApiCalls.Count(c => c.Path == "/api/replies/check" && c.Status == 200));
    }

    [Fact]
    public async Task SeedReply_InJapaneseOutlook_BlocksWithTheJapaneseSentence()
    {
        await using var compose = await ComposePage.OpenAsync(fixture, fixture.FolderServer, SeedReply(SeedReplyTo), displayLanguage: "ja-JP");

        await compose.FireAsync(OnCompose);
        var sent = await compose.FireAsync(OnSend);

        Assert.False(sent.Allowed);
        Assert.Equal((await ExpectedAsync(SeedReplyTo, "ja")).GetProperty("message").GetString(), sent.ErrorMessage);
        Assert.StartsWith("この返信は Haruto Mori（haruto.mori@hanabi-foods.co.jp）ではなく", sent.ErrorMessage, StringComparison.Ordinal);
        await compose.ScreenshotAsync("compose-bar-ja");
    }

    [Fact]
    public async Task NewMessageToALookalike_NoLookupWhenOpened_BlockedAtSend()
    {
        var item = new ComposeItem("newMail", null, null, [new("Haruto Mori", "haruto.mori@hanabi-fooods.co.jp")], "Invoice");
        await using var compose = await ComposePage.OpenAsync(fixture, fixture.FolderServer, item);

        var opened = await compose.FireAsync(OnCompose);
        Assert.Empty(compose.ApiCalls);
        var sent = await compose.FireAsync(OnSend);

        Assert.True(opened.Allowed);
        Assert.False(sent.Allowed);
        Assert.Contains("hanabi-fooods.co.jp", sent.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApiTooSlow_SendIsAllowedWithinTheBudget()
    {
        await using var compose = await ComposePage.OpenAsync(fixture, fixture.FolderServer, SeedReply(SeedReplyTo), apiDelay: TimeSpan.FromSeconds(6));

        var sent = await compose.FireAsync(OnSend);

        Assert.True(sent.Allowed);
        Assert.InRange(sent.Milliseconds, 2_900, 4_500);
    }

    [Fact]
    public async Task TokenRefused_SendIsAllowed_AndTheApiIsNotCalled()
    {
        await using var compose = await ComposePage.OpenAsync(
            fixture, fixture.FolderServer, SeedReply(SeedReplyTo), naaClientId: "00000000-0000-0000-0000-000000000000");

        var opened = await compose.FireAsync(OnCompose);
        var sent = await compose.FireAsync(OnSend);

        Assert.True(opened.Allowed);
        Assert.True(sent.Allowed);
        Assert.Empty(compose.ApiCalls);
    }

    [Fact]
    public async Task OutlookWithoutInReplyTo_StillBlocksAProtectedNameOnFreemail()
    {
        // Mailbox 1.13 has no item.inReplyTo and the Folder source cannot search conversations, so the original is not
        // found; the Reply-To still shows a protected name (samples/policy.json) on a free-mail address.
        await using var compose = await ComposePage.OpenAsync(fixture, fixture.FolderServer, SeedReply(SeedReplyTo), mailboxVersion: "1.13");

        var sent = await compose.FireAsync(OnSend);

        Assert.False(sent.Allowed);
        Assert.StartsWith("haruto.mori.office@gmail.com shows the name Haruto Mori but is a free-mail address", sent.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WellKnownAllowList_IsServedForTheEventScript()
    {
        using var client = fixture.FolderServer.CreateClient();

        var allowed = await client.GetFromJsonAsync<JsonElement>("/.well-known/microsoft-officeaddins-allowed.json");
        using var script = await client.GetAsync("/events.js");

        Assert.EndsWith("/events.js", allowed.GetProperty("allowed")[0].GetString(), StringComparison.Ordinal);
        Assert.True(script.IsSuccessStatusCode);
        Assert.DoesNotContain("import ", await script.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    // What the API answers for the seed reply, asked directly with the test issuer's token.
    private async Task<JsonElement> ExpectedAsync(ComposeRecipient recipient, string lang)
    {
        using var client = fixture.FolderServer.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", fixture.Issuer.AccessToken());
        using var response = await client.PostAsJsonAsync($"/api/replies/check?lang={lang}", new
        {
            inReplyTo = SeedMessageId,
            recipients = new[] { new { name = recipient.Name, address = recipient.Address } },
        });
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}

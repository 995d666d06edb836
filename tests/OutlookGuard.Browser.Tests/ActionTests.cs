using System.Text.Json;
using Microsoft.Playwright;
using OutlookGuard.Browser.Tests.Infrastructure;

namespace OutlookGuard.Browser.Tests;

/// <summary>What the reader can do from the first screen: report to IT, reply to the real sender, say "this looks fine".</summary>
[Collection(BrowserGroup.Name)]
public sealed class ActionTests(BrowserFixture fixture)
{
    [Fact]
    public async Task ReportToIt_OpensANewMessageToTheReportMailboxWithTheMessageAttached()
    {
        var item = MailItem.FromSample("colleague-reply-to-gmail");
        await using var pane = await TaskpanePage.OpenAsync(fixture, fixture.FolderServer, [item]);
        await pane.WaitForVerdictAsync();

        await pane.Page.Locator("[data-action=report]").ClickAsync();

        var form = await pane.WaitForOfficeCallAsync(c => c.Api == "displayNewMessageForm");
        Assert.Equal([BrowserFixture.ReportMailbox], form.ToRecipients);
        Assert.Equal($"Suspicious message: {item.Subject}", form.Subject);
        var attachment = Assert.Single(form.Attachments!);
        Assert.Equal("item", attachment.GetProperty("type").GetString());
        Assert.Equal(item.ItemId, attachment.GetProperty("itemId").GetString());
    }

    [Fact]
    public async Task NoReportMailbox_HidesReportToIt()
    {
        await using var server = new GuardServer(fixture.Issuer, graph: false);
        server.Start();
        await using var pane = await TaskpanePage.OpenAsync(fixture, server, [MailItem.FromSample("colleague-reply-to-gmail")]);
        Assert.Equal("danger", await pane.WaitForVerdictAsync());

        await Assertions.Expect(pane.Page.Locator("[data-action=fine]")).ToBeVisibleAsync();
        await Assertions.Expect(pane.Page.Locator("[data-action=report]")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task ReplyToTheRealSender_AddressesTheFromNeverTheReplyTo()
    {
        var item = MailItem.FromSample("colleague-reply-to-gmail");
        Assert.Contains("Reply-To:", item.Headers, StringComparison.Ordinal);
        await using var pane = await TaskpanePage.OpenAsync(fixture, fixture.FolderServer, [item], "ja-JP");
        await pane.WaitForVerdictAsync();

        await pane.Page.GetByRole(AriaRole.Button, new() { Name = "本当の差出人に返信" }).ClickAsync();

        var form = await pane.WaitForOfficeCallAsync(c => c.Api == "displayNewMessageForm");
        Assert.Equal([item.FromAddress!], form.ToRecipients);
        Assert.DoesNotContain("gmail.com", string.Join(",", form.ToRecipients!), StringComparison.OrdinalIgnoreCase);
        Assert.Equal($"RE: {item.Subject}", form.Subject);
        Assert.Empty(form.Attachments!);
    }

    [Fact]
    public async Task NoReplyToDivergence_OffersNoReplyToTheRealSender()
    {
        await using var server = new GuardServer(fixture.Issuer, graph: false, new Dictionary<string, string>
        {
            ["Guard:Rules:reply-to-mismatch:Enabled"] = "false",
            ["Guard:ReportMailbox"] = BrowserFixture.ReportMailbox,
        });
        server.Start();
        await using var pane = await TaskpanePage.OpenAsync(fixture, server, [MailItem.FromSample("colleague-reply-to-gmail")]);
        Assert.Equal("danger", await pane.WaitForVerdictAsync());

        await Assertions.Expect(pane.Page.Locator("[data-action=report]")).ToBeVisibleAsync();
        await Assertions.Expect(pane.Page.Locator("[data-action=reply]")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task ThisLooksFine_PostsOnlyRuleIdsAndVerdict_ThanksAndKeepsTheVerdict()
    {
        var item = MailItem.FromSample("colleague-reply-to-gmail");
        await using var pane = await TaskpanePage.OpenAsync(fixture, fixture.FolderServer, [item]);
        Assert.Equal("danger", await pane.WaitForVerdictAsync());
        var expected = await fixture.AnalysisAsync(item.RestId, "en");
        var warned = expected.GetProperty("findings").EnumerateArray()
            .Where(f => f.GetProperty("severity").GetString() != "info").Select(f => f.GetProperty("ruleId").GetString()).Distinct().ToList();

        var request = await pane.Page.RunAndWaitForRequestAsync(
            () => pane.Page.Locator("[data-action=fine]").ClickAsync(),
            r => r.Url.EndsWith("/api/feedback", StringComparison.Ordinal));

        using var body = JsonDocument.Parse(request.PostData!);
        Assert.Equal(["ruleIds", "verdict"], body.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal(warned, body.RootElement.GetProperty("ruleIds").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("danger", body.RootElement.GetProperty("verdict").GetString());
        Assert.Equal("Bearer " + pane.AccessToken, request.Headers["authorization"]);
        Assert.Equal(204, (await request.ResponseAsync())!.Status);

        await Assertions.Expect(pane.Page.Locator(".actions__note")).ToHaveTextAsync(
            "Thank you. Your IT team will see that this warning may be wrong. The warning stays: stay careful.");
        await Assertions.Expect(pane.Page.Locator("[data-action=fine]")).ToHaveCountAsync(0);
        await Assertions.Expect(pane.Page.Locator("section.verdict")).ToHaveAttributeAsync("data-verdict", "danger");
        Assert.DoesNotContain(await pane.OfficeCallsAsync(), c => c.Api == "removeAsync");
    }

    [Fact]
    public async Task SafeMessage_OffersNoActions()
    {
        await using var pane = await TaskpanePage.OpenAsync(fixture, fixture.FolderServer, [MailItem.FromSample("colleague-legitimate")]);
        Assert.Equal("safe", await pane.WaitForVerdictAsync());

        await Assertions.Expect(pane.Page.Locator("[data-action]")).ToHaveCountAsync(0);
    }
}

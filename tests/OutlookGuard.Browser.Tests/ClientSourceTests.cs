using Microsoft.Playwright;
using OutlookGuard.Browser.Tests.Infrastructure;

namespace OutlookGuard.Browser.Tests;

/// <summary>
/// The real API with <c>Mailbox:Source=Client</c> (a tenant that grants no Mail.Read): the pane learns so from
/// <c>/taskpane-config.json</c>, reads the headers with Office.js and posts them, and never asks the API to read the mailbox.
/// </summary>
[Collection(BrowserGroup.Name)]
public sealed class ClientSourceTests(BrowserFixture fixture)
{
    [Fact]
    public async Task ClientSource_PostsTheHeadersWithoutAReadById()
    {
        await using var server = new GuardServer(fixture.Issuer, graph: false, new Dictionary<string, string> { ["Mailbox:Source"] = "Client" });
        server.Start();
        await using var pane = await TaskpanePage.OpenAsync(fixture, server, [MailItem.FromSample("colleague-reply-to-gmail")]);

        Assert.Equal("danger", await pane.WaitForVerdictAsync());
        var call = Assert.Single(pane.ApiCalls);
        Assert.Equal(("POST", "/api/analysis", 200), (call.Method, call.Path, call.Status));
        await pane.WaitForOfficeCallAsync(c => c.Api == "getAllInternetHeadersAsync");

        // Posting the headers is how this service works, not a fallback: the details say nothing about Graph.
        await pane.Page.Locator("#details > summary").ClickAsync();
        await Assertions.Expect(pane.Page.Locator("#via-headers")).ToHaveCountAsync(0);
    }
}

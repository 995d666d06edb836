using Microsoft.Playwright;
using OutlookGuard.Browser.Tests.Infrastructure;

namespace OutlookGuard.Browser.Tests;

/// <summary>
/// The real API with Mailbox:Source=Graph whose On-Behalf-Of exchange fails (sign-in service down, or Mail.Read not
/// consented): the taskpane reads the headers with Office.js and posts them to <c>POST /api/analysis</c>.
/// </summary>
[Collection(BrowserGroup.Name)]
public sealed class FallbackTests(BrowserFixture fixture)
{
    // A REST id of the shape Graph accepts (URL-safe base64).
    private const string RestId = "AAMkAGI2TG93AAA-fallback_message-id=";

    [Theory]
    [InlineData(TokenEndpointMode.Unavailable, 503, "mail-service")]
    [InlineData(TokenEndpointMode.ConsentRequired, 403, "consent")]
    public async Task GraphUnusable_FallsBackToOfficeHeadersAndPostsThem(TokenEndpointMode mode, int expectedStatus, string scenario)
    {
        fixture.Issuer.Mode = mode;
        var before = fixture.Issuer.TokenRequests;
        var item = MailItem.FromSample("colleague-legitimate", restId: RestId);
        await using var pane = await TaskpanePage.OpenAsync(fixture, fixture.GraphServer, [item]);

        Assert.Equal("safe", await pane.WaitForVerdictAsync());
        Assert.True(fixture.Issuer.TokenRequests > before, "The API never tried the On-Behalf-Of exchange.");
        Assert.Collection(
            pane.ApiCalls,
            get =>
            {
                Assert.Equal(("GET", $"/api/messages/{Uri.EscapeDataString(RestId)}/analysis", expectedStatus), (get.Method, get.Path, get.Status));
                Assert.Equal("Bearer " + pane.AccessToken, get.Authorization);
            },
            post =>
            {
                Assert.Equal(("POST", "/api/analysis", 200), (post.Method, post.Path, post.Status));
                Assert.Equal("Bearer " + pane.AccessToken, post.Authorization);
            });
        await pane.WaitForOfficeCallAsync(c => c.Api == "getAllInternetHeadersAsync");
        // How the message was read is for IT: it is in the details, closed by default.
        await pane.Page.Locator("#details > summary").ClickAsync();
        await Assertions.Expect(pane.Page.Locator("#via-headers")).ToBeVisibleAsync();
        await pane.ScreenshotAsync("fallback-" + scenario);
    }

    [Fact]
    public async Task GraphUnusable_DangerousHeaders_StillShowTheDangerBanner()
    {
        fixture.Issuer.Mode = TokenEndpointMode.Unavailable;
        var item = MailItem.FromSample("colleague-reply-to-gmail", restId: RestId);
        await using var pane = await TaskpanePage.OpenAsync(fixture, fixture.GraphServer, [item]);

        Assert.Equal("danger", await pane.WaitForVerdictAsync());
        var call = await pane.WaitForOfficeCallAsync(c => c.Api == "replaceAsync");
        Assert.Equal("errorMessage", call.Type);
        Assert.Equal("POST", pane.ApiCalls[^1].Method);
    }

    [Fact]
    public async Task HeadersUnavailableToo_ShowsAnErrorThatSaysWhatToDo_AndRetryWorks()
    {
        fixture.Issuer.Mode = TokenEndpointMode.Unavailable;
        var item = MailItem.FromSample("colleague-legitimate", restId: RestId) with { Headers = null! };
        await using var pane = await TaskpanePage.OpenAsync(fixture, fixture.GraphServer, [item]);

        var alert = pane.Page.GetByRole(AriaRole.Alert);
        await Assertions.Expect(alert).ToContainTextAsync("Outlook could not give the message headers. Reopen the message, then select Try again.");
        var retry = pane.Page.GetByRole(AriaRole.Button, new() { Name = "Try again" });
        await Assertions.Expect(retry).ToBeVisibleAsync();
        await pane.ScreenshotAsync("error-headers");

        await retry.ClickAsync();
        await pane.WaitForApiCallsAsync(c => c.Method == "GET", 2);
        await Assertions.Expect(alert).ToContainTextAsync("Reopen the message");
    }
}

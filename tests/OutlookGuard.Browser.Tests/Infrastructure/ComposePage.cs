using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Playwright;

namespace OutlookGuard.Browser.Tests.Infrastructure;

/// <summary>
/// The add-in's event runtime open in Chromium as Outlook on the web loads it: events.html and the bundled events.js
/// from the real API, with the compose stand-in as Office.js and the NAA bridge stand-in as the host. The test fires
/// the launch events and reads what event.completed received.
/// </summary>
public sealed class ComposePage : IAsyncDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly IBrowserContext _context;
    private readonly ConcurrentQueue<ApiCall> _apiCalls = new();

    private ComposePage(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
    }

    public IPage Page { get; }

    /// <summary>The requests to the API's /api/ paths, with their status (0 when no answer came).</summary>
    public IReadOnlyList<ApiCall> ApiCalls => [.. _apiCalls];

    /// <summary>
    /// Opens events.html with <paramref name="compose"/> as the item. <paramref name="naaClientId"/> other than the test
    /// issuer's makes every token request fail; <paramref name="apiDelay"/> holds each reply check that long.
    /// </summary>
    public static async Task<ComposePage> OpenAsync(
        BrowserFixture fixture,
        GuardServer server,
        ComposeItem compose,
        string displayLanguage = "en-US",
        string mailboxVersion = "1.14",
        string naaClientId = TestIssuer.ClientId,
        TimeSpan? apiDelay = null)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        ArgumentNullException.ThrowIfNull(server);
        var scenario = new
        {
            displayLanguage,
            hostName = "OutlookWebApp",
            platform = "OfficeOnline",
            mailboxVersion,
            compose = new
            {
                composeType = compose.ComposeType,
                inReplyTo = compose.InReplyTo,
                conversationId = compose.ConversationId,
                to = compose.To,
                cc = compose.Cc,
                bcc = compose.Bcc,
                subject = compose.Subject,
                body = compose.Body,
            },
            naa = LocalBrowserContext.Naa(naaClientId, fixture.Issuer.AccessToken(), fixture.Issuer.IdToken()),
        };
        var context = await LocalBrowserContext.OpenAsync(
            fixture,
            new ViewportSize { Width = 720, Height = 360 },
            displayLanguage,
            "office-compose-fake.js",
            scenario,
            async url =>
            {
                if (apiDelay is { } delay && url.AbsolutePath == "/api/replies/check")
                {
                    await Task.Delay(delay);
                }
            });

        var page = await context.NewPageAsync();
        var composePage = new ComposePage(context, page);
        page.Response += (_, response) => composePage.Record(response.Request, response.Status);
        page.RequestFailed += (_, request) => composePage.Record(request, 0);
        await page.GotoAsync(new Uri(server.Address, "events.html").ToString());
        await page.WaitForFunctionAsync("() => window.__officeCalls.filter(c => c.api === 'associate').length === 2");
        return composePage;
    }

    /// <summary>Fires a launch event (the manifest's function name) and waits for its event.completed.</summary>
    public async Task<EventCompletion> FireAsync(string handler)
    {
        var json = await Page.EvaluateAsync<string>("async name => JSON.stringify(await window.__fireEvent(name))", handler);
        return JsonSerializer.Deserialize<EventCompletion>(json, Json)!;
    }

    /// <summary>The user changes the To line.</summary>
    public Task SetToAsync(params ComposeRecipient[] recipients) =>
        Page.EvaluateAsync("list => window.__setRecipients('to', list)", recipients.Select(r => new { name = r.Name, address = r.Address }).ToArray());

    /// <summary>The Office.js calls recorded so far.</summary>
    public async Task<IReadOnlyList<OfficeCall>> OfficeCallsAsync()
    {
        var json = await Page.EvaluateAsync<string>("() => JSON.stringify(window.__officeCalls.filter(c => c.api !== 'event.completed'))");
        return JsonSerializer.Deserialize<List<OfficeCall>>(json, Json)!;
    }

    /// <summary>The names the script associated with Office.actions.associate.</summary>
    public async Task<IReadOnlyList<string>> AssociatedAsync() =>
        [.. (await OfficeCallsAsync()).Where(c => c.Api == "associate").Select(c => c.Key!)];

    /// <summary>Saves a PNG of the compose form under the test output's screenshots folder and returns its path.</summary>
    public async Task<string> ScreenshotAsync(string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "screenshots", name + ".png");
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path });
        return path;
    }

    public async ValueTask DisposeAsync() => await _context.CloseAsync();

    private void Record(IRequest request, int status)
    {
        var url = new Uri(request.Url);
        if (url.AbsolutePath.StartsWith("/api/", StringComparison.Ordinal))
        {
            var headers = request.Headers;
            _apiCalls.Enqueue(new ApiCall(request.Method, url.AbsolutePath, headers.GetValueOrDefault("authorization"), headers.GetValueOrDefault("accept-language"), status));
        }
    }
}

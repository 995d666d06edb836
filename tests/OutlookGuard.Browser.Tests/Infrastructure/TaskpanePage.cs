using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Playwright;

namespace OutlookGuard.Browser.Tests.Infrastructure;

/// <summary>
/// The taskpane open in Chromium as Outlook would host it: Office.js (at its hosted URL) and the host's NAA bridge are
/// the test stand-ins, everything else (the page, MSAL.js, the API) is real.
/// </summary>
public sealed class TaskpanePage : IAsyncDisposable
{
    public const string OfficeJsUrl = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly IBrowserContext _context;
    private readonly ConcurrentQueue<ApiCall> _apiCalls = new();
    private readonly ConcurrentQueue<string> _consoleErrors = new();

    private TaskpanePage(IBrowserContext context, IPage page, string accessToken, string idToken)
    {
        _context = context;
        Page = page;
        AccessToken = accessToken;
        IdToken = idToken;
    }

    public IPage Page { get; }

    /// <summary>The access token the NAA bridge hands out.</summary>
    public string AccessToken { get; }

    /// <summary>The ID token the NAA bridge hands out alongside (never to be sent).</summary>
    public string IdToken { get; }

    public IReadOnlyList<ApiCall> ApiCalls => [.. _apiCalls];

    /// <summary>Errors the page wrote to the console since it opened (a blocked script or style shows here).</summary>
    public IReadOnlyList<string> ConsoleErrors => [.. _consoleErrors];

    public static async Task<TaskpanePage> OpenAsync(
        BrowserFixture fixture,
        GuardServer server,
        IReadOnlyList<MailItem?> items,
        string displayLanguage = "en-US",
        string hostName = "OutlookWebApp",
        PaneOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        ArgumentNullException.ThrowIfNull(server);
        options ??= new PaneOptions();
        var accessToken = fixture.Issuer.AccessToken();
        var idToken = fixture.Issuer.IdToken();
        var scenario = new
        {
            displayLanguage,
            hostName,
            platform = "OfficeOnline",
            officeTheme = options.OfficeTheme,
            items,
            naa = LocalBrowserContext.Naa(TestIssuer.ClientId, accessToken, idToken),
        };
        var context = await LocalBrowserContext.OpenAsync(
            fixture,
            new ViewportSize { Width = options.Width, Height = options.Height },
            displayLanguage,
            "office-fake.js",
            scenario,
            forcedColors: options.HighContrast ? ForcedColors.Active : ForcedColors.None);

        var page = await context.NewPageAsync();
        if (options.HoldAnalysis)
        {
            // The analysis never answers while the test looks: the pane stays in its loading state.
            await page.RouteAsync("**/api/messages/**", _ => Task.CompletedTask);
        }

        var taskpane = new TaskpanePage(context, page, accessToken, idToken);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                taskpane._consoleErrors.Enqueue(message.Text);
            }
        };
        page.Response += (_, response) =>
        {
            var url = new Uri(response.Url);
            if (url.AbsolutePath.StartsWith("/api/", StringComparison.Ordinal))
            {
                var headers = response.Request.Headers;
                taskpane._apiCalls.Enqueue(new ApiCall(
                    response.Request.Method,
                    url.AbsolutePath,
                    headers.GetValueOrDefault("authorization"),
                    headers.GetValueOrDefault("accept-language"),
                    response.Status));
            }
        };
        await page.GotoAsync(new Uri(server.Address, "taskpane.html").ToString());
        return taskpane;
    }

    /// <summary>Waits until the pane shows a verdict and returns it (danger, caution or safe).</summary>
    public async Task<string> WaitForVerdictAsync()
    {
        var verdict = Page.Locator("section.verdict");
        await verdict.WaitForAsync();
        return (await verdict.GetAttributeAsync("data-verdict"))!;
    }

    /// <summary>The Office.js calls recorded so far.</summary>
    public async Task<IReadOnlyList<OfficeCall>> OfficeCallsAsync()
    {
        var json = await Page.EvaluateAsync<string>("() => JSON.stringify(window.__officeCalls)");
        return JsonSerializer.Deserialize<List<OfficeCall>>(json, Json)!;
    }

    /// <summary>Waits until a recorded Office.js call matches, up to a few seconds.</summary>
    public async Task<OfficeCall> WaitForOfficeCallAsync(Func<OfficeCall, bool> match)
    {
        for (var i = 0; i < 50; i++)
        {
            if ((await OfficeCallsAsync()).LastOrDefault(match) is { } call)
            {
                return call;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("The expected Office.js call was not made. Calls: " + JsonSerializer.Serialize(await OfficeCallsAsync(), Json));
    }

    /// <summary>Waits until at least <paramref name="count"/> API calls match, up to a few seconds.</summary>
    public async Task WaitForApiCallsAsync(Func<ApiCall, bool> match, int count)
    {
        for (var i = 0; i < 50 && ApiCalls.Count(match) < count; i++)
        {
            await Task.Delay(100);
        }

        Assert.True(ApiCalls.Count(match) >= count, $"Expected {count} matching API calls, saw {ApiCalls.Count(match)}.");
    }

    /// <summary>The NAA bridge requests MSAL.js made.</summary>
    public async Task<IReadOnlyList<JsonElement>> NaaRequestsAsync()
    {
        var json = await Page.EvaluateAsync<string>("() => JSON.stringify(window.__naaRequests)");
        return JsonSerializer.Deserialize<List<JsonElement>>(json, Json)!;
    }

    /// <summary>Saves a PNG of the pane (the whole page, or only the viewport) under the test output's screenshots folder and returns its path.</summary>
    public async Task<string> ScreenshotAsync(string name, bool fullPage = true)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "screenshots", name + ".png");
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = fullPage });
        return path;
    }

    /// <summary>Whether the page scrolls sideways: the document's scrollWidth beyond its clientWidth, in CSS pixels.</summary>
    public Task<int> HorizontalOverflowAsync() =>
        Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");

    public async ValueTask DisposeAsync() => await _context.CloseAsync();
}

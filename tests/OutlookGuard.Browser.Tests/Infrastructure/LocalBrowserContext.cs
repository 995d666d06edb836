using System.Text.Json;
using Microsoft.Playwright;

namespace OutlookGuard.Browser.Tests.Infrastructure;

/// <summary>
/// A Chromium context as Outlook would host a page of the add-in: Office.js's hosted URL answered with a stand-in
/// (<c>Fakes/*.js</c>), the scenario the stand-in reads in <c>window.__officeScenario</c>, the host's NAA bridge stand-in,
/// and nothing leaving the machine (loopback goes through, every other request fails).
/// </summary>
public static class LocalBrowserContext
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>A new context; <paramref name="beforeLoopback"/> runs before a loopback request goes on (to hold it); <paramref name="forcedColors"/> emulates Windows high contrast.</summary>
    public static async Task<IBrowserContext> OpenAsync(
        BrowserFixture fixture,
        ViewportSize viewport,
        string locale,
        string officeStandInFile,
        object scenario,
        Func<Uri, Task>? beforeLoopback = null,
        ForcedColors forcedColors = ForcedColors.None)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = viewport, Locale = locale, ForcedColors = forcedColors });
        context.SetDefaultTimeout(10_000);
        var officeStandIn = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Fakes", officeStandInFile));
        await context.RouteAsync("**/*", async route =>
        {
            var url = new Uri(route.Request.Url);
            if (route.Request.Url == TaskpanePage.OfficeJsUrl)
            {
                await route.FulfillAsync(new RouteFulfillOptions { Status = 200, ContentType = "text/javascript", Body = officeStandIn });
                return;
            }

            if (!url.IsLoopback)
            {
                await route.AbortAsync("blockedbyclient");
                return;
            }

            if (beforeLoopback is not null)
            {
                await beforeLoopback(url);
            }

            try
            {
                await route.ContinueAsync();
            }
            catch (PlaywrightException)
            {
                // The page gave up on the request (its own time budget) or closed.
            }
        });
        await context.AddInitScriptAsync($"window.__officeScenario = {JsonSerializer.Serialize(scenario, Json)};");
        await context.AddInitScriptAsync(scriptPath: Path.Combine(AppContext.BaseDirectory, "Fakes", "naa-bridge.js"));
        return context;
    }

    /// <summary>What the NAA bridge stand-in hands out (<c>scenario.naa</c>): tokens only for this client id and the API's scope.</summary>
    public static object Naa(string clientId, string accessToken, string idToken) => new
    {
        clientId,
        scope = TestIssuer.Scope,
        accessToken,
        idToken,
        tenantId = TestIssuer.TenantId,
        objectId = TestIssuer.ObjectId,
        username = TestIssuer.Username,
        name = TestIssuer.DisplayName,
    };
}

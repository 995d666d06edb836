using Microsoft.Playwright;

namespace OutlookGuard.Browser.Tests.Infrastructure;

/// <summary>Nothing leaves the machine: Office.js's hosted URL is answered with a stand-in, loopback goes through, the rest fails.</summary>
public static class LoopbackOnlyRoutes
{
    /// <summary>Routes every request of <paramref name="context"/>; <paramref name="beforeLoopback"/> runs before a loopback request goes on (to hold it).</summary>
    public static Task RouteAsync(IBrowserContext context, string officeStandIn, Func<Uri, Task>? beforeLoopback = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.RouteAsync("**/*", async route =>
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
    }
}

using System.Text.Json.Nodes;
using Microsoft.Net.Http.Headers;

namespace OutlookGuard.Api.Endpoints;

/// <summary>
/// <c>GET /.well-known/microsoft-officeaddins-allowed.json</c> (anonymous): the well-known file classic Outlook on Windows
/// reads before it lets an add-in's event script make network requests or get tokens ("Use single sign-on (SSO) or
/// cross-origin resource sharing (CORS) in your event-based Outlook add-in"). It names the one script this origin
/// serves, <c>https://{host}/events.js</c>, the URL the manifest's <c>Override type="javascript"</c> gives.
/// </summary>
public static class EventsAllowListEndpoints
{
    public const string Path = "/.well-known/microsoft-officeaddins-allowed.json";

    public static IEndpointRouteBuilder MapEventsAllowList(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, Get).AllowAnonymous().WithName("EventsAllowList");
        return app;
    }

    /// <summary>
    /// Add-ins are served over https only, so the origin is https whatever the scheme between a TLS-terminating proxy and
    /// the API; the host is the request's (the add-in's origin, as the manifest names it).
    /// </summary>
    public static IResult Get(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.Headers[HeaderNames.CacheControl] = "no-cache";
        var script = $"https://{context.Request.Host.ToUriComponent()}/events.js";
        return TypedResults.Text(new JsonObject { ["allowed"] = new JsonArray(script) }.ToJsonString(), "application/json");
    }
}

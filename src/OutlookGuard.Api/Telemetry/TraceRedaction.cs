using System.Diagnostics;
using System.Text;

namespace OutlookGuard.Api.Telemetry;

/// <summary>
/// Keeps message ids, tenant and user ids out of the HTTP spans OpenTelemetry exports: the server span's
/// <c>url.path</c> becomes the route template (<c>/api/messages/{id}/analysis</c>), and a client span's
/// <c>url.full</c> keeps its scheme, host and path with every message id and GUID replaced and the query dropped.
/// </summary>
internal static class TraceRedaction
{
    public const string UrlPath = "url.path";
    public const string UrlFull = "url.full";
    public const string UrlQuery = "url.query";
    public const string HttpRoute = "http.route";

    /// <summary>At the start of a server span (the route is not known yet).</summary>
    public static void EnrichServerRequest(Activity activity, HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(request);
        activity.SetTag(UrlPath, RedactPath(request.Path.Value ?? "/"));
        activity.SetTag(UrlQuery, null);
    }

    /// <summary>At the end of a server span: the route template once routing has run.</summary>
    public static void EnrichServerResponse(Activity activity, HttpResponse response)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(response);
        if (activity.GetTagItem(HttpRoute) is string { Length: > 0 } route)
        {
            activity.SetTag(UrlPath, route);
        }
    }

    /// <summary>At the start of a client span.</summary>
    public static void EnrichClientRequest(Activity activity, HttpRequestMessage request)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(request);
        if (request.RequestUri is { IsAbsoluteUri: true } uri)
        {
            activity.SetTag(UrlFull, uri.GetLeftPart(UriPartial.Authority) + RedactPath(uri.AbsolutePath));
        }
    }

    /// <summary>
    /// <paramref name="path"/> with the segment after <c>messages</c> as <c>{id}</c> and every GUID (tenant, user) as
    /// <c>{guid}</c>.
    /// </summary>
    public static string RedactPath(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var segments = path.Split('/');
        var redacted = new StringBuilder(path.Length);
        for (var i = 0; i < segments.Length; i++)
        {
            if (i > 0)
            {
                redacted.Append('/');
            }

            var segment = segments[i];
            if (i > 0 && segments[i - 1].Equals("messages", StringComparison.OrdinalIgnoreCase) && segment.Length > 0)
            {
                redacted.Append("{id}");
            }
            else if (Guid.TryParse(Uri.UnescapeDataString(segment), out _))
            {
                redacted.Append("{guid}");
            }
            else
            {
                redacted.Append(segment);
            }
        }

        return redacted.ToString();
    }
}

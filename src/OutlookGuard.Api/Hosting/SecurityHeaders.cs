using Microsoft.Net.Http.Headers;

namespace OutlookGuard.Api.Hosting;

/// <summary>
/// Headers on every response. The taskpane may load Office.js from its folder on Microsoft's CDN and may be framed only by
/// Outlook on the web and Microsoft 365 hosts (CSP <c>frame-ancestors</c>; no X-Frame-Options, which would block them).
/// API responses are never stored by caches.
/// </summary>
internal static class SecurityHeaders
{
    /// <summary>
    /// The Office.js folder: office.js and the host-specific scripts and string tables it loads all live under it, so
    /// the pane trusts that path, not every script on Microsoft's CDN host (older Office.js builds included).
    /// </summary>
    public const string OfficeJsPath = "https://appsforoffice.microsoft.com/lib/1/hosted/";

    /// <summary>Hosts that frame the taskpane: Outlook on the web (work and consumer) and the Microsoft 365 app.</summary>
    public static readonly string[] FrameAncestors =
    [
        "https://outlook.office.com",
        "https://outlook.office365.com",
        "https://outlook.live.com",
        "https://*.outlook.com",
        "https://*.office.com",
        "https://*.office365.com",
        "https://*.cloud.microsoft",
    ];

    public static readonly string ContentSecurityPolicy = string.Join(
        "; ",
        "default-src 'self'",
        $"script-src 'self' {OfficeJsPath}",
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        $"frame-ancestors 'self' {string.Join(' ', FrameAncestors)}");

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers[HeaderNames.ContentSecurityPolicy] = ContentSecurityPolicy;
                headers[HeaderNames.XContentTypeOptions] = "nosniff";
                headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
                if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
                {
                    headers[HeaderNames.CacheControl] = "no-store";
                }

                return Task.CompletedTask;
            });
            return next(context);
        });
}

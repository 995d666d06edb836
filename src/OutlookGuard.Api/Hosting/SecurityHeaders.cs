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

    private const string ReferrerPolicyHeader = "Referrer-Policy";
    private const string PermissionsPolicyHeader = "Permissions-Policy";
    private static readonly PathString ApiPath = new("/api");
    private const string NoSniff = "nosniff";
    private const string ReferrerPolicy = "strict-origin-when-cross-origin";
    private const string PermissionsPolicy = "camera=(), microphone=(), geolocation=()";
    private const string NoStore = "no-store";

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
        app.Use(static (context, next) =>
        {
            // Set when the response starts (an error handler clears earlier headers); static, so no closure per request.
            context.Response.OnStarting(AddHeaders, context);
            return next(context);
        });

    private static Task AddHeaders(object state)
    {
        var context = (HttpContext)state;
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = NoSniff;
        headers[ReferrerPolicyHeader] = ReferrerPolicy;
        headers[PermissionsPolicyHeader] = PermissionsPolicy;
        if (context.Request.Path.StartsWithSegments(ApiPath, StringComparison.OrdinalIgnoreCase))
        {
            headers.CacheControl = NoStore;
        }

        return Task.CompletedTask;
    }
}

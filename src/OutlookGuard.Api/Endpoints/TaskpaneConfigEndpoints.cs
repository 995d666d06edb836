using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using OutlookGuard.Api.Auth;
using OutlookGuard.Api.Mailbox;
using OutlookGuard.Core.Policy;

namespace OutlookGuard.Api.Endpoints;

/// <summary>
/// <c>GET /taskpane-config.json</c> (anonymous): the client id, scope and authority the taskpane uses for Nested App
/// Authentication, so one deployment setting (<c>AzureAd</c>) configures both the API and the taskpane it serves, and
/// the report mailbox (<c>Guard:ReportMailbox</c>) that turns on the pane's "Report to IT".
/// </summary>
public static class TaskpaneConfigEndpoints
{
    /// <summary>The path the taskpane fetches.</summary>
    public const string Path = "/taskpane-config.json";

    public static IEndpointRouteBuilder MapTaskpaneConfig(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, Get).AllowAnonymous().WithName("TaskpaneConfig");
        return app;
    }

    public static Ok<TaskpaneConfig> Get(HttpContext context, IOptions<AzureAdOptions> azureAd, IOptions<GuardPolicy> policy, IOptions<MailboxOptions> mailbox)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(mailbox);
        ArgumentNullException.ThrowIfNull(azureAd);
        ArgumentNullException.ThrowIfNull(policy);
        var ad = azureAd.Value;
        var tenant = ad.IsMultiTenant || string.IsNullOrWhiteSpace(ad.TenantId) ? "organizations" : ad.TenantId;
        var clientId = ad.IsConfigured ? ad.ClientId : null;
        context.Response.Headers[HeaderNames.CacheControl] = "no-cache";
        return TypedResults.Ok(new TaskpaneConfig(
            clientId,
            clientId is null ? null : $"api://{clientId}/{AuthNames.Scope}",
            ad.InstanceBase + tenant,
            policy.Value.ReportMailbox,
            mailbox.Value.Source == MailboxSource.Client));
    }
}

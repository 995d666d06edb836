using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace OutlookGuard.Api.Mailbox;

/// <summary>Ready when a Folder source's folder exists; a Graph source is checked per request (it needs the user's token).</summary>
internal sealed class MailboxHealthCheck(IOptions<MailboxOptions> mailbox) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var options = mailbox.Value;
        var result = options.Source != MailboxSource.Folder || Directory.Exists(options.Folder)
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("The message folder is missing.");
        return Task.FromResult(result);
    }
}

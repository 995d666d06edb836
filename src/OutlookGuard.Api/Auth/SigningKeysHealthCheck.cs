using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace OutlookGuard.Api.Auth;

/// <summary>Ready once Entra's discovery document and signing keys are loaded (or cached from an earlier load).</summary>
internal sealed class SigningKeysHealthCheck(IOptionsMonitor<JwtBearerOptions> jwtOptions, IOptions<AzureAdOptions> azureAd) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!azureAd.Value.IsConfigured)
        {
            return HealthCheckResult.Healthy("No tenant configured (Development).");
        }

        var manager = jwtOptions.Get(AuthNames.EntraScheme).ConfigurationManager;
        if (manager is null)
        {
            return HealthCheckResult.Unhealthy("Token validation is not configured.");
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(5));
        try
        {
            var configuration = await manager.GetConfigurationAsync(timeout.Token);
            return configuration.SigningKeys.Count > 0
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy("The issuer published no signing keys.");
        }
        catch (Exception e) when (e is InvalidOperationException or HttpRequestException or OperationCanceledException or IOException)
        {
            return HealthCheckResult.Unhealthy("The issuer's signing keys could not be loaded.");
        }
    }
}

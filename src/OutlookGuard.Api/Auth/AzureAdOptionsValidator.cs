using Microsoft.Extensions.Options;

namespace OutlookGuard.Api.Auth;

/// <summary>
/// Checks the <c>AzureAd</c> section at start, so a missing client id or tenant fails before the first request; and
/// refuses development token settings (<see cref="DevelopmentTokenSection"/>) outside Development.
/// </summary>
internal sealed class AzureAdOptionsValidator(IHostEnvironment environment, IConfiguration configuration) : IValidateOptions<AzureAdOptions>
{
    /// <summary>Where <c>dotnet user-jwts</c> writes its issuer and signing key (user secrets, Development only).</summary>
    public const string DevelopmentTokenSection = "Authentication:Schemes:Bearer";

    public ValidateOptionsResult Validate(string? name, AzureAdOptions options)
    {
        var errors = new List<string>();
        if (!environment.IsDevelopment() && configuration.GetSection(DevelopmentTokenSection).Exists())
        {
            errors.Add($"{DevelopmentTokenSection} (development tokens from dotnet user-jwts) is set, but ASPNETCORE_ENVIRONMENT is {environment.EnvironmentName}: development tokens are accepted only in Development. Remove the {DevelopmentTokenSection} settings.");
        }

        if (!Uri.TryCreate(options.Instance, UriKind.Absolute, out var instance) || instance.Scheme != Uri.UriSchemeHttps)
        {
            errors.Add("AzureAd:Instance must be an absolute https URL.");
        }

        if (!options.V1Issuer.Contains("{tenantid}", StringComparison.OrdinalIgnoreCase))
        {
            errors.Add("AzureAd:V1Issuer must contain {tenantid}.");
        }

        if (!options.IsConfigured)
        {
            if (!environment.IsDevelopment())
            {
                errors.Add("AzureAd:ClientId is required outside Development.");
            }

            return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
        }

        if (!Guid.TryParse(options.ClientId, out _))
        {
            errors.Add("AzureAd:ClientId must be the application (client) id, a GUID.");
        }

        if (options.IsMultiTenant)
        {
            if (options.AllowedTenants.Count == 0)
            {
                errors.Add("AzureAd:AllowedTenants must list at least one tenant id when AzureAd:TenantId is 'organizations'.");
            }

            for (var i = 0; i < options.AllowedTenants.Count; i++)
            {
                if (!Guid.TryParse(options.AllowedTenants[i], out _))
                {
                    errors.Add($"AzureAd:AllowedTenants:{i} must be a tenant id (a GUID).");
                }
            }
        }
        else if (!Guid.TryParse(options.TenantId, out _))
        {
            errors.Add("AzureAd:TenantId must be a tenant id (a GUID) or 'organizations'.");
        }

        var credentials = new[] { options.ClientSecret, options.ClientCertificatePath, options.ManagedIdentityClientId }
            .Count(v => !string.IsNullOrWhiteSpace(v));
        if (credentials > 1)
        {
            errors.Add("Set only one of AzureAd:ClientSecret, AzureAd:ClientCertificatePath and AzureAd:ManagedIdentityClientId.");
        }

        if (!string.IsNullOrWhiteSpace(options.ClientCertificatePath) && !File.Exists(options.ClientCertificatePath))
        {
            errors.Add("AzureAd:ClientCertificatePath does not name a readable file.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}

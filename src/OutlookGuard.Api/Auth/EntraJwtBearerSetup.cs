using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using OutlookGuard.Api.Hosting;

namespace OutlookGuard.Api.Auth;

/// <summary>
/// Configures the <see cref="AuthNames.EntraScheme"/> JwtBearer handler from <see cref="AzureAdOptions"/>: the v2
/// discovery document over HTTPS, both audience forms, the per-tenant issuer check, lifetime and signature.
/// Signing keys are cached by the handler's configuration manager (refreshed every 12 hours, or at most every
/// 5 minutes when a token names an unknown key); a failed refresh keeps the last keys.
/// </summary>
internal sealed partial class EntraJwtBearerSetup(
    IOptions<AzureAdOptions> azureAd,
    IHttpClientFactory httpClientFactory,
    ILogger<EntraJwtBearerSetup> logger) : IConfigureNamedOptions<JwtBearerOptions>
{
    public void Configure(JwtBearerOptions options) => Configure(Options.DefaultName, options);

    public void Configure(string? name, JwtBearerOptions options)
    {
        if (!string.Equals(name, AuthNames.EntraScheme, StringComparison.Ordinal))
        {
            return;
        }

        var ad = azureAd.Value;
        options.MapInboundClaims = false;
        options.RequireHttpsMetadata = true;
        options.SaveToken = false;
        options.RefreshOnIssuerKeyNotFound = true;
        options.AutomaticRefreshInterval = TimeSpan.FromHours(12);
        options.RefreshInterval = TimeSpan.FromMinutes(5);
        options.Backchannel = httpClientFactory.CreateClient(HttpClientNames.Identity);
        options.TokenValidationParameters = new TokenValidationParameters
        {
            ValidateAudience = true,
            ValidAudiences = ad.Audiences(),
            ValidateIssuer = true,
            IssuerValidator = new EntraIssuerValidator(ad).Validate,
            ValidateLifetime = true,
            RequireExpirationTime = true,
            RequireSignedTokens = true,
            ValidateIssuerSigningKey = true,
            ClockSkew = TimeSpan.FromMinutes(2),
            NameClaimType = "name",
            RoleClaimType = AuthNames.RolesClaim,
        };

        if (ad.IsConfigured)
        {
            options.MetadataAddress = ad.MetadataAddress;
        }
        else
        {
            // Development without a tenant: no keys, so this scheme accepts nothing and user-jwts tokens are used.
            options.Configuration = new OpenIdConnectConfiguration();
        }

        options.Events = new JwtBearerEvents
        {
            OnAuthenticationFailed = context =>
            {
                var reason = context.Exception.GetType().Name;
                LogRejected(logger, reason);
                return Task.CompletedTask;
            },
        };
    }

    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Access token rejected: {Reason}")]
    private static partial void LogRejected(ILogger logger, string reason);
}

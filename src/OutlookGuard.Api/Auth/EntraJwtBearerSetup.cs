using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using OutlookGuard.Api.Hosting;
using OutlookGuard.Api.Telemetry;

namespace OutlookGuard.Api.Auth;

/// <summary>
/// Configures the <see cref="AuthNames.EntraScheme"/> JwtBearer handler from <see cref="AzureAdOptions"/>: the v2
/// discovery document over HTTPS, both audience forms, the per-tenant issuer check, lifetime and signature.
/// Signing keys are cached by the handler's configuration manager (refreshed every 12 hours, or at most every
/// <c>AzureAd:SigningKeysRefreshSeconds</c> when a token names an unknown key); a failed refresh keeps the last keys. The header is pinned: RS256
/// only, <c>typ</c> <c>JWT</c> or <c>at+jwt</c>, and no <c>crit</c> (RFC 7515 §4.1.11: none is understood here).
/// A validated token is remembered for <c>AzureAd:ValidatedTokenSeconds</c> (<see cref="RememberingTokenHandler"/>).
/// A refused token is logged at Debug and counted (<c>outlookguard.auth.rejections</c>), so failed tokens cannot
/// flood the logs.
/// </summary>
internal sealed partial class EntraJwtBearerSetup(
    IOptions<AzureAdOptions> azureAd,
    IHttpClientFactory httpClientFactory,
    RememberingTokenHandler tokenHandler,
    GuardTelemetry telemetry,
    ILogger<EntraJwtBearerSetup> logger) : IConfigureNamedOptions<JwtBearerOptions>
{
    /// <summary>The only signing algorithm Entra ID uses for access tokens.</summary>
    public static readonly string[] ValidAlgorithms = [SecurityAlgorithms.RsaSha256];

    /// <summary>The <c>typ</c> header values Entra ID writes on access tokens.</summary>
    public static readonly string[] ValidTypes = ["JWT", "at+jwt"];

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
        options.RefreshInterval = TimeSpan.FromSeconds(ad.SigningKeysRefreshSeconds);
        options.Backchannel = httpClientFactory.CreateClient(HttpClientNames.Identity);
        options.TokenHandlers.Clear();
        options.TokenHandlers.Add(tokenHandler);
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
            ValidAlgorithms = ValidAlgorithms,
            ValidTypes = ValidTypes,
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
            OnTokenValidated = context =>
            {
                if (context.SecurityToken is JsonWebToken token && token.TryGetHeaderValue<object>("crit", out _))
                {
                    const string reason = "UnknownCriticalHeader";
                    LogRejected(logger, reason);
                    telemetry.RecordTokenRejected(reason);
                    context.Fail("The token names a critical header extension this API does not understand.");
                }

                return Task.CompletedTask;
            },
            OnAuthenticationFailed = context =>
            {
                var reason = context.Exception.GetType().Name;
                LogRejected(logger, reason);
                telemetry.RecordTokenRejected(reason);
                return Task.CompletedTask;
            },
        };
    }

    [LoggerMessage(EventId = 1001, Level = LogLevel.Debug, Message = "Access token rejected: {Reason}")]
    private static partial void LogRejected(ILogger logger, string reason);
}
